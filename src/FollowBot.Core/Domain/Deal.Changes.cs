namespace FollowBot.Core.Domain;

/// <summary>A field edit as the timeline records it (before and after, as people read them).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public sealed partial class Deal
{
    public FieldChange? SetCompany(string company, DateTimeOffset now) =>
        Set("company", Company, company.Trim(), v => Company = v!, now, required: true);

    public FieldChange? SetContact(string? contact, DateTimeOffset now) =>
        Set("contact", ContactName, Clean(contact), v => ContactName = v, now);

    public FieldChange? SetPhone(string? phone, DateTimeOffset now) => Set("phone", Phone, Clean(phone), v => Phone = v, now);

    public FieldChange? SetEmail(string? email, DateTimeOffset now) => Set("email", Email, Clean(email), v => Email = v, now);

    public FieldChange? SetSource(string? source, DateTimeOffset now) => Set("source", Source, Clean(source), v => Source = v, now);

    public FieldChange? SetValue(Money value, DateTimeOffset now)
    {
        if (Amount == value.Amount && Currency == value.Currency)
        {
            return null;
        }

        var before = Value?.ToInvariantString();
        Amount = value.Amount;
        Currency = value.Currency;
        Touch(now);
        return new FieldChange("value", before, value.ToInvariantString());
    }

    public FieldChange? SetGrade(Grade grade, DateTimeOffset now)
    {
        if (Grade == grade)
        {
            return null;
        }

        var before = Grade;
        Grade = grade;
        Touch(now);
        return new FieldChange("grade", before.ToString(), grade.ToString());
    }

    public FieldChange? SetOwner(MemberId owner, DateTimeOffset now)
    {
        if (OwnerId == owner)
        {
            return null;
        }

        var before = OwnerId;
        // The stage owner follows the owner unless someone else was made accountable for this stage.
        if (StageOwnerId == OwnerId)
        {
            StageOwnerId = owner;
        }

        OwnerId = owner;
        Touch(now);
        return new FieldChange("owner", before.ToString(), owner.ToString());
    }

    public FieldChange? SetStageOwner(MemberId owner, DateTimeOffset now)
    {
        if (StageOwnerId == owner)
        {
            return null;
        }

        var before = StageOwnerId;
        StageOwnerId = owner;
        Touch(now);
        return new FieldChange("stageOwner", before.ToString(), owner.ToString());
    }

    /// <summary>An explicit deadline for the current stage (<c>due=</c>) overrides the computed one.</summary>
    public FieldChange? SetDue(DateTimeOffset due, DateTimeOffset now)
    {
        if (StageDueAt == due && DueOverridden)
        {
            return null;
        }

        var before = StageDueAt;
        StageDueAt = due;
        DueOverridden = true;
        Touch(now);
        return new FieldChange("due", before?.ToString("O"), due.ToString("O"));
    }

    /// <summary>Recomputes the deadline after a grade change, unless someone set it by hand.</summary>
    public void RecomputeDue(DateTimeOffset? due, DateTimeOffset now)
    {
        if (!DueOverridden && IsOpen && StageDueAt != due)
        {
            StageDueAt = due;
            Touch(now);
        }
    }

    private FieldChange? Set(string field, string? before, string? after, Action<string?> assign, DateTimeOffset now, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(after))
        {
            throw new ArgumentException($"{field} is required.", nameof(after));
        }

        if (before == after)
        {
            return null;
        }

        assign(after);
        Touch(now);
        return new FieldChange(field, before, after);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
