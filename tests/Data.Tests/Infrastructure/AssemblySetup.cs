using Pkkpm.Testing.Postgres;

// The run's PostgreSQL server is stopped and removed when the last test is done.
[assembly: TestFramework(PostgresTestFramework.TypeName, PostgresTestFramework.AssemblyName)]
