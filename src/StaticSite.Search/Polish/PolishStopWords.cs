using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.Polish;

/// <summary>The 118 Polish stop words of lunr-languages 1.22.0 (<c>stopWordFilter-pl</c>).</summary>
public static class PolishStopWords
{
    /// <summary>The list, in lunr.pl.js's order.</summary>
    public static StopWordList List { get; } = new(
        "aby acz aczkolwiek ale ależ ani aż bardziej bardzo bez bo bowiem by byli być był była było były co" +
        " czy dla do dobrze dość dużo dwa dwie gdy gdzie go i ich im inaczej ja jak jednak jego jej jemu" +
        " jeszcze jeśli już każdy kiedy kto która które który którzy ku lat lecz lub ma mają mi mimo mnie" +
        " może mu my na nad nam nas nasz nasza nasze naszego natomiast nawet nie nim niż o od oraz po pod" +
        " ponieważ przed przez przy sie się sobie sobą sposób swoje są ta tak taka taki te tego tej temu ten" +
        " to tobie tobą tu twoje tych tychże tylko tym więc więcej wszyscy wszystko z za zawsze że");
}
