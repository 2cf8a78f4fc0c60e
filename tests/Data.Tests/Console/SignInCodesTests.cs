using Pkkpm.Data.Console;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Console;

/// <summary>The sign-in's rows: one live code per phone, counted requests, sessions, and a key ring shared by instances.</summary>
public class SignInCodesTests
{
    [SkippableTheory, Providers]
    public async Task A_new_code_replaces_the_old_one_and_wrong_tries_end_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await db.Database.WriteAsync((c, t) => SignInCodes.ReplaceAsync(c, t, RinaPhone, Rina, "s1", "h1", 5, Friday.AddMinutes(5), Friday).ContinueWith(_ => 0));
        await db.Database.WriteAsync((c, t) => SignInCodes.ReplaceAsync(c, t, RinaPhone, Rina, "s2", "h2", 2, Friday.AddMinutes(6), Friday).ContinueWith(_ => 0));
        var replaced = await db.Database.WriteAsync((c, t) => SignInCodes.FindAsync(c, t, RinaPhone));
        await db.Database.WriteAsync(async (c, t) => { await SignInCodes.SpendTryAsync(c, t, RinaPhone); return 0; });
        var oneLeft = await db.Database.WriteAsync((c, t) => SignInCodes.FindAsync(c, t, RinaPhone));
        await db.Database.WriteAsync(async (c, t) => { await SignInCodes.SpendTryAsync(c, t, RinaPhone); return 0; });

        Assert.Equal(("h2", 2, Friday.AddMinutes(6)), (replaced!.CodeHash, replaced.TriesLeft, replaced.ExpiresAt));
        Assert.Equal(1, oneLeft!.TriesLeft);
        Assert.Null(await db.Database.WriteAsync((c, t) => SignInCodes.FindAsync(c, t, RinaPhone)));
    }

    [SkippableTheory, Providers]
    public async Task Requests_are_counted_per_phone_and_per_address_within_the_window(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        foreach (var (phone, address, minutesAgo) in new[] { (RinaPhone, "a", 1), (RinaPhone, "b", 14), (RinaPhone, "a", 16), (UnknownPhone, "a", 2) })
            await db.Database.WriteAsync(async (c, t) => { await SignInCodes.RecordRequestAsync(c, t, phone, address, Friday.AddMinutes(-minutesAgo)); return 0; });

        var counts = await db.Database.WriteAsync((c, t) => SignInCodes.CountRequestsAsync(c, t, RinaPhone, "a", Friday.AddMinutes(-15)));

        Assert.Equal((2L, 2L), counts);
    }

    [SkippableTheory, Providers]
    public async Task Two_instances_share_one_key_ring(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var other = db.OpenAnother();
        try
        {
            await db.Database.WriteAsync((c, t) => DataProtectionKeys.AddAsync(c, t, "key-1", "<key id=\"1\" />", Friday));
            await other.WriteAsync((c, t) => DataProtectionKeys.AddAsync(c, t, "key-1", "<key id=\"1\" />", Friday));

            Assert.Equal(["<key id=\"1\" />"], await other.ReadAsync(DataProtectionKeys.AllAsync));
        }
        finally
        {
            if (other is IAsyncDisposable disposable) await disposable.DisposeAsync();
        }
    }
}
