using System.Globalization;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Who claims outbox rows: this process (machine, process id and a random part, so two hosts never share a name),
/// plus a fresh suffix per claim so a sweep completes only the rows it claimed itself.
/// </summary>
public sealed class Claimant
{
    public Claimant()
        : this($"{Environment.MachineName}/{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}")
    {
    }

    public Claimant(string host) => Host = host;

    public string Host { get; }

    public string Next() => $"{Host}#{Guid.NewGuid():N}";
}
