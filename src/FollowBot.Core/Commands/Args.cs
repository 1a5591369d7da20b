using FollowBot.Core.Commands.Parsing;
using FollowBot.Core.Domain;
using FollowBot.Core.Time;

namespace FollowBot.Core.Commands;

/// <summary>Binding helpers shared by the command records: each reads one kind of value or says what was wrong.</summary>
internal static class Args
{
    public static BindResult? Deal(CommandInput input, out int number)
    {
        number = 0;
        var text = input.GetOrPositional("deal", 0);
        if (text is null)
        {
            return BindResult.Fail("Error_MissingDeal");
        }

        return ValueParsers.TryParseDealNumber(text, out number) ? null : BindResult.Fail("Error_bad_deal", text);
    }

    public static BindResult? Money(string? text, BindContext context, out Money? money)
    {
        money = null;
        if (text is null)
        {
            return null;
        }

        if (!ValueParsers.TryParseAmount(text, context.DefaultCurrency, out var amount, out var currency))
        {
            return BindResult.Fail("Error_bad_amount", text);
        }

        money = new Money(amount, currency);
        return null;
    }

    public static BindResult? Grade(string? text, out Grade? grade)
    {
        grade = null;
        if (text is null)
        {
            return null;
        }

        if (!ValueParsers.TryParseGrade(text, out var g))
        {
            return BindResult.Fail("Error_bad_grade", text);
        }

        grade = (Grade)(g - 'A');
        return null;
    }

    public static BindResult? Person(string? text, out PersonRef? person)
    {
        person = null;
        if (text is null)
        {
            return null;
        }

        if (!ValueParsers.TryParsePerson(text, out var p))
        {
            return BindResult.Fail("Error_bad_person", text);
        }

        person = p;
        return null;
    }

    public static BindResult? Duration(string? text, out BusinessDuration duration)
    {
        duration = default;
        if (text is null)
        {
            return BindResult.Fail("Error_MissingDuration");
        }

        if (!ValueParsers.TryParseDuration(text, out var days, out var time) || (days == 0 && time <= TimeSpan.Zero))
        {
            return BindResult.Fail("Error_bad_duration", text);
        }

        duration = new BusinessDuration(days, time);
        return null;
    }

    /// <summary>A date (today-relative words allowed) with an optional time of day in the next word.</summary>
    public static BindResult? When(string? text, string? maybeTime, BindContext context, out LocalMoment? when, out bool usedTime)
    {
        when = null;
        usedTime = false;
        if (text is null)
        {
            return BindResult.Fail("Error_MissingWhen");
        }

        if (ValueParsers.TryParseDate(text, context.Today, out var date))
        {
            TimeOnly? at = null;
            if (maybeTime is not null && ValueParsers.TryParseTimeOfDay(maybeTime, out var t))
            {
                at = t;
                usedTime = true;
            }

            when = new LocalMoment(date, at, null);
            return null;
        }

        if (ValueParsers.TryParseDuration(text, out var days, out var time) && (days > 0 || time > TimeSpan.Zero))
        {
            when = new LocalMoment(null, null, new BusinessDuration(days, time));
            return null;
        }

        return ValueParsers.TryParseTimeOfDay(text, out var only)
            ? Ok(out when, new LocalMoment(context.Today, only, null))
            : BindResult.Fail("Error_bad_date", text);
    }

    private static BindResult? Ok(out LocalMoment? when, LocalMoment value)
    {
        when = value;
        return null;
    }
}

/// <summary>
/// A moment as typed: a local date (with an optional time of day) in the member's zone, or a span from now.
/// Handlers turn it into an instant with <see cref="LocalMomentExtensions.Resolve"/>.
/// </summary>
public sealed record LocalMoment(DateOnly? Date, TimeOnly? Time, BusinessDuration? FromNow);
