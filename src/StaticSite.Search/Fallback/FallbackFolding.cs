using System.Text;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Fallback;

/// <summary>
/// <c>fold-fallback</c>: case and diacritics folding for languages without a stemmer of their
/// own. Lower-cases as JavaScript does, then drops combining diacritical marks, folds the
/// precomposed Latin, Greek and Cyrillic letters to their base letter (й → и, ї → і, é → e,
/// ά → α), a few letters that have no decomposition (ł, ø, đ, ß, æ, œ, final ς), the typographic
/// apostrophes of Ukrainian (’ and ʼ become ') and removes invisible format characters (soft
/// hyphen, zero-width and direction marks).
/// </summary>
/// <remarks>
/// A table, not Unicode normalization: .NET runs with invariant globalization here (its
/// <c>Normalize</c> does nothing then), and a table gives the browser exactly the same result
/// whatever Unicode version it knows. <c>lunr-fallback.js</c> holds the same strings. The
/// letters are the lower-case letters of U+0000–U+052F and U+1E00–U+1FFF whose canonical
/// decomposition holds combining diacritical marks; each folds to its decomposition without them.
/// </remarks>
public static class FallbackFolding
{
    /// <summary>The letters with diacritics, in code point order.</summary>
    public const string Letters =
        "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏő" +
        "ŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǣǧǩǫǭǯǰǵǹǻǽǿȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧ" +
        "ȩȫȭȯȱȳΐάέήίΰϊϋόύώϓϔйѐёѓїќѝўѷӂӑӓӗӛӝӟӣӥӧӫӭӯӱӳӵӹḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝ" +
        "ḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕ" +
        "ẖẗẘẙẛạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹἀἁἂἃἄἅἆἇἐἑ" +
        "ἒἓἔἕἠἡἢἣἤἥἦἧἰἱἲἳἴἵἶἷὀὁὂὃὄὅὐὑὒὓὔὕὖὗὠὡὢὣὤὥὦὧὰάὲέὴήὶίὸόὺύὼώᾀᾁᾂᾃ" +
        "ᾄᾅᾆᾇᾐᾑᾒᾓᾔᾕᾖᾗᾠᾡᾢᾣᾤᾥᾦᾧᾰᾱᾲᾳᾴᾶᾷῂῃῄῆῇῐῑῒΐῖῗῠῡῢΰῤῥῦῧῲῳῴῶῷ";

    /// <summary>Each letter's base, at the same position.</summary>
    public const string Bases =
        "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooo" +
        "rrrssssttuuuuuuwyzzzouaiouuuuuaaægkooʒjgnaæøaaeeiioorruustha" +
        "eooooyιαεηιυιυουωϒϒиеегікиуѵжааеәжзииоөэууучыabbbcdddddeeeee" +
        "fghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzz" +
        "htwyſaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyααααααααεε" +
        "εεεεηηηηηηηηιιιιιιιιοοοοοουυυυυυυυωωωωωωωωααεεηηιιοουυωωαααα" +
        "ααααηηηηηηηηωωωωωωωωαααααααηηηηηιιιιιιυυυυρρυυωωωωω";

    /// <summary>Letters without a decomposition and apostrophes, and what they fold to.</summary>
    internal static readonly (char From, string To)[] Others =
    [
        ('ß', "ss"), ('æ', "ae"), ('œ', "oe"), ('ø', "o"), ('ł', "l"), ('đ', "d"), ('ħ', "h"), ('ı', "i"), ('ŧ', "t"),
        ('ŀ', "l"), ('ς', "σ"), ('\u2019', "'"), ('\u02BC', "'"),
    ];

    /// <summary>Combining diacritical marks (all five Unicode blocks of them), removed.</summary>
    internal static readonly (char From, char To)[] MarkRanges =
    [
        ('\u0300', '\u036F'), ('\u1AB0', '\u1AFF'), ('\u1DC0', '\u1DFF'), ('\u20D0', '\u20FF'), ('\uFE20', '\uFE2F'),
    ];

    /// <summary>Invisible format characters, removed: soft hyphen, Arabic letter mark, zero-width and direction controls, BOM.</summary>
    internal const string Invisible = "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF";

    private static readonly Dictionary<char, string> Map = BuildMap();
    private static readonly ulong[] Foldable = BuildBits();

    private static Dictionary<char, string> BuildMap()
    {
        var others = Others.ToDictionary(o => o.From, o => o.To);
        var map = new Dictionary<char, string>(others);
        for (var i = 0; i < Letters.Length; i++)
        {
            // A base such as æ or ø (from ǽ, ǿ) folds on, so that folding twice changes nothing.
            map[Letters[i]] = others.GetValueOrDefault(Bases[i]) ?? Bases[i].ToString();
        }

        foreach (var (from, to) in MarkRanges)
        {
            for (var c = from; c <= to; c++)
            {
                map[c] = "";
            }
        }

        foreach (var c in Invisible)
        {
            map[c] = "";
        }

        return map;
    }

    private static ulong[] BuildBits()
    {
        var bits = new ulong[65536 / 64];
        foreach (var c in Map.Keys)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    private static bool IsFoldable(char c) => (Foldable[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Folds <paramref name="token"/>; returns the same instance when nothing changes.</summary>
    public static string Fold(string token)
    {
        var lower = JsLowerCase.ToLower(token);
        var i = 0;
        while (i < lower.Length && !IsFoldable(lower[i]))
        {
            i++;
        }

        if (i == lower.Length)
        {
            return lower;
        }

        var result = new StringBuilder(lower.Length + 2).Append(lower, 0, i);
        for (; i < lower.Length; i++)
        {
            var c = lower[i];
            if (IsFoldable(c))
            {
                result.Append(Map[c]);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
