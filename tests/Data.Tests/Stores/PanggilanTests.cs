using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>What a person is called (people.panggilan) reaches the conversation with her: as a
/// sender she is addressed by it, on the roster a treasurer can name her by it.</summary>
public class PanggilanTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task The_sender_and_the_roster_carry_her_panggilan(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync("update people set panggilan = 'Nem' where id = @Painem", new { Painem });

        var sender = await db.ReadAsync(d => d.FindSenderAsync(PainemPhone, None));
        var roster = await db.ReadAsync(d => d.GetRosterAsync(Mawar, None));

        Assert.Equal("Ibu Nem", sender!.Addressed);
        Assert.Equal([null, null, "Nem"], roster.Select(m => m.Panggilan));
    }
}
