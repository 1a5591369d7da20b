using FollowBot.Core.Commands;
using FollowBot.Core.Persistence;
using FollowBot.Teams.Protocol;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Stores where a member can be reached from an activity that is not a command (installs, conversation updates):
/// Teams does not reliably send conversationUpdate on a 1:1 install, so every authenticated activity refreshes it.
/// Commands need nothing from here: the engine stores the envelope's reference itself.
/// </summary>
internal sealed class ReferenceRecorder(MemberDirectory directory, IConversationStore conversations, TimeProvider time)
{
    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        var envelope = ActivityTranslator.Envelope(activity, null, null);
        var (workspace, member) = await directory.ResolveAsync(envelope.Workspace, envelope.Actor, time.GetUtcNow(), cancellationToken);
        await conversations.SaveAsync(workspace.Id, member.Id, envelope.Conversation!, cancellationToken);
    }
}
