namespace StdCompare.Ingestion.Structure;

/// <summary>Guesses the language of a text from its script when the front matter does not say.</summary>
public static class LanguageGuesser
{
    /// <summary>Characters inspected.</summary>
    public const int SampleLength = 20_000;

    /// <summary>A BCP 47 primary tag, or empty when there is no text.</summary>
    public static string Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, kana = 0, hangul = 0, cyr = 0, mongolian = 0, kazakh = 0, thai = 0, latin = 0, vietnamese = 0, uzbek = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        foreach (var c in span)
        {
            switch (c)
            {
                case >= '\u3040' and <= '\u30FF':
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF':
                    han++;
                    break;
                case >= '\uAC00' and <= '\uD7AF':
                    hangul++;
                    break;
                case 'Ө' or 'ө' or 'Ү' or 'ү':
                    mongolian++;
                    cyr++;
                    break;
                case 'Ә' or 'ә' or 'Ғ' or 'ғ' or 'Қ' or 'қ' or 'Ң' or 'ң' or 'Ұ' or 'ұ' or 'Һ' or 'һ' or 'І' or 'і':
                    kazakh++;
                    cyr++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyr++;
                    break;
                case >= '\u0E00' and <= '\u0E7F':
                    thai++;
                    break;
                case 'ơ' or 'ư' or 'đ' or 'Đ' or 'ạ' or 'ả' or 'ấ' or 'ầ' or 'ẩ' or 'ậ' or 'ế' or 'ề' or 'ệ' or 'ọ' or 'ộ' or 'ố' or 'ồ' or 'ụ' or 'ủ' or 'ữ' or 'ự':
                    vietnamese++;
                    latin++;
                    break;
                case 'ʻ' or 'ʼ':
                    uzbek++;
                    break;
                case >= 'A' and <= 'Z' or >= 'a' and <= 'z':
                    latin++;
                    break;
            }
        }

        if (hangul > 0 && hangul >= han / 4)
        {
            return "ko";
        }

        if (kana > 0 && kana >= han / 10)
        {
            return "ja";
        }

        if (han > 0 && han * 3 >= latin)
        {
            return "zh";
        }

        if (thai > latin / 4 && thai > 0)
        {
            return "th";
        }

        if (cyr > latin)
        {
            return kazakh > 3 && kazakh > mongolian ? "kk" : mongolian > 3 ? "mn" : "ru";
        }

        if (vietnamese > 3)
        {
            return "vi";
        }

        if (latin == 0)
        {
            return han > 0 ? "zh" : "";
        }

        return uzbek > 3 || span.Contains("o'z", StringComparison.OrdinalIgnoreCase) && span.Contains("ilova", StringComparison.OrdinalIgnoreCase) ? "uz" : "en";
    }
}
