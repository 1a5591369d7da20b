using System.Diagnostics;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace FollowBot.Core.Commands;

/// <summary>
/// The one entry point of every channel: resolve who and where, parse or bind, check the role, route to the
/// handler. Every envelope gets an answer in the member's language; nothing escapes as an exception.
/// </summary>
public sealed class CommandEngine(
    MemberDirectory directory,
    ISlaStore slas,
    IConversationStore conversations,
    TextCommandParser parser,
    CommandRouter router,
    Core.FollowUps.NudgeFreshness nudges,
    WorkspaceSettings settings,
    TimeProvider time,
    ILogger<CommandEngine> logger)
{
    public async Task<CommandOutcome> HandleAsync(CommandEnvelope envelope, CancellationToken cancellationToken)
    {
        var texts = Texts.For(envelope.Actor.Locale ?? settings.Defaults.DefaultLocale);
        try
        {
            var now = time.GetUtcNow();
            var (workspace, member) = await directory.ResolveAsync(envelope.Workspace, envelope.Actor, now, cancellationToken);
            texts = Texts.For(member.LocaleOr(workspace.Locale));
            if (envelope.Conversation is { } reference)
            {
                await conversations.SaveAsync(workspace.Id, member.Id, reference, cancellationToken);
            }

            var context = new CommandContext
            {
                Workspace = workspace,
                Actor = member,
                Text = texts,
                Now = now,
                Channel = envelope.Channel,
                MessageLink = envelope.MessageLink,
                Pipeline = settings.Pipeline.WithSla(await slas.ListAsync(workspace.Id, cancellationToken)),
                Calendar = settings.Calendar,
                Scope = await directory.ScopeAsync(member, cancellationToken),
            };
            var bind = new BindContext(context.Today, workspace.DefaultCurrency);
            var parsed = envelope.Action is { } action
                ? parser.ParseAction(action.Verb, action.Data, bind)
                : parser.Parse(envelope.Text, bind);
            if (parsed.Command is null)
            {
                // A form can show the error beside the input it is about (modal field errors).
                var fields = envelope.Action is { } form ? FormFieldErrors.Attribute(parsed, form.Data, texts) : null;
                return CommandOutcome.Error(Explain(parsed, texts)) with { FieldErrors = fields };
            }

            if (member.Role < parsed.Spec!.MinimumRole)
            {
                return CommandOutcome.Error(texts.Format("Error_RoleRequired", texts["Role_" + parsed.Spec.MinimumRole]));
            }

            // A button on a nudge about a stage or deadline that has since moved on answers "out of date" (product §6).
            var outcome = (envelope.Action is { } clicked ? await nudges.CheckAsync(clicked.Data, context, cancellationToken) : null)
                ?? await router.RouteAsync(parsed.Command, context, cancellationToken);
            return outcome with { Replies = outcome.Replies.Select(r => r.Card is { } card ? r with { Card = card with { Locale = texts.Locale } } : r).ToList() };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // the answer to a member must never be an exception: log it, tell them kindly
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N")[..12];
            Log.CommandFailed(logger, ex, traceId, envelope.Workspace.Key, envelope.Actor.ExternalId, envelope.Action?.Verb ?? FirstWord(envelope.Text));
            return CommandOutcome.Error(texts.Format("Error_Unexpected", traceId));
        }
    }

    /// <summary>One friendly line: what was wrong, then how to write it (the command's usage, or a pointer to help).</summary>
    public static string Explain(ParsedCommand parsed, Texts texts)
    {
        var what = texts.Format(parsed.ErrorKey ?? "Error_Usage", parsed.ErrorArgs);
        var how = parsed.Spec is { } spec
            ? texts.Format("Error_UsageHint", texts[spec.UsageKey])
            : texts["Error_HelpHint"];
        return what + " " + how;
    }

    private static string FirstWord(string? text) => (text ?? "").Trim().Split(' ', 2)[0];
}
