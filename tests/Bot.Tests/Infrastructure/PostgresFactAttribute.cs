using Pkkpm.Data;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// A test that needs PostgreSQL whatever the run's provider (several instances on one database):
/// it belongs to the PostgreSQL run of the suite (PKKPM_TEST_PROVIDER=postgres) and is not in the
/// SQLite run at all, rather than run twice or reported skipped there.
/// </summary>
[XunitTestCaseDiscoverer("Pkkpm.Bot.Tests.Infrastructure.PostgresFactDiscoverer", "Pkkpm.Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute;

public sealed class PostgresFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        BotApplication.DefaultProvider == DatabaseOptions.Postgres ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}
