using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench;

/// <summary>
/// Wraps the provider's <see cref="IPipelineReport"/> and keeps the last query and figures, so the benchmark times
/// exactly the query the <c>pipeline all</c> command asked for rather than one rebuilt by hand.
/// </summary>
internal sealed class RecordingPipelineReport(IPipelineReport inner, RecordingPipelineReport.Record record) : IPipelineReport
{
    public async Task<PipelineFigures> SummarizeAsync(PipelineQuery query, CancellationToken cancellationToken)
    {
        var figures = await inner.SummarizeAsync(query, cancellationToken);
        (record.Query, record.Figures) = (query, figures);
        return figures;
    }

    public IAsyncEnumerable<Deal> ExportAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId>? heldBy, CancellationToken cancellationToken) =>
        inner.ExportAsync(workspace, heldBy, cancellationToken);

    /// <summary>Puts the recorder around whichever report AddFollowBot registered for the provider.</summary>
    public static void Decorate(IServiceCollection services, Record record)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IPipelineReport));
        var type = registered.ImplementationType ?? throw new InvalidOperationException("IPipelineReport is not registered by type.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(type, type, registered.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IPipelineReport), sp => new RecordingPipelineReport((IPipelineReport)sp.GetRequiredService(type), record), registered.Lifetime));
    }

    internal sealed class Record
    {
        public PipelineQuery? Query { get; set; }

        public PipelineFigures? Figures { get; set; }
    }
}
