namespace Pkkpm.Bot.Backup;

/// <summary>Why no backup was written, said in one line to the person who asked for it.</summary>
internal sealed class BackupException(string message) : Exception(message);
