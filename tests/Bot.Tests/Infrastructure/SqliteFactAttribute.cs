using Pkkpm.Data;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// A test of something only SQLite has (its backup command): it belongs to the SQLite run of the
/// suite and is not in the PostgreSQL run at all, the mirror of <see cref="PostgresFactAttribute"/>.
/// </summary>
[XunitTestCaseDiscoverer("Pkkpm.Bot.Tests.Infrastructure.SqliteFactDiscoverer", "Pkkpm.Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteFactAttribute : FactAttribute;

public sealed class SqliteFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        BotApplication.DefaultProvider == DatabaseOptions.Sqlite ? base.Discover(discoveryOptions, testMethod, factAttribute) : [];
}
