using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Pkkpm.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL for one test run: initdb and pg_ctl in a temp folder, on a free loopback
/// port, started by the first test that asks and stopped, with its folder removed, when the last
/// test is done. Durability is off (fsync, synchronous_commit): nothing here outlives the run.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(Start));

    private readonly PostgresBinaries _binaries;
    private readonly string _folder;
    private int _stopped;

    private PostgresServer(PostgresBinaries binaries, string folder, int port)
    {
        _binaries = binaries;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    /// <summary>The run's server, started on first use; its failure is remembered, so it is tried once.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    private static PostgresServer Start()
    {
        var binaries = PostgresBinaries.Find();
        ServerFolders.StopOrphans(binaries);
        var folder = ServerFolders.Create();
        try { return StartIn(binaries, folder); }
        catch
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            throw;
        }
    }

    private static PostgresServer StartIn(PostgresBinaries binaries, string folder)
    {
        var data = Path.Combine(folder, "data");
        binaries.Execute("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], TimeSpan.FromSeconds(120));

        // A port is free when we ask; another process may take it before postgres binds, so try again.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                binaries.Execute("pg_ctl", ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                    $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                    "-c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB", "start"], TimeSpan.FromSeconds(90));
                // The test framework stops it at the end of the run; this is for a run that ends otherwise.
                var server = new PostgresServer(binaries, folder, port);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
            catch (InvalidOperationException e)
            {
                var log = Path.Combine(folder, "server.log");
                throw new InvalidOperationException($"{e.Message}{(File.Exists(log) ? $"; server log: {File.ReadAllText(log)}" : "")}", e);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>At the end of the run (see <see cref="PostgresTestFramework"/>); nothing if it never started.</summary>
    public static void StopIfStarted()
    {
        if (Shared.IsValueCreated && Shared.Value.IsCompletedSuccessfully) Shared.Value.Result.Stop();
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        try { _binaries.Execute("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30)); }
        catch (InvalidOperationException) { } // already gone: the folder goes all the same
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
