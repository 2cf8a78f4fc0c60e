namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Date arithmetic in SQL for both databases: SQLite keeps dates as yyyy-MM-dd text and counts
/// with julianday/strftime, PostgreSQL has a date type (date - date is a number of days).
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

    public string Year(string date) => Part(date, "year", "%Y");

    public string Month(string date) => Part(date, "month", "%m");

    public string Day(string date) => Part(date, "day", "%d");

    public string IsLastDayOfMonth(string date) =>
        postgres ? $"(extract(day from {date} + 1) = 1)" : $"(strftime('%d', {date}, '+1 day') = '01')";

    /// <summary>
    /// As .NET's DateOnly.AddMonths (Loan.DueDate): the 31st of January plus a month is the 28th or
    /// 29th of February. PostgreSQL does the same; SQLite rolls over into March, so it is clamped.
    /// </summary>
    public string AddMonths(string date, string months)
    {
        if (postgres) return $"cast({date} + cast({months} as integer) * interval '1 month' as date)";
        var rolled = $"date({date}, '+' || ({months}) || ' months')";
        return $"case when strftime('%d', {rolled}) = strftime('%d', {date}) then {rolled} " +
               $"else date({rolled}, 'start of month', '-1 day') end";
    }

    /// <summary>The larger of two numbers (SQLite's max with two arguments is a plain function, not the aggregate).</summary>
    public string Greatest(string a, string b) => postgres ? $"greatest({a}, {b})" : $"max({a}, {b})";

    /// <summary>The smaller of two numbers.</summary>
    public string Least(string a, string b) => postgres ? $"least({a}, {b})" : $"min({a}, {b})";

    private string Part(string date, string field, string format) =>
        postgres ? $"cast(extract({field} from {date}) as integer)" : $"cast(strftime('{format}', {date}) as integer)";
}
