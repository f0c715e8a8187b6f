namespace StaticSite.Search.Dutch;

/// <summary>
/// <c>diacritics-nl</c>, the site's own pipeline step: folds Latin letters with diacritics to
/// their base letter (crèche → creche, één → een), so that words are found typed without them.
/// The Dutch stemmer folds only ä ë ï ö ü á é í ó ú; this covers the rest of Latin-1 and
/// Latin Extended-A. The browser registers the same table in <c>lunr-nl-extras.js</c>.
/// </summary>
public static class DiacriticsFolding
{
    /// <summary>Each character of <see cref="Accented"/> folds to the one at the same place in <see cref="Folded"/>.</summary>
    public const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";

    /// <summary>The base letters, position by position.</summary>
    public const string Folded = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>Folds every accented lower-case letter of <paramref name="text"/>; "ĳ" becomes "ij".</summary>
    public static string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && Accented.IndexOf(text[i]) < 0 && text[i] != 'ĳ')
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 1).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var at = Accented.IndexOf(c);
            if (at >= 0)
            {
                result.Append(Folded[at]);
            }
            else if (c == 'ĳ')
            {
                result.Append("ij");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
