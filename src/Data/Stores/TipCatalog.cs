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
    private const string Sql = """
        select code as Code, category as Category, text as Text
          from tips
         where @Category is null or category = @Category
         order by substr(code, 2), code;
        select tip_code from tip_deliveries where person_id = @PersonId order by id desc limit 1;
        """;

    public static async Task<Tip?> TakeNextAsync(DbConnection connection, DbTransaction transaction, long personId, string? category, DateTimeOffset now)
    {
        using var results = await connection.QueryMultipleAsync(Sql, new { PersonId = personId, Category = category }, transaction);
        var tips = (await results.ReadAsync<Tip>()).ToList();
        var last = await results.ReadSingleOrDefaultAsync<string>();
        if (tips.Count == 0) return null;

        var lastIndex = tips.FindIndex(t => t.Code == last);
        var next = tips[(lastIndex + 1) % tips.Count];
        await connection.ExecuteAsync(
            "insert into tip_deliveries (person_id, tip_code, sent_at) values (@PersonId, @Code, @Now)",
            new { PersonId = personId, next.Code, Now = now }, transaction);
        return next;
    }
}
