using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pkkpm.Testing.Postgres;

/// <summary>
/// xunit's own framework, which also stops the run's PostgreSQL once every test of the assembly is
/// done and before xunit reports the assembly finished: xunit 2 has no assembly fixture, and the
/// test host may exit before a ProcessExit handler or the framework's own Dispose is through.
/// It also skips any test that throws <see cref="Xunit.SkipException"/> (PostgreSQL missing, outside
/// CI), as <c>[SkippableFact]</c> does, so a plain <c>[Fact]</c> on the provider of the run needs
/// nothing more. A test assembly opts in with
/// <c>[assembly: TestFramework(PostgresTestFramework.TypeName, PostgresTestFramework.AssemblyName)]</c>.
/// </summary>
public sealed class PostgresTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    public const string TypeName = "Pkkpm.Testing.Postgres.PostgresTestFramework";
    public const string AssemblyName = "Pkkpm.Testing";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // As xunit's own executor does, with the runner below.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics,
        IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
    {
        protected override async Task<RunSummary> RunTestCollectionAsync(IMessageBus messageBus, ITestCollection testCollection,
            IEnumerable<IXunitTestCase> testCases, CancellationTokenSource cancellationTokenSource)
        {
            // Not disposed: it would dispose the assembly's own bus with it.
            var skipping = new SkippableTestMessageBus(messageBus, [typeof(Xunit.SkipException).FullName!]);
            var summary = await base.RunTestCollectionAsync(skipping, testCollection, testCases, cancellationTokenSource);
            summary.Failed -= skipping.SkippedCount;
            summary.Skipped += skipping.SkippedCount;
            return summary;
        }

        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            Aggregator.Run(PostgresServer.StopIfStarted);
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
