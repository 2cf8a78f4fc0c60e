using System.Data;
using System.Globalization;
using Dapper;

namespace Pkkpm.Data;

/// <summary>
/// Moments (DateTimeOffset, always UTC) and calendar dates (DateOnly) go to the database as typed
/// parameters and come back typed, on both providers: Microsoft.Data.Sqlite writes them as text
/// ("2026-11-27 03:00:00.5+00:00", "2026-11-27"), Npgsql as timestamptz and date.
/// </summary>
public static class DapperTypes
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        // Dapper maps these types to a DbType itself and would never call a handler for a
        // parameter; without the map entries it does, so every moment is made UTC on the way in.
        foreach (var type in new[] { typeof(DateTimeOffset), typeof(DateTimeOffset?), typeof(DateOnly), typeof(DateOnly?) })
            SqlMapper.RemoveTypeMap(type);
        SqlMapper.AddTypeHandler(new MomentHandler());
        SqlMapper.AddTypeHandler(new DayHandler());
        return true;
    });

    /// <summary>Once per process; every database class calls it before its first command.</summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>A moment as it is stored: UTC, whole microseconds. For parameters Dapper does not set.</summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private sealed class MomentHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        // UTC only: SQLite then compares one text form (an offset would break "<=" on text), and
        // Npgsql refuses a non-zero offset for timestamptz. Whole microseconds, PostgreSQL's
        // precision, so both databases hold the same moment and a value reads back as written.
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = Stored(value);

        public override DateTimeOffset Parse(object value) => value switch
        {
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            DateTime moment => new DateTimeOffset(DateTime.SpecifyKind(moment, DateTimeKind.Utc)), // Npgsql: timestamptz, Kind Utc
            DateTimeOffset moment => moment.ToUniversalTime(),
            _ => throw new InvalidCastException($"{value.GetType().Name} is not a moment"),
        };
    }

    private sealed class DayHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value) => parameter.Value = value;

        public override DateOnly Parse(object value) => value switch
        {
            string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime day => DateOnly.FromDateTime(day), // Npgsql reads date as DateTime by default
            DateOnly day => day,
            _ => throw new InvalidCastException($"{value.GetType().Name} is not a date"),
        };
    }
}
