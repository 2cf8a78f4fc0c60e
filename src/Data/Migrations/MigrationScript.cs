using System.Reflection;
using System.Text;

namespace Pkkpm.Data.Migrations;

/// <summary>
/// One versioned script, embedded in this assembly as Migrations/{Provider}/NNNN_name.sql, with the
/// checksum its row in schema_versions records when it is applied.
/// </summary>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Migrator.ChecksumOf(Sql);

    /// <summary>The provider's scripts, oldest first.</summary>
    public static IReadOnlyList<MigrationScript> For(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"{typeof(Migrator).Namespace}.{char.ToUpperInvariant(provider[0])}{provider[1..]}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8);
                return new MigrationScript(int.Parse(name[..4]), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }
}
