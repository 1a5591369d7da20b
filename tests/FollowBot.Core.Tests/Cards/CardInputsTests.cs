using FollowBot.Core.Cards;

namespace FollowBot.Core.Tests.Cards;

/// <summary>
/// The deal card has two inputs named after the same argument (Note/Remind text, Snooze/Lost reason). Sharing an id
/// across Action.ShowCards is a DuplicateId validation error, and Teams mobile stops rendering such cards
/// (MicrosoftDocs/msteams-docs#7868, microsoft/botframework-sdk#6430), so the second of each pair is prefixed.
/// </summary>
public class CardInputsTests
{
    [Theory]
    [InlineData("deal.lost", "lostReason", "reason")]
    [InlineData("deal.remind", "remindText", "text")]
    [InlineData("deal.remind", "when", "when")]
    [InlineData("deal.snooze", "reason", "reason")]
    [InlineData("deal.note", "text", "text")]
    [InlineData("deal.note", "notes", "notes")]
    [InlineData("deal.create", "company", "company")]
    public void Input_ids_map_to_command_argument_names(string verb, string inputId, string argument) =>
        CardInputs.ToArgumentName(verb, inputId).ShouldBe(argument);
}
