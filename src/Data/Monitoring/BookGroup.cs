namespace Pkkpm.Data.Monitoring;

/// <summary>A group in a <see cref="LoanBook"/>'s scope, as the book's lists name it.</summary>
internal sealed record BookGroup(long Id, string Code, string Name, string Village);
