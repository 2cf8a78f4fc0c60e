namespace Pkkpm.Data.Migrations;

/// <summary>
/// The database's history of migrations does not fit this version of the code: a script was edited
/// after it was applied, or the database has scripts the code does not know. The message is one line
/// that names the migration; the service does not start.
/// </summary>
public sealed class MigrationHistoryException(string message) : Exception(message);
