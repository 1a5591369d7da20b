namespace FollowBot.Core.Commands.Parsing;

/// <summary>
/// The active ISO 4217 codes. A fixed list rather than "any three letters" so that "5kkk" or "5 abc" is a
/// mistake, not an amount in currency KKK. (RegionInfo would do, but not under invariant globalization.)
/// </summary>
internal static class IsoCurrencies
{
    private const string Codes =
        "aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif bmd bnd bob brl bsd btn bwp byn bzd " +
        "cad cdf chf clp cny cop crc cup cve czk djf dkk dop dzd egp ern etb eur fjd fkp gbp gel ghs gip gmd gnf " +
        "gtq gyd hkd hnl htg huf idr ils inr iqd irr isk jmd jod jpy kes kgs khr kmf kpw krw kwd kyd kzt lak lbp " +
        "lkr lrd lsl lyd mad mdl mga mkd mmk mnt mop mru mur mvr mwk mxn myr mzn nad ngn nio nok npr nzd omr pab " +
        "pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd scr sdg sek sgd shp sle sos srd ssp stn svc syp szl " +
        "thb tjs tmt tnd top try ttd twd tzs uah ugx usd uyu uzs ves vnd vuv wst xaf xcd xcg xof xpf yer zar zmw zwg";

    private static readonly HashSet<string> Set = new(Codes.Split(' '), StringComparer.Ordinal);

    /// <summary>True when <paramref name="lowerCode"/> (canonical, lower-case) is an ISO code.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerCode) =>
        lowerCode.Length == 3 && Set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerCode);
}
