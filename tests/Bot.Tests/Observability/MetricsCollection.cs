using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>
/// A meter is heard by every MeterProvider in the process, so services running side by side in
/// this test process would count each other's turns: the tests that read counts run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection : ICollectionFixture<TwilioMockFixture>
{
    public const string Name = "Metrics, alone";
}
