using System.Text;
using CsCheck;
using StaticSite.Rendering.Templates;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// <see cref="DutchOrder"/> compares without making keys; it must order exactly as the definition it
/// documents: the keys compared ordinally, then the texts ordinally.
/// </summary>
public class DutchOrderTests
{
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf("crèche", "creche", "Creche", "Één", "een", "ĳs", "ijs", "IJs", "Ĳzer", "ijzer", "æsop", "aesop", "Œuvre", "oeuvre",
            "straße", "strasse", "Ströme", "stroeme", "zee", "", "a", "A", "b", "ırmak", "İstanbul", "\uD83D\uDE00", "x\u0000y").Array[1, 3]
            .Select(parts => string.Concat(parts))),
        (2, Gen.String[Gen.Char["aAeEiIjJsSzZ àÉĳĲæÆœŒßẞøØ\u0000\uFFFF"], 0, 8]),
        (1, Gen.String[Gen.Char, 0, 12]));

    [Fact]
    public void Orders_as_the_keys_compared_ordinally_then_the_texts()
    {
        Gen.Select(Text, Text).Sample((x, y) =>
        {
            var expected = Math.Sign(DefinedOrder(x, y));
            Assert.Equal(expected, Math.Sign(DutchOrder.Instance.Compare(x, y)));
            Assert.Equal(-expected, Math.Sign(DutchOrder.Instance.Compare(y, x)));
        }, iter: 20_000);
    }

    [Fact]
    public void Sorts_accents_capitals_and_ij_beside_their_plain_letters()
    {
        string[] titles = ["zee", "IJs", "crèche", "Één", "creche", "ijs", "een", "Eerste", "ijzer"];
        Assert.Equal(["creche", "crèche", "een", "Één", "Eerste", "IJs", "ijs", "ijzer", "zee"], titles.Order(DutchOrder.Instance));
    }

    /// <summary>The order as first written: both keys made, compared ordinally, then the texts.</summary>
    private static int DefinedOrder(string x, string y)
    {
        var primary = string.CompareOrdinal(OldKey(x), OldKey(y));
        return primary != 0 ? primary : string.CompareOrdinal(x, y);
    }

    private static string OldKey(string text)
    {
        const string accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
        const string plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var at = accented.IndexOf(lower);
            if (at >= 0) key.Append(plain[at]);
            else key.Append(lower switch { 'ĳ' => "ij", 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", _ => lower.ToString() });
        }
        return key.ToString();
    }
}
