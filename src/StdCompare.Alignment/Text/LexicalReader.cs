namespace StdCompare.Alignment.Text;

/// <summary>
/// Cuts text into the tokens lexical features compare: word stems in alphabetic scripts, character bigrams
/// in unspaced ones (zh, ja, ko, th), Han characters on their own (shared by Chinese and Japanese), and the
/// Latin words of any text (symbols, formulas and English glosses inside Chinese or Russian text).
/// </summary>
internal static class LexicalReader
{
    /// <summary>Receives the tokens of a text.</summary>
    public interface ISink
    {
        /// <summary>A lexical token (word stem or bigram).</summary>
        void Lexical(ulong token);

        /// <summary>A Han character or Han bigram.</summary>
        void Han(ulong token);

        /// <summary>A Latin word stem (not an English stop word).</summary>
        void Latin(ulong token);
    }

    /// <summary>Reads <paramref name="text"/> (already NFKC-normalised) into <paramref name="sink"/>.</summary>
    public static void Read(string text, ISink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        Span<char> word = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            var script = Scripts.Of(text[i]);
            if (script == Script.Other)
            {
                i++;
                continue;
            }

            var start = i;
            if (Scripts.IsUnspaced(script))
            {
                while (i < text.Length && Scripts.Of(text[i]) == script)
                {
                    i++;
                }

                Unspaced(text.AsSpan(start, i - start), script, sink);
                continue;
            }

            // An alphabetic word: letters of one script, with digits inside (CO2, PM2.5 stays "pm2").
            while (i < text.Length && (Scripts.Of(text[i]) == script || (char.IsAsciiDigit(text[i]) && i > start)))
            {
                i++;
            }

            var length = Math.Min(i - start, word.Length);
            var w = word[..length];
            text.AsSpan(start, length).ToLowerInvariant(w);
            if (w.Length < 2)
            {
                continue;
            }

            var stem = Stemmer.Stem(w);
            var token = TokenHash.Of(TokenViews.Word, stem);
            sink.Lexical(token);
            if (script == Script.Latin && !EnglishStopWords.Words.Contains(w.ToString()))
            {
                sink.Latin(token);
            }
        }
    }

    private static void Unspaced(ReadOnlySpan<char> run, Script script, ISink sink)
    {
        if (run.Length == 1)
        {
            var single = TokenHash.Of(TokenViews.Bigram, run);
            sink.Lexical(single);
        }

        for (var k = 0; k + 1 < run.Length; k++)
        {
            sink.Lexical(TokenHash.Of(TokenViews.Bigram, run[k], run[k + 1]));
        }

        if (script == Script.Han)
        {
            for (var k = 0; k < run.Length; k++)
            {
                sink.Han(TokenHash.Of(TokenViews.HanChar, run.Slice(k, 1)));
                if (k + 1 < run.Length)
                {
                    sink.Han(TokenHash.Of(TokenViews.Bigram, run[k], run[k + 1]));
                }
            }
        }
    }
}
