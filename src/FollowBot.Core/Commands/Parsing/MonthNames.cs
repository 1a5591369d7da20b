namespace FollowBot.Core.Commands.Parsing;

/// <summary>English month names and their usual abbreviations (sept included), canonical lower-case.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>1..12 for a full name or its first three letters (or "sept"), else 0.</summary>
    public static int Number(string name)
    {
        if (name == "sept") return 9;
        for (var i = 0; i < Full.Length; i++)
        {
            if (name == Full[i] || name == Full[i][..3]) return i + 1;
        }
        return 0;
    }
}
