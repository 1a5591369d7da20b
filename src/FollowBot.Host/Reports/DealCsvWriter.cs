using System.Globalization;
using CsvHelper;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Core.Reports;

namespace FollowBot.Host.Reports;

/// <summary>
/// Writes an export as CSV (RFC 4180, by CsvHelper) in UTF-8 with a byte order mark — without it Excel reads the
/// file in the local ANSI code page and Chinese turns to mojibake. Deals stream from the database row by row, and
/// member names are read once per export, so memory stays flat whatever the number of deals.
/// </summary>
public sealed class DealCsvWriter(IPipelineReport report, IMemberStore members)
{
    // A company named "=HYPERLINK(…)" must stay text in Excel: fields that would run as formulas are escaped.
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public async Task WriteAsync(OpenedReport export, Stream output, CancellationToken cancellationToken)
    {
        var t = export.Text;
        var names = (await members.ListAsync(export.Workspace.Id, cancellationToken)).ToDictionary(m => m.Id, m => m.DisplayName);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(t["Export_Col_" + column]);
        }

        await csv.EndRecordAsync(cancellationToken);
        var now = export.Link.AsOf;
        await foreach (var deal in report.ExportAsync(export.Workspace.Id, export.Scope.HeldBy, cancellationToken))
        {
            csv.WriteField(deal.Number.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(deal.Company);
            csv.WriteField(deal.ContactName);
            csv.WriteField(deal.Phone);
            csv.WriteField(deal.Email);
            csv.WriteField(deal.Amount?.ToString("0.##########", CultureInfo.InvariantCulture));
            csv.WriteField(deal.Currency);
            csv.WriteField(deal.Grade.ToString());
            csv.WriteField(deal.Source);
            csv.WriteField(export.Pipeline.Find(deal.Stage)?.Name(t.Locale) ?? deal.Stage);
            csv.WriteField(t["Status_" + deal.Status]);
            csv.WriteField(names.GetValueOrDefault(deal.OwnerId, ""));
            csv.WriteField(names.GetValueOrDefault(deal.StageOwnerId, ""));
            csv.WriteField(Local(deal.StageEnteredAt, export.Zone));
            csv.WriteField(deal.IsOpen && deal.StageDueAt is { } due ? Local(due, export.Zone) : "");
            csv.WriteField(deal.IsOverdue(now) ? t["Export_Yes"] : t["Export_No"]);
            csv.WriteField(deal.NextFollowUpAt is { } next ? Local(next, export.Zone) : "");
            csv.WriteField(Local(deal.CreatedAt, export.Zone));
            csv.WriteField(deal.ClosedAt is { } closed ? Local(closed, export.Zone) : "");
            await csv.EndRecordAsync(cancellationToken);
        }
    }

    private static readonly string[] Columns =
    [
        "Number", "Company", "Contact", "Phone", "Email", "Amount", "Currency", "Grade", "Source", "Stage", "Status",
        "Owner", "StageOwner", "StageEntered", "StageDue", "Overdue", "NextFollowUp", "Created", "Closed",
    ];

    // Excel reads "2026-12-01 10:00" as a date and time in every locale.
    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
