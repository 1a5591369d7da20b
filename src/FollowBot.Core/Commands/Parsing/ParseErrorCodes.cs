namespace FollowBot.Core.Commands.Parsing;

/// <summary>The resource keys of <see cref="ParseError"/>, as constants so callers and resx files cannot drift by a typo.</summary>
public static class ParseErrorCodes
{
    public const string UnterminatedQuote = "unterminated_quote";
    public const string BadAmount = "bad_amount";
    public const string BadDuration = "bad_duration";
    public const string BadDate = "bad_date";
    public const string BadDeal = "bad_deal";
    public const string BadGrade = "bad_grade";
    public const string BadPerson = "bad_person";
}
