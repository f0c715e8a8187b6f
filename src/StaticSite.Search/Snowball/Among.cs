namespace StaticSite.Search.Snowball;

/// <summary>
/// One entry of a Snowball <c>among</c> table, as lunr-languages' <c>lunr.stemmerSupport.Among</c>
/// holds it: the string to find, the index of the entry that is its longest proper suffix (or
/// prefix) in the same table (-1 for none), the value returned when it matches, and an optional
/// condition that must also hold.
/// </summary>
/// <param name="Text">The string matched (compared as UTF-16 code units).</param>
/// <param name="SubstringIndex">The entry tried next when this one does not match; -1 ends the search.</param>
/// <param name="Result">What a match returns; lunr-languages uses -1 for "found" in many tables, which is truthy in JavaScript.</param>
/// <param name="Condition">A routine that must succeed too, or <see langword="null"/>.</param>
internal sealed record Among(string Text, int SubstringIndex, int Result, Func<bool>? Condition = null);
