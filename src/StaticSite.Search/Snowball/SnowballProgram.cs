using System.Text;

namespace StaticSite.Search.Snowball;

/// <summary>
/// The Snowball runtime of lunr-languages 1.22.0 (<c>lunr.stemmerSupport.SnowballProgram</c>):
/// the word being stemmed with its cursor, limits and slice marks, and the primitive operations
/// the generated stemmers call. Every operation works on UTF-16 code units and moves the cursor
/// exactly as the JavaScript does, including the corners where it differs from the Snowball C
/// runtime (no bounds repair, groupings tested by bit without a length check), so that a stemmer
/// written on top of it gives the browser's stems.
/// </summary>
/// <remarks>One instance stems one word at a time; it is not thread-safe.</remarks>
internal sealed class SnowballProgram
{
    private readonly StringBuilder _current = new(32);

    /// <summary>Position of the operation in progress.</summary>
    public int Cursor { get; set; }

    /// <summary>End of the region forward operations may read.</summary>
    public int Limit { get; set; }

    /// <summary>Start of the region backward operations may read.</summary>
    public int LimitBackward { get; set; }

    /// <summary>Start of the slice that <see cref="SliceFrom"/> and <see cref="SliceDelete"/> replace.</summary>
    public int Bra { get; set; }

    /// <summary>End of that slice.</summary>
    public int Ket { get; set; }

    /// <summary>Starts on <paramref name="word"/>: cursor at 0, limit at its end, the slice the whole word.</summary>
    public void SetCurrent(string word)
    {
        _current.Clear().Append(word);
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    /// <summary>The word as it is now.</summary>
    public string GetCurrent() => _current.ToString();

    /// <summary>Distance of the cursor from the limit: a position that survives deletions before it.</summary>
    public int MarkFromLimit() => Limit - Cursor;

    /// <summary>Puts the cursor back at a position taken with <see cref="MarkFromLimit"/>.</summary>
    public void ResetFromLimit(int mark) => Cursor = Limit - mark;

    private static bool InGroup(ReadOnlySpan<byte> group, int offset) =>
        (offset >> 3) < group.Length && (group[offset >> 3] & (1 << (offset & 7))) != 0;

    /// <summary>Steps forward over a character of the grouping <paramref name="group"/> (bit set from <paramref name="min"/>).</summary>
    public bool InGrouping(ReadOnlySpan<byte> group, int min, int max)
    {
        if (Cursor < Limit)
        {
            int ch = _current[Cursor];
            if (ch <= max && ch >= min && InGroup(group, ch - min))
            {
                Cursor++;
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps backward over a character of the grouping.</summary>
    public bool InGroupingBackward(ReadOnlySpan<byte> group, int min, int max)
    {
        if (Cursor > LimitBackward)
        {
            int ch = _current[Cursor - 1];
            if (ch <= max && ch >= min && InGroup(group, ch - min))
            {
                Cursor--;
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps backward over a character outside the grouping.</summary>
    public bool OutGroupingBackward(ReadOnlySpan<byte> group, int min, int max)
    {
        if (Cursor > LimitBackward)
        {
            int ch = _current[Cursor - 1];
            if (ch > max || ch < min || !InGroup(group, ch - min))
            {
                Cursor--;
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps forward over <paramref name="s"/> if the word continues with it.</summary>
    public bool EqualsForward(string s)
    {
        if (Limit - Cursor < s.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (_current[Cursor + i] != s[i])
            {
                return false;
            }
        }

        Cursor += s.Length;
        return true;
    }

    /// <summary>Steps backward over <paramref name="s"/> if the text before the cursor ends with it.</summary>
    public bool EqualsBackward(string s)
    {
        if (Cursor - LimitBackward < s.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (_current[Cursor - s.Length + i] != s[i])
            {
                return false;
            }
        }

        Cursor -= s.Length;
        return true;
    }

    /// <summary>
    /// <c>find_among_b</c>: a binary search of <paramref name="table"/> for an entry the text
    /// before the cursor ends with, then the chain of shorter entries; moves the cursor before the
    /// match and returns its result, or returns 0 with the cursor unchanged.
    /// </summary>
    public int FindAmongBackward(Among[] table)
    {
        int i = 0, j = table.Length;
        int c = Cursor, lb = LimitBackward;
        int commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            var k = i + ((j - i) >> 1);
            var diff = 0;
            var common = commonI < commonJ ? commonI : commonJ;
            var w = table[k].Text;
            for (var i2 = w.Length - 1 - common; i2 >= 0; i2--)
            {
                if (c - common == lb)
                {
                    diff = -1;
                    break;
                }

                diff = _current[c - 1 - common] - w[i2];
                if (diff != 0)
                {
                    break;
                }

                common++;
            }

            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }

            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected)
                {
                    break;
                }

                firstKeyInspected = true;
            }
        }

        while (true)
        {
            var w = table[i];
            if (commonI >= w.Text.Length)
            {
                Cursor = c - w.Text.Length;
                if (w.Condition is null)
                {
                    return w.Result;
                }

                var holds = w.Condition();
                Cursor = c - w.Text.Length;
                if (holds)
                {
                    return w.Result;
                }
            }

            i = w.SubstringIndex;
            if (i < 0)
            {
                return 0;
            }
        }
    }

    /// <summary>Replaces the text between <paramref name="from"/> and <paramref name="to"/>; returns the change in length.</summary>
    private int Replace(int from, int to, string s)
    {
        var adjustment = s.Length - (to - from);
        _current.Remove(from, to - from).Insert(from, s);
        Limit += adjustment;
        if (Cursor >= to)
        {
            Cursor += adjustment;
        }
        else if (Cursor > from)
        {
            Cursor = from;
        }

        return adjustment;
    }

    private void CheckSlice()
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > _current.Length)
        {
            // lunr-languages throws "faulty slice operation" here; a stemmer bug, never input.
            throw new InvalidOperationException("Faulty Snowball slice operation.");
        }
    }

    /// <summary>Replaces the slice [<see cref="Bra"/>, <see cref="Ket"/>) with <paramref name="s"/>.</summary>
    public void SliceFrom(string s)
    {
        CheckSlice();
        Replace(Bra, Ket, s);
    }

    /// <summary>Deletes the slice.</summary>
    public void SliceDelete() => SliceFrom("");

    /// <summary>Inserts <paramref name="s"/> in place of [<paramref name="from"/>, <paramref name="to"/>), moving the slice marks after it.</summary>
    public void Insert(int from, int to, string s)
    {
        var adjustment = Replace(from, to, s);
        if (from <= Bra)
        {
            Bra += adjustment;
        }

        if (from <= Ket)
        {
            Ket += adjustment;
        }
    }
}
