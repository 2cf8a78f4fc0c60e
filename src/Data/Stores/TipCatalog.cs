using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Which tip a person gets next: the catalogue in a fixed order that takes one tip of each category
/// in turn (K01, J01, L01, ... then K02, ...), continuing after the last tip they got, so nobody gets
/// the same tip twice in a row. Used by TIPS and by the weekly tip alike.
/// </summary>
public static class TipCatalog
{
    private const string CatalogueSql = """
        select code as Code, category as Category, text as Text
          from tips
         where @Category is null or category = @Category
         order by substr(code, 2), code;
        """;

    private const string RecordSql = "insert into tip_deliveries (person_id, tip_code, sent_at) values (@PersonId, @Code, @Now)";

    /// <summary>TIPS: one person's next tip, recorded as given.</summary>
    public static async Task<Tip?> TakeNextAsync(DbConnection connection, DbTransaction transaction, long personId, string? category, DateTimeOffset now)
    {
        using var results = await connection.QueryMultipleAsync(
            CatalogueSql + "select tip_code from tip_deliveries where person_id = @PersonId order by id desc limit 1;",
            new { PersonId = personId, Category = category }, transaction);
        var tips = (await results.ReadAsync<Tip>()).ToList();
        var last = await results.ReadSingleOrDefaultAsync<string>();
        if (After(tips, last) is not { } next) return null;
        await connection.ExecuteAsync(RecordSql, new { PersonId = personId, next.Code, Now = now }, transaction);
        return next;
    }

    /// <summary>The weekly tip: each subscriber's next tip from one read of the catalogue, recorded
    /// together, rather than a catalogue read per subscriber inside the job's transaction.</summary>
    public static async Task<IReadOnlyList<(long PersonId, Tip Tip)>> TakeNextForAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<(long PersonId, string? LastTip)> people, DateTimeOffset now)
    {
        var tips = (await connection.QueryAsync<Tip>(CatalogueSql, new { Category = (string?)null }, transaction)).ToList();
        var given = new List<(long PersonId, Tip Tip)>(people.Count);
        foreach (var (personId, lastTip) in people)
            if (After(tips, lastTip) is { } next) given.Add((personId, next));
        await connection.ExecuteAsync(RecordSql, given.Select(g => new { g.PersonId, g.Tip.Code, Now = now }), transaction);
        return given;
    }

    private static Tip? After(List<Tip> tips, string? last) =>
        tips.Count == 0 ? null : tips[(tips.FindIndex(t => t.Code == last) + 1) % tips.Count];
}
