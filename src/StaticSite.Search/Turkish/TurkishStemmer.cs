using StaticSite.Search.Snowball;

namespace StaticSite.Search.Turkish;

/// <summary>
/// The Snowball Turkish stemmer exactly as <c>lunr.tr.stemmer</c> of lunr-languages 1.22.0 runs
/// it, so that terms stemmed at build time equal what lunr.js derives from a query.
/// </summary>
/// <remarks>
/// lunr.tr.js is a hand-translation of an early Snowball Turkish program; its among tables are
/// not all in the order Snowball's binary search expects and a few routines differ from the
/// reference (the last vowel check, the "ad"/"soyad" test). The routines below follow the
/// JavaScript step by step, not the Snowball source, and are proved on a large word list
/// against node. Suffixes are removed from the end, working backwards; the Snowball names
/// (<c>mark_DA</c> for -da/-de/-ta/-te, U for the high vowels ı i u ü, A for a e) are kept in
/// the method names.
/// </remarks>
public sealed class TurkishStemmer
{
    private static Among[] Table(params string[] suffixes) => [.. suffixes.Select(s => new Among(s, -1, -1))];

    private static readonly Among[] Possessives = Table("m", "n", "miz", "niz", "muz", "nuz", "müz", "nüz", "mız", "nız");
    private static readonly Among[] LArI = Table("leri", "ları");
    private static readonly Among[] NU = Table("ni", "nu", "nü", "nı");
    private static readonly Among[] NUn = Table("in", "un", "ün", "ın");
    private static readonly Among[] YA = Table("a", "e");
    private static readonly Among[] NA = Table("na", "ne");
    private static readonly Among[] DA = Table("da", "ta", "de", "te");
    private static readonly Among[] NdA = Table("nda", "nde");
    private static readonly Among[] DAn = Table("dan", "tan", "den", "ten");
    private static readonly Among[] NdAn = Table("ndan", "nden");
    private static readonly Among[] YlA = Table("la", "le");
    private static readonly Among[] NcA = Table("ca", "ce");
    private static readonly Among[] YUm = Table("im", "um", "üm", "ım");
    private static readonly Among[] SUn = Table("sin", "sun", "sün", "sın");
    private static readonly Among[] YUz = Table("iz", "uz", "üz", "ız");
    private static readonly Among[] SUnUz = Table("siniz", "sunuz", "sünüz", "sınız");
    private static readonly Among[] LAr = Table("lar", "ler");
    private static readonly Among[] NUz = Table("niz", "nuz", "nüz", "nız");
    private static readonly Among[] DUr = Table("dir", "tir", "dur", "tur", "dür", "tür", "dır", "tır");
    private static readonly Among[] CAsInA = Table("casına", "cesine");

    private static readonly Among[] YDU = Table(
        "di", "ti", "dik", "tik", "duk", "tuk", "dük", "tük", "dık", "tık", "dim", "tim", "dum", "tum", "düm", "tüm",
        "dım", "tım", "din", "tin", "dun", "tun", "dün", "tün", "dın", "tın", "du", "tu", "dü", "tü", "dı", "tı");

    private static readonly Among[] YsA = Table("sa", "se", "sak", "sek", "sam", "sem", "san", "sen");
    private static readonly Among[] YmUs = Table("miş", "muş", "müş", "mış");

    private static readonly Among[] FinalVoicedConsonants =
        [new("b", -1, 1), new("c", -1, 2), new("d", -1, 3), new("ğ", -1, 4)];

    // Groupings: bit n of the set stands for the character min + n.
    private static ReadOnlySpan<byte> Vowels => [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 8, 0, 0, 0, 0, 0, 0, 1]; // a e i o u ö ü ı (from 97)
    private static ReadOnlySpan<byte> HighVowels => [1, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 1]; // i u ü ı (from 105)
    private static ReadOnlySpan<byte> FrontRoundedVowels => [65]; // ö ü (from 246)

    private readonly SnowballProgram _p = new();
    private bool _continueStemmingNounSuffixes;

    /// <summary>Returns the stem of a lower-case word (a new stemmer per call: the stemmer has state).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stemmer = new TurkishStemmer();
        stemmer._p.SetCurrent(word);
        stemmer.Run();
        return stemmer._p.GetCurrent();
    }

    private void Run()
    {
        if (!HasMoreThanOneSyllable())
        {
            return;
        }

        _p.LimitBackward = _p.Cursor;
        _p.Cursor = _p.Limit;
        StemNominalVerbSuffixes();
        _p.Cursor = _p.Limit;
        if (_continueStemmingNounSuffixes)
        {
            StemNounSuffixes();
            _p.Cursor = _p.LimitBackward;
            PostLude();
        }
    }

    // ---- vowel harmony and the optional consonants of suffixes -------------------------------

    /// <summary>Moves back until the character before the cursor is in the grouping (not over it); false at the limit.</summary>
    private bool GoBackToGrouping(ReadOnlySpan<byte> group, int min, int max)
    {
        while (true)
        {
            var mark = _p.MarkFromLimit();
            if (_p.InGroupingBackward(group, min, max))
            {
                _p.ResetFromLimit(mark);
                return true;
            }

            _p.ResetFromLimit(mark);
            if (_p.Cursor <= _p.LimitBackward)
            {
                return false;
            }

            _p.Cursor--;
        }
    }

    // A vowel and the vowels that may come before it (a: a ı o u; e: e i ö ü; ı: a ı; i: e i; o, u: o u; ö: ö ü).
    private static readonly (string Vowel, byte[] Group, int Min, int Max)[] Harmony =
    [
        ("a", [1, 64, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 97, 305),
        ("e", [17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130], 101, 252),
        ("ı", [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 97, 305),
        ("i", [17], 101, 105),
        ("o", [65], 111, 117),
        ("ö", [65], 246, 252),
        ("u", [65], 111, 117),
    ];

    /// <summary>check_vowel_harmony: the last vowel before the suffix agrees with the vowel before it.</summary>
    private bool CheckVowelHarmony()
    {
        var start = _p.MarkFromLimit();
        GoBackToGrouping(Vowels, 97, 305);
        var atVowel = _p.MarkFromLimit();
        foreach (var (vowel, group, min, max) in Harmony)
        {
            atVowel = _p.MarkFromLimit();
            if (_p.EqualsBackward(vowel) && GoBackToGrouping(group, min, max))
            {
                _p.ResetFromLimit(start);
                return true;
            }

            _p.ResetFromLimit(atVowel);
        }

        _p.ResetFromLimit(atVowel);
        if (!_p.EqualsBackward("ü") || !GoBackToGrouping(FrontRoundedVowels, 246, 252))
        {
            return false;
        }

        _p.ResetFromLimit(start);
        return true;
    }

    /// <summary>
    /// A suffix whose first letter may be dropped after a vowel: either <paramref name="letter"/>
    /// and then <paramref name="next"/> before it, or no <paramref name="letter"/> and the
    /// character before the cursor satisfies <paramref name="next"/>. lunr.tr.js leaves the cursor
    /// one character further back in the first case than in the second.
    /// </summary>
    private bool OptionalLetter(Func<bool> letter, Func<bool> next)
    {
        var start = _p.MarkFromLimit();
        if (letter())
        {
            _p.ResetFromLimit(start);
            if (_p.Cursor > _p.LimitBackward)
            {
                _p.Cursor--;
                var before = _p.MarkFromLimit();
                if (next())
                {
                    _p.ResetFromLimit(before);
                    return true;
                }
            }
        }

        _p.ResetFromLimit(start);
        if (letter())
        {
            _p.ResetFromLimit(start);
            return false;
        }

        _p.ResetFromLimit(start);
        if (_p.Cursor <= _p.LimitBackward)
        {
            return false;
        }

        _p.Cursor--;
        if (!next())
        {
            return false;
        }

        _p.ResetFromLimit(start);
        return true;
    }

    private bool OptionalConsonant(string consonant) =>
        OptionalLetter(() => _p.EqualsBackward(consonant), () => _p.InGroupingBackward(Vowels, 97, 305));

    private bool OptionalN() => OptionalConsonant("n");

    private bool OptionalS() => OptionalConsonant("s");

    private bool OptionalY() => OptionalConsonant("y");

    private bool OptionalHighVowel() =>
        OptionalLetter(() => _p.InGroupingBackward(HighVowels, 105, 305), () => _p.OutGroupingBackward(Vowels, 97, 305));

    private bool Find(Among[] table) => _p.FindAmongBackward(table) != 0;

    // ---- the suffix markers ------------------------------------------------------------------

    private bool MarkPossessives() => Find(Possessives) && OptionalHighVowel();

    private bool MarkSU() => CheckVowelHarmony() && _p.InGroupingBackward(HighVowels, 105, 305) && OptionalS();

    private bool MarkLArI() => Find(LArI);

    private bool MarkYU() => CheckVowelHarmony() && _p.InGroupingBackward(HighVowels, 105, 305) && OptionalY();

    private bool MarkNU() => CheckVowelHarmony() && Find(NU);

    private bool MarkNUn() => CheckVowelHarmony() && Find(NUn) && OptionalN();

    private bool MarkYA() => CheckVowelHarmony() && Find(YA) && OptionalY();

    private bool MarkNA() => CheckVowelHarmony() && Find(NA);

    private bool MarkDA() => CheckVowelHarmony() && Find(DA);

    private bool MarkNdA() => CheckVowelHarmony() && Find(NdA);

    private bool MarkDAn() => CheckVowelHarmony() && Find(DAn);

    private bool MarkNdAn() => CheckVowelHarmony() && Find(NdAn);

    private bool MarkYlA() => CheckVowelHarmony() && Find(YlA) && OptionalY();

    private bool MarkKi() => _p.EqualsBackward("ki");

    private bool MarkNcA() => CheckVowelHarmony() && Find(NcA) && OptionalN();

    private bool MarkYUm() => CheckVowelHarmony() && Find(YUm) && OptionalY();

    private bool MarkSUn() => CheckVowelHarmony() && Find(SUn);

    private bool MarkYUz() => CheckVowelHarmony() && Find(YUz) && OptionalY();

    private bool MarkSUnUz() => Find(SUnUz);

    private bool MarkLAr() => CheckVowelHarmony() && Find(LAr);

    private bool MarkNUz() => CheckVowelHarmony() && Find(NUz);

    private bool MarkDUr() => CheckVowelHarmony() && Find(DUr);

    private bool MarkCAsInA() => Find(CAsInA);

    private bool MarkYDU() => CheckVowelHarmony() && Find(YDU) && OptionalY();

    private bool MarkYsA() => Find(YsA) && OptionalY();

    private bool MarkYmUs() => CheckVowelHarmony() && Find(YmUs) && OptionalY();

    private bool MarkYken() => _p.EqualsBackward("ken") && OptionalY();

    /// <summary>Tries each marker from the same position; true when one matched (the cursor after it).</summary>
    private bool AnyFrom(int mark, params Func<bool>[] markers)
    {
        foreach (var marker in markers)
        {
            _p.ResetFromLimit(mark);
            if (marker())
            {
                return true;
            }
        }

        return false;
    }

    private void DeleteSlice()
    {
        _p.Bra = _p.Cursor;
        _p.SliceDelete();
    }

    // ---- nominal verb suffixes ----------------------------------------------------------------

    private void StemNominalVerbSuffixes()
    {
        var start = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        _continueStemmingNounSuffixes = true;
        // Each group returns false when it marked its suffixes: they are deleted and stemming stops here.
        foreach (var group in (Func<bool>[])[EndsInYmUsYDUYsAOrYken, CAsInAAfterPersonal, LArThenCopula, NUzThenYDUOrYsA, PersonalThenYmUs])
        {
            _p.ResetFromLimit(start);
            if (!group())
            {
                DeleteSlice();
                return;
            }
        }

        _p.ResetFromLimit(start);
        if (!MarkDUr())
        {
            return;
        }

        DeleteSlice();
        _p.Ket = _p.Cursor;
        var afterDUr = _p.MarkFromLimit();
        if (!AnyFrom(afterDUr, MarkSUnUz, MarkLAr, MarkYUm, MarkSUn, MarkYUz))
        {
            _p.ResetFromLimit(afterDUr);
        }

        if (!MarkYmUs())
        {
            _p.ResetFromLimit(afterDUr);
        }

        DeleteSlice();
    }

    /// <summary>habr4: false when -mUş, -DU, -sA or -ken (each after an optional y) ends the word.</summary>
    private bool EndsInYmUsYDUYsAOrYken() => !AnyFrom(_p.MarkFromLimit(), MarkYmUs, MarkYDU, MarkYsA, MarkYken);

    /// <summary>habr5: false after -cAsInA followed by a personal ending and -mUş.</summary>
    private bool CAsInAAfterPersonal()
    {
        if (!MarkCAsInA())
        {
            return true;
        }

        var mark = _p.MarkFromLimit();
        if (!AnyFrom(mark, MarkSUnUz, MarkLAr, MarkYUm, MarkSUn, MarkYUz))
        {
            _p.ResetFromLimit(mark);
        }

        return !MarkYmUs();
    }

    /// <summary>habr6: -lAr is deleted, then an optional copula or tense is marked; stops noun stemming.</summary>
    private bool LArThenCopula()
    {
        if (!MarkLAr())
        {
            return true;
        }

        DeleteSlice();
        var mark = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (!AnyFrom(mark, MarkDUr, MarkYDU, MarkYsA, MarkYmUs))
        {
            _p.ResetFromLimit(mark);
        }

        _continueStemmingNounSuffixes = false;
        return false;
    }

    /// <summary>habr7: false after -nUz followed by -DU or -sA.</summary>
    private bool NUzThenYDUOrYsA()
    {
        if (!MarkNUz())
        {
            return true;
        }

        return !AnyFrom(_p.MarkFromLimit(), MarkYDU, MarkYsA);
    }

    /// <summary>habr8: a personal ending is deleted, then an optional -mUş is marked.</summary>
    private bool PersonalThenYmUs()
    {
        if (!AnyFrom(_p.MarkFromLimit(), MarkSUnUz, MarkYUz, MarkSUn, MarkYUm))
        {
            return true;
        }

        DeleteSlice();
        var mark = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (!MarkYmUs())
        {
            _p.ResetFromLimit(mark);
        }

        return false;
    }

    // ---- noun suffixes -------------------------------------------------------------------------

    /// <summary>Deletes a -lAr before the cursor, if there is one, then continues with the chain before -ki.</summary>
    private void DeleteLArThenChainBeforeKi()
    {
        _p.Ket = _p.Cursor;
        if (MarkLAr())
        {
            DeleteSlice();
            StemSuffixChainBeforeKi();
        }
    }

    /// <summary>
    /// A possessive or -sU (or else the chain before -ki) from <paramref name="mark"/> is deleted,
    /// then a -lAr and the chain; false, with nothing deleted, when none of them is there.
    /// </summary>
    private bool DeletePossessiveOrSUThenLAr(int mark)
    {
        _p.Ket = _p.Cursor;
        if (!MarkPossessives())
        {
            _p.ResetFromLimit(mark);
            if (!MarkSU())
            {
                _p.ResetFromLimit(mark);
                if (!StemSuffixChainBeforeKi())
                {
                    return false;
                }
            }
        }

        DeleteSlice();
        DeleteLArThenChainBeforeKi();
        return true;
    }

    private bool StemSuffixChainBeforeKi()
    {
        _p.Ket = _p.Cursor;
        if (!MarkKi())
        {
            return false;
        }

        var afterKi = _p.MarkFromLimit();
        if (MarkDA())
        {
            DeleteSlice();
            var afterDA = _p.MarkFromLimit();
            _p.Ket = _p.Cursor;
            if (MarkLAr())
            {
                DeleteSlice();
                StemSuffixChainBeforeKi();
            }
            else
            {
                _p.ResetFromLimit(afterDA);
                if (MarkPossessives())
                {
                    DeleteSlice();
                    DeleteLArThenChainBeforeKi();
                }
            }

            return true;
        }

        _p.ResetFromLimit(afterKi);
        if (MarkNUn())
        {
            DeleteSlice();
            _p.Ket = _p.Cursor;
            var afterNUn = _p.MarkFromLimit();
            if (MarkLArI())
            {
                DeleteSlice();
            }
            else
            {
                _p.ResetFromLimit(afterNUn);
                DeletePossessiveOrSUThenLAr(afterNUn);
            }

            return true;
        }

        _p.ResetFromLimit(afterKi);
        return MarkNdA() && StemAfterLocative();
    }

    /// <summary>After -ndA (or -nA): -lArI, or -sU and then -lAr, or the chain before -ki.</summary>
    private bool StemAfterLocative()
    {
        var mark = _p.MarkFromLimit();
        if (MarkLArI())
        {
            DeleteSlice();
            return true;
        }

        _p.ResetFromLimit(mark);
        if (MarkSU())
        {
            DeleteSlice();
            DeleteLArThenChainBeforeKi();
            return true;
        }

        _p.ResetFromLimit(mark);
        return StemSuffixChainBeforeKi();
    }

    /// <summary>habr9: -ndA or -nA, then -lArI, -sU (and -lAr) or the chain before -ki.</summary>
    private bool StemLocativeOrDative(int start)
    {
        _p.Ket = _p.Cursor;
        if (!MarkNdA())
        {
            _p.ResetFromLimit(start);
            if (!MarkNA())
            {
                return false;
            }
        }

        return StemAfterLocative();
    }

    /// <summary>habr10: -ndAn or -nU, then -sU or -lArI (and -lAr).</summary>
    private bool StemAblativeOrAccusative(int start)
    {
        _p.Ket = _p.Cursor;
        if (!MarkNdAn())
        {
            _p.ResetFromLimit(start);
            if (!MarkNU())
            {
                return false;
            }
        }

        var mark = _p.MarkFromLimit();
        if (!MarkSU())
        {
            _p.ResetFromLimit(mark);
            if (!MarkLArI())
            {
                return false;
            }
        }

        DeleteSlice();
        DeleteLArThenChainBeforeKi();
        return true;
    }

    /// <summary>habr11: -nUn or -ylA, then -lAr and the chain, or a possessive or -sU.</summary>
    private bool StemGenitiveOrInstrumental()
    {
        var start = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (!MarkNUn())
        {
            _p.ResetFromLimit(start);
            if (!MarkYlA())
            {
                return false;
            }
        }

        DeleteSlice();
        var mark = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (MarkLAr())
        {
            DeleteSlice();
            if (StemSuffixChainBeforeKi())
            {
                return true;
            }
        }

        _p.ResetFromLimit(mark);
        DeletePossessiveOrSUThenLAr(mark);
        return true;
    }

    /// <summary>habr12: -DA, -yU or -yA, then a possessive (and -lAr) or -lAr, then the chain.</summary>
    private bool StemLocativeOrCase()
    {
        var start = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (!AnyFrom(start, MarkDA, MarkYU, MarkYA))
        {
            return false;
        }

        DeleteSlice();
        _p.Ket = _p.Cursor;
        var mark = _p.MarkFromLimit();
        if (MarkPossessives())
        {
            DeleteSlice();
            var afterPossessive = _p.MarkFromLimit();
            _p.Ket = _p.Cursor;
            if (!MarkLAr())
            {
                _p.ResetFromLimit(afterPossessive);
            }
        }
        else
        {
            _p.ResetFromLimit(mark);
            if (!MarkLAr())
            {
                return true;
            }
        }

        DeleteSlice();
        _p.Ket = _p.Cursor;
        StemSuffixChainBeforeKi();
        return true;
    }

    private void StemNounSuffixes()
    {
        var start = _p.MarkFromLimit();
        _p.Ket = _p.Cursor;
        if (MarkLAr())
        {
            DeleteSlice();
            StemSuffixChainBeforeKi();
            return;
        }

        _p.ResetFromLimit(start);
        _p.Ket = _p.Cursor;
        if (MarkNcA())
        {
            DeleteSlice();
            var mark = _p.MarkFromLimit();
            _p.Ket = _p.Cursor;
            if (MarkLArI())
            {
                DeleteSlice();
            }
            else
            {
                _p.ResetFromLimit(mark);
                _p.Ket = _p.Cursor;
                if (!MarkPossessives())
                {
                    _p.ResetFromLimit(mark);
                    if (!MarkSU())
                    {
                        _p.ResetFromLimit(mark);
                        _p.Ket = _p.Cursor;
                        if (!MarkLAr())
                        {
                            return;
                        }

                        DeleteSlice();
                        if (!StemSuffixChainBeforeKi())
                        {
                            return;
                        }
                    }
                }

                DeleteSlice();
                DeleteLArThenChainBeforeKi();
            }

            return;
        }

        _p.ResetFromLimit(start);
        if (StemLocativeOrDative(start))
        {
            return;
        }

        _p.ResetFromLimit(start);
        if (StemAblativeOrAccusative(start))
        {
            return;
        }

        _p.ResetFromLimit(start);
        _p.Ket = _p.Cursor;
        if (MarkDAn())
        {
            DeleteSlice();
            _p.Ket = _p.Cursor;
            var mark = _p.MarkFromLimit();
            if (MarkPossessives())
            {
                DeleteSlice();
                DeleteLArThenChainBeforeKi();
            }
            else
            {
                _p.ResetFromLimit(mark);
                if (MarkLAr())
                {
                    DeleteSlice();
                    StemSuffixChainBeforeKi();
                }
                else
                {
                    _p.ResetFromLimit(mark);
                    StemSuffixChainBeforeKi();
                }
            }

            return;
        }

        _p.ResetFromLimit(start);
        if (StemGenitiveOrInstrumental())
        {
            return;
        }

        _p.ResetFromLimit(start);
        if (MarkLArI())
        {
            DeleteSlice();
            return;
        }

        _p.ResetFromLimit(start);
        if (StemSuffixChainBeforeKi())
        {
            return;
        }

        _p.ResetFromLimit(start);
        if (StemLocativeOrCase())
        {
            return;
        }

        _p.ResetFromLimit(start);
        _p.Ket = _p.Cursor;
        if (!MarkPossessives())
        {
            _p.ResetFromLimit(start);
            if (!MarkSU())
            {
                return;
            }
        }

        DeleteSlice();
        DeleteLArThenChainBeforeKi();
    }

    // ---- postlude ------------------------------------------------------------------------------

    /// <summary>A final b, c, d or ğ becomes p, ç, t or k.</summary>
    private void DevoiceLastConsonant()
    {
        _p.Ket = _p.Cursor;
        var found = _p.FindAmongBackward(FinalVoicedConsonants);
        if (found == 0)
        {
            return;
        }

        _p.Bra = _p.Cursor;
        _p.SliceFrom(found switch
        {
            1 => "p",
            2 => "ç",
            3 => "t",
            _ => "k",
        });
    }

    /// <summary>
    /// habr14: if the last vowel is <paramref name="vowel"/> or <paramref name="highVowel"/>,
    /// inserts <paramref name="highVowel"/> at the end and returns false (done); true to try the next pair.
    /// </summary>
    private bool AppendVowelAfter(int end, string vowel, string highVowel)
    {
        _p.ResetFromLimit(end);
        if (!GoBackToGrouping(Vowels, 97, 305))
        {
            return true;
        }

        var mark = _p.MarkFromLimit();
        if (!_p.EqualsBackward(vowel))
        {
            _p.ResetFromLimit(mark);
            if (!_p.EqualsBackward(highVowel))
            {
                return true;
            }
        }

        _p.ResetFromLimit(end);
        var cursor = _p.Cursor;
        _p.Insert(_p.Cursor, _p.Cursor, highVowel);
        _p.Cursor = cursor;
        return false;
    }

    /// <summary>A stem ending in d or g gets the high vowel that harmonizes with its last vowel.</summary>
    private void AppendUToStemsEndingWithDOrG()
    {
        var end = _p.MarkFromLimit();
        if (!_p.EqualsBackward("d"))
        {
            _p.ResetFromLimit(end);
            if (!_p.EqualsBackward("g"))
            {
                return;
            }
        }

        if (AppendVowelAfter(end, "a", "ı") && AppendVowelAfter(end, "e", "i") && AppendVowelAfter(end, "o", "u"))
        {
            AppendVowelAfter(end, "ö", "ü");
        }
    }

    /// <summary>At least two vowels; the cursor goes back to where it was.</summary>
    private bool HasMoreThanOneSyllable()
    {
        var start = _p.Cursor;
        var vowelsNeeded = 2;
        while (true)
        {
            var from = _p.Cursor;
            while (!_p.InGrouping(Vowels, 97, 305))
            {
                if (_p.Cursor >= _p.Limit)
                {
                    _p.Cursor = from;
                    if (vowelsNeeded > 0)
                    {
                        return false;
                    }

                    _p.Cursor = start;
                    return true;
                }

                _p.Cursor++;
            }

            vowelsNeeded--;
        }
    }

    /// <summary>habr15: true unless <paramref name="word"/> occurs from the cursor on and the whole word has its length.</summary>
    private bool IsNotWholeWord(int start, string word)
    {
        while (!_p.EqualsForward(word))
        {
            if (_p.Cursor >= _p.Limit)
            {
                return true;
            }

            _p.Cursor++;
        }

        if (word.Length != _p.Limit)
        {
            return true;
        }

        _p.Cursor = start;
        return false;
    }

    /// <summary>"ad" and "soyad" are left alone.</summary>
    private bool IsReservedWord()
    {
        var start = _p.Cursor;
        if (IsNotWholeWord(start, "ad"))
        {
            _p.Cursor = start;
            if (IsNotWholeWord(start, "soyad"))
            {
                return false;
            }
        }

        return true;
    }

    private void PostLude()
    {
        var start = _p.Cursor;
        if (IsReservedWord())
        {
            return;
        }

        _p.LimitBackward = start;
        _p.Cursor = _p.Limit;
        AppendUToStemsEndingWithDOrG();
        _p.Cursor = _p.Limit;
        DevoiceLastConsonant();
    }
}
