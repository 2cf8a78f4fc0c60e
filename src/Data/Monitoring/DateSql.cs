namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Date arithmetic in SQL for both databases: SQLite keeps dates as yyyy-MM-dd text and counts
/// with julianday, PostgreSQL has a date type (date - date is a number of days). A loan's due
/// dates are Loan's to compute (LoanBook reads the day it was disbursed as a number).
/// </summary>
internal sealed class DateSql(bool postgres)
{
    public bool Postgres => postgres;

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public string DaysBetween(string from, string to) =>
        postgres ? $"({to} - {from})" : $"cast(julianday({to}) - julianday({from}) as integer)";

    /// <summary>The date as .NET's DateOnly.DayNumber (days since 1 January of year 1): a number to read, no text to parse.</summary>
    public string DayNumber(string date) =>
        postgres ? $"({date} - date '0001-01-01')" : $"cast(julianday({date}) - 1721425.5 as integer)";

    /// <summary>The Monday of the week (Senin-Minggu) that holds <paramref name="date"/>.</summary>
    public string WeekStart(string date) =>
        postgres ? $"cast(date_trunc('week', {date}) as date)" : $"date({date}, 'weekday 0', '-6 days')";
}
