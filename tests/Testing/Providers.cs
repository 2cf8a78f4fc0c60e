using System.Reflection;
using Pkkpm.Data;
using Xunit.Sdk;

namespace Pkkpm.Testing;

/// <summary>
/// Runs a <c>[SkippableTheory]</c> once per database: <c>[SkippableTheory, Providers] public async Task X(string provider)</c>.
/// </summary>
public sealed class ProvidersAttribute : DataAttribute
{
    public static readonly string[] All = [DatabaseOptions.Sqlite, DatabaseOptions.Postgres];

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => All.Select(provider => new object[] { provider });
}
