namespace FollowBot.Teams.Protocol;

/// <summary>The activity types and invoke names FollowBot acts on; every other one is accepted and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string ExecuteAction = "Action.Execute";
}
