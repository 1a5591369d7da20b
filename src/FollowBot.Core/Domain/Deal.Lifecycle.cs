namespace FollowBot.Core.Domain;

public sealed partial class Deal
{
    /// <summary>Enters another stage: a new deadline, snoozes start over. Terminal stages close the deal.</summary>
    public void MoveTo(StageDefinition stage, DateTimeOffset? due, DateTimeOffset now)
    {
        EnsureOpen();
        Stage = stage.Key;
        StageEnteredAt = now;
        StageDueAt = stage.IsTerminal ? null : due;
        DueOverridden = false;
        SnoozeCount = 0;
        StageOwnerId = OwnerId;
        if (stage.IsTerminal)
        {
            Status = stage.Key == Pipeline.Won ? DealStatus.Won : DealStatus.Lost;
            ClosedAt = now;
            NextFollowUpAt = null;
            NextFollowUpNote = null;
        }

        Touch(now);
    }

    /// <summary>Pushes the current deadline back (product §6: snoozing stops the nudges for now).</summary>
    public void Snooze(DateTimeOffset newDue, DateTimeOffset now)
    {
        EnsureOpen();
        StageDueAt = newDue;
        SnoozeCount++;
        Touch(now);
    }

    public void SetReminder(DateTimeOffset at, string? note, DateTimeOffset now)
    {
        EnsureOpen();
        NextFollowUpAt = at;
        NextFollowUpNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Touch(now);
    }

    /// <summary>A note changes no field but is still a change of the deal's record: it bumps the version.</summary>
    public void Noted(DateTimeOffset now) => Touch(now);

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Deal #{Number} is closed.");
        }
    }
}
