namespace FollowBot.Core.Cards;

/// <summary>
/// How card input ids map to command arguments. An input's id is the argument name (<c>text</c>,
/// <c>reason</c>, <c>when</c>), except where two actions on one card take the same argument: Adaptive Cards
/// needs ids unique within a card, and mobile clients fail to render a card whose <c>Action.ShowCard</c>s
/// repeat an input id (see CardInputsTests for the report). Those get the verb's action word in front:
/// on the deal card, Remind's text is <c>remindText</c> and Lost's reason is <c>lostReason</c>.
/// </summary>
public static class CardInputs
{
    /// <summary><c>("deal.lost", "lostReason")</c> → <c>reason</c>; ids without the prefix come back unchanged.</summary>
    public static string ToArgumentName(string verb, string inputId)
    {
        var action = verb[(verb.LastIndexOf('.') + 1)..];
        return inputId.Length > action.Length
            && inputId.StartsWith(action, StringComparison.Ordinal)
            && char.IsUpper(inputId[action.Length])
            ? char.ToLowerInvariant(inputId[action.Length]) + inputId[(action.Length + 1)..]
            : inputId;
    }
}
