using System.Text;

namespace StdCompare.Ingestion.Encoding;

/// <summary>
/// Decodes bytes as the spec asks: a BOM wins (UTF-8, UTF-16 LE/BE); then a declared charset when the bytes
/// are valid in it; then strict UTF-8; then strict GB18030 (which covers GB2312 and GBK). Bytes valid in
/// none of these are reported, never replaced silently.
/// </summary>
public static class TextDecoder
{
    private static readonly System.Text.Encoding StrictUtf8 = new UTF8Encoding(false, true);

    /// <summary>GB18030, failing on invalid bytes (the code-page provider is registered first).</summary>
    public static System.Text.Encoding StrictGb18030 { get; } = CreateGb18030();

    private static System.Text.Encoding CreateGb18030()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>True when the bytes look like binary data (NUL or many control bytes) and carry no UTF-16 BOM.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (HasUtf16Bom(bytes))
        {
            return false;
        }

        var probe = bytes[..Math.Min(bytes.Length, ReaderLimits.BinaryProbeBytes)];
        if (probe.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in probe)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        return control > probe.Length * ReaderLimits.BinaryControlShare;
    }

    /// <summary>Decodes <paramref name="bytes"/>; returns null when no supported encoding fits.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="declared">A charset declared by the file (HTML meta), or null.</param>
    public static DecodedText? Decode(byte[] bytes, string? declared = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return TryDecode(StrictUtf8, bytes, 3, out var t) ? new DecodedText(t, "utf-8", false) : null;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return TryDecode(new UnicodeEncoding(false, false, true), bytes, 2, out var t) ? new DecodedText(t, "utf-16", false) : null;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return TryDecode(new UnicodeEncoding(true, false, true), bytes, 2, out var t) ? new DecodedText(t, "utf-16be", false) : null;
        }

        // Valid UTF-8 with non-ASCII text is almost never anything else, whatever a page declares.
        var utf8Valid = TryDecode(StrictUtf8, bytes, 0, out var utf8);
        var declaredEncoding = declared is null ? null : Resolve(declared);
        var declaredIsUtf8 = declaredEncoding is UTF8Encoding;
        if (utf8Valid && (declaredEncoding is null || declaredIsUtf8 || HasNonAscii(utf8)))
        {
            var wrong = declared is not null && !declaredIsUtf8 && HasNonAscii(utf8) ? declared : null;
            return new DecodedText(utf8, "utf-8", declared is null && HasNonAscii(utf8), wrong);
        }

        if (declaredEncoding is not null && !declaredIsUtf8 && TryDecode(declaredEncoding, bytes, 0, out var declaredText))
        {
            return new DecodedText(declaredText, declaredEncoding.WebName, false);
        }

        if (TryDecode(StrictGb18030, bytes, 0, out var gb) && LooksLikeChinese(gb))
        {
            return new DecodedText(gb, "gb18030", true, declared);
        }

        return null;
    }

    /// <summary>The encoding a charset name stands for; GB2312 and GBK are read as their superset GB18030.</summary>
    public static System.Text.Encoding? Resolve(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "gb_2312-80" or "euc-cn" or "csgb2312":
                return StrictGb18030;
            case "utf-8" or "utf8":
                return StrictUtf8;
        }

        try
        {
            var e = System.Text.Encoding.GetEncoding(name);
            return System.Text.Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasNonAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> b)
        => b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));

    private static bool TryDecode(System.Text.Encoding encoding, byte[] bytes, int offset, out string text)
    {
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>GB18030 decodes almost any byte string; accept it only when the result is mostly Han or ASCII.</summary>
    private static bool LooksLikeChinese(string text)
    {
        var han = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            {
                han++;
            }
            else
            {
                other++;
            }
        }

        return han > 0 && han >= other * 4;
    }
}
