using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FollowBot.Core.Commands.Reports;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.Reports;

/// <summary>
/// Signed, expiring links to a chart or an export: <c>{PublicBaseUrl}/charts/&lt;token&gt;.png</c> and
/// <c>/exports/&lt;token&gt;.csv</c>. The token is the link's fields (95 bytes) and an HMAC-SHA256 over them, keyed per
/// workspace (HKDF from the configured secret and the workspace id), so a token can't be edited, outlive its
/// expiry, or be pointed at another workspace: any of these reads as "no such link".
/// </summary>
public sealed class ReportLinks(IOptions<ReportsOptions> options, TimeProvider time)
{
    private const byte Version = 1;
    private const int PayloadLength = 95;

    public static string PathOf(ReportLinkKind kind, string token) =>
        kind == ReportLinkKind.Chart ? $"/charts/{token}.png" : $"/exports/{token}.csv";

    /// <summary>A new link for <paramref name="link"/> as seen from <paramref name="channel"/>; null when that channel can't open FollowBot's links.</summary>
    public string? Url(ReportLink link, string channel)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.SigningKey))
        {
            return null;
        }

        var origin = o.PublicBaseUrl is { } url ? url.ToString().TrimEnd('/') : o.SameOriginChannels.Contains(channel) ? "" : null;
        return origin is null ? null : origin + PathOf(link.Kind, Sign(link));
    }

    public DateTimeOffset ExpiryFor(ReportLinkKind kind) =>
        time.GetUtcNow() + (kind == ReportLinkKind.Chart ? options.Value.ChartLifetime : options.Value.ExportLifetime);

    public string Sign(ReportLink link)
    {
        var payload = new byte[PayloadLength];
        var p = payload.AsSpan();
        p[0] = Version;
        p[1] = (byte)link.Kind;
        link.Workspace.Value.TryWriteBytes(p[2..18], bigEndian: true, out _);
        link.Asker.Value.TryWriteBytes(p[18..34], bigEndian: true, out _);
        p[34] = (byte)link.Scope;
        (link.Person?.Value ?? Guid.Empty).TryWriteBytes(p[35..51], bigEndian: true, out _);
        p[51] = (byte)link.Period.Kind;
        BinaryPrimitives.WriteInt32BigEndian(p[52..56], link.Period.FirstDay.DayNumber);
        BinaryPrimitives.WriteInt32BigEndian(p[56..60], link.Period.LastDay.DayNumber);
        BinaryPrimitives.WriteInt64BigEndian(p[60..68], link.Period.From.UtcTicks);
        BinaryPrimitives.WriteInt64BigEndian(p[68..76], link.Period.To.UtcTicks);
        BinaryPrimitives.WriteInt64BigEndian(p[76..84], link.AsOf.UtcTicks);
        BinaryPrimitives.WriteInt64BigEndian(p[84..92], link.ExpiresAt.ToUnixTimeSeconds());
        p[92] = link.Locale == Locales.Chinese ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16BigEndian(p[93..95], (ushort)link.Period.Days);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Mac(link.Workspace, payload));
    }

    /// <summary>The link a token stands for, or null when it is malformed, tampered with, of another kind, or expired.</summary>
    public ReportLink? Verify(string token, ReportLinkKind kind)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 400 || string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            return null;
        }

        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }

        if (payload.Length != PayloadLength || payload[0] != Version || payload[1] != (byte)kind)
        {
            return null;
        }

        var workspace = new WorkspaceId(new Guid(payload.AsSpan(2, 16), bigEndian: true));
        if (!CryptographicOperations.FixedTimeEquals(mac, Mac(workspace, payload)))
        {
            return null;
        }

        var link = Read(kind, workspace, payload);
        return link is null || link.ExpiresAt <= time.GetUtcNow() ? null : link;
    }

    private static ReportLink? Read(ReportLinkKind kind, WorkspaceId workspace, ReadOnlySpan<byte> p)
    {
        var scope = (PipelineScope)p[34];
        var periodKind = (PeriodKind)p[51];
        if (!Enum.IsDefined(scope) || !Enum.IsDefined(periodKind))
        {
            return null;
        }

        var person = new Guid(p[35..51], bigEndian: true);
        var period = new ReportPeriod(
            periodKind,
            DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32BigEndian(p[52..56])),
            DateOnly.FromDayNumber(BinaryPrimitives.ReadInt32BigEndian(p[56..60])),
            new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(p[60..68]), TimeSpan.Zero),
            new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(p[68..76]), TimeSpan.Zero),
            "") { Days = BinaryPrimitives.ReadUInt16BigEndian(p[93..95]) };
        return new ReportLink(
            kind,
            workspace,
            new MemberId(new Guid(p[18..34], bigEndian: true)),
            scope,
            person == Guid.Empty ? null : new MemberId(person),
            period,
            new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(p[76..84]), TimeSpan.Zero),
            p[92] == 1 ? Locales.Chinese : Locales.English,
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(p[84..92])));
    }

    private byte[] Mac(WorkspaceId workspace, byte[] payload)
    {
        // One key per workspace: the same secret never signs two workspaces' links alike.
        var secret = Encoding.UTF8.GetBytes(options.Value.SigningKey ?? throw new InvalidOperationException("FollowBot:Reports:SigningKey is not set."));
        var info = Encoding.ASCII.GetBytes("followbot/report-link/" + workspace.Value.ToString("N"));
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, salt: [], info: info);
        return HMACSHA256.HashData(key, payload);
    }
}
