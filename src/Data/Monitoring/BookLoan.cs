namespace Pkkpm.Data.Monitoring;

/// <summary>A loan in a <see cref="LoanBook"/>: its amounts at the end of the book's day, whole rupiah.</summary>
/// <param name="DueAmount">The instalments fallen due by then, times the instalment amount.</param>
/// <param name="Arrears">What was due and not paid (a part-paid instalment's rest included).</param>
/// <param name="DaysLate">Days since the first instalment not fully paid fell due; 0 when nothing is late.</param>
internal readonly record struct BookLoan(long LoanId, long PersonId, long GroupId, long InstalmentAmount, long Repaid, long Outstanding,
    long DueAmount, long Arrears, int DaysLate);
