namespace FollowBot.Core.Commands.Parsing;

/// <summary>Grades A, B, C in any case or width; "A级" / "A类" as Chinese reps write them.</summary>
internal static class GradeParser
{
    public static bool TryParse(string? text, out char grade)
    {
        grade = '\0';
        var s = InputText.CanonicalValue(text);
        if (s is null) return false;
        if (s.Length == 2 && s[1] is '级' or '类') s = s[..1];
        if (s is not ("a" or "b" or "c")) return false;
        grade = char.ToUpperInvariant(s[0]);
        return true;
    }
}
