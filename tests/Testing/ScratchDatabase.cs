using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Sqlite;
using Pkkpm.Testing.Postgres;

namespace Pkkpm.Testing;

/// <summary>
/// A database of one test's own, removed after it: a SQLite file in a temp folder, or a database on
/// the run's PostgreSQL server. Not <paramref name="empty"/>, a PostgreSQL database is copied from a
/// migrated template (much faster than migrating each); either way Migrator.ApplyAsync brings it up
/// to date, and applies nothing when the copy already is.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static readonly Lazy<Task> Template = new(() => MigrateTemplateAsync());
    private const string TemplateName = "pkkpm_template";

    private readonly string? _folder;
    private readonly PostgresServer? _server;

    private ScratchDatabase(string provider, string connectionString, string? folder, PostgresServer? server, string? name)
    {
        (Provider, ConnectionString, _folder, _server, Name) = (provider, connectionString, folder, server, name);
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The PostgreSQL database's name (null for SQLite).</summary>
    public string? Name { get; }

    public static async Task<ScratchDatabase> CreateAsync(string provider, bool empty = false)
    {
        if (provider == DatabaseOptions.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("pkkpm-test-").FullName;
            return new(provider, $"Data Source={Path.Combine(folder, "pkkpm.db")}", folder, null, null);
        }

        var server = await PostgresGate.ServerAsync();
        if (!empty) await Template.Value;
        var name = $"test_{Guid.NewGuid():N}";
        await CreateDatabaseAsync(server, name, empty ? "template0" : TemplateName);
        return new(provider, server.ConnectionString(name), null, server, name);
    }

    /// <summary>A plain connection to it, as a person with a SQL prompt would look at it (not yet open).</summary>
    public DbConnection Connect() => Provider == DatabaseOptions.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);

    /// <summary>A fresh IDatabase over this database (the caller disposes it).</summary>
    public IDatabase Open() => Provider == DatabaseOptions.Sqlite ? new SqliteDatabase(ConnectionString) : new PostgresDatabase(ConnectionString);

    private static async Task MigrateTemplateAsync()
    {
        var server = await PostgresServer.GetAsync();
        await CreateDatabaseAsync(server, TemplateName, "template0");
        await using var database = new PostgresDatabase(server.ConnectionString(TemplateName));
        await Migrator.ApplyAsync(database);
    }

    // One at a time: CREATE DATABASE refuses a template that another session is copying from.
    private static async Task CreateDatabaseAsync(PostgresServer server, string name, string template)
    {
        await Creating.WaitAsync();
        try { await AdminAsync(server, $"create database {name} template {template}"); }
        finally { Creating.Release(); }
    }

    private static async Task AdminAsync(PostgresServer server, string sql)
    {
        // Without pooling: a pooled connection to "postgres" would outlive the test for nothing.
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        else if (_server is not null)
        {
            // with (force): the service under test may still hold pooled connections to it.
            await AdminAsync(_server, $"drop database if exists {Name} with (force)");
        }
    }
}
