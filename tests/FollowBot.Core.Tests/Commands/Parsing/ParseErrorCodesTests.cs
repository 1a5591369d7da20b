using FollowBot.Core.Commands.Parsing;

namespace FollowBot.Core.Tests.Commands.Parsing;

public class ParseErrorCodesTests
{
    // The codes are resource keys in the localized string files: renaming one silently loses the message.
    [Fact]
    public void Codes_are_the_agreed_resource_keys()
    {
        string[] codes =
        [
            ParseErrorCodes.UnterminatedQuote, ParseErrorCodes.BadAmount, ParseErrorCodes.BadDuration,
            ParseErrorCodes.BadDate, ParseErrorCodes.BadDeal, ParseErrorCodes.BadGrade, ParseErrorCodes.BadPerson,
        ];
        codes.ShouldBe(["unterminated_quote", "bad_amount", "bad_duration", "bad_date", "bad_deal", "bad_grade", "bad_person"]);
    }
}
