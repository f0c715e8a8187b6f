namespace StaticSite.Search.Lunr;

/// <summary>
/// <c>Math.log</c> and <c>Math.round</c> with the results node's JavaScript engine gives, so that
/// scores rounded to three decimals come out exactly as lunr.js computes them.
/// </summary>
/// <remarks>
/// .NET's <see cref="Math.Log(double)"/> (the C library's) differs from V8's in the last bit for
/// about 7% of lunr's idf arguments, which sometimes changes a rounded score. V8 computes
/// <c>Math.log</c> with the method of Sun's fdlibm <c>e_log.c</c> (Copyright (C) 1993 by Sun
/// Microsystems, Inc.; "Permission to use, copy, modify, and distribute this software is freely
/// granted, provided that this notice is preserved."); <see cref="Log"/> follows that method and
/// its published constants.
/// </remarks>
internal static class JsMath
{
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double TwoPow54 = 1.80143985094819840000e+16;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>The natural logarithm, bit for bit as JavaScript's <c>Math.log</c> in V8.</summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x <= 0 || double.IsPositiveInfinity(x))
        {
            return Math.Log(x);
        }

        var exponent = 0;
        var high = HighWord(x);
        if (high < 0x00100000)
        {
            // Subnormal: scale into the normal range first.
            exponent -= 54;
            x *= TwoPow54;
            high = HighWord(x);
        }

        exponent += (high >> 20) - 1023;
        high &= 0x000fffff;
        // Pick x or x/2 so that the mantissa lies in [sqrt(2)/2, sqrt(2)).
        var half = (high + 0x95f64) & 0x100000;
        x = WithHighWord(x, high | (half ^ 0x3ff00000));
        exponent += half >> 20;
        var f = x - 1.0;
        double k = exponent;

        if ((0x000fffff & (2 + high)) < 3)
        {
            // |f| < 2^-20: a short series is exact enough.
            if (f == 0)
            {
                return exponent == 0 ? 0 : k * Ln2High + k * Ln2Low;
            }

            var r0 = f * f * (0.5 - 0.33333333333333333 * f);
            return exponent == 0 ? f - r0 : k * Ln2High - ((r0 - k * Ln2Low) - f);
        }

        var s = f / (2.0 + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        var t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        var r = t2 + t1;
        var farFromOne = ((high - 0x6147a) | (0x6b851 - high)) > 0;
        if (farFromOne)
        {
            var halfSquare = 0.5 * f * f;
            return exponent == 0
                ? f - (halfSquare - s * (halfSquare + r))
                : k * Ln2High - ((halfSquare - (s * (halfSquare + r) + k * Ln2Low)) - f);
        }

        return exponent == 0
            ? f - s * (f - r)
            : k * Ln2High - ((s * (f - r) - k * Ln2Low) - f);
    }

    /// <summary>
    /// JavaScript's <c>Math.round</c>: the nearest integer, halves towards +∞ (not .NET's
    /// banker's rounding, nor away from zero for negative halves).
    /// </summary>
    public static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x;
        }

        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private static int HighWord(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

    private static double WithHighWord(double x, int high)
    {
        var low = BitConverter.DoubleToInt64Bits(x) & 0xffffffffL;
        return BitConverter.Int64BitsToDouble(((long)high << 32) | low);
    }
}
