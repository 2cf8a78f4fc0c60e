using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Seeds;

namespace Pkkpm.Bot.Tests.Seeds;

/// <summary>A bad seed row names its file, line and reason, and nothing of the load stays.</summary>
public class SeedLoaderTests : IAsyncLifetime
{
    private ScratchDatabase _scratch = null!;
    private IDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _scratch = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        _database = _scratch.Open();
        await Migrator.ApplyAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable database) await database.DisposeAsync();
        await _scratch.DisposeAsync();
    }

    public static TheoryData<string, string[], string> BadRows => new()
    {
        { "people.csv", ["phone,name,role,group_codes", "081211110001,Sri,anggota,MAWAR", "0812,Siti,anggota,MAWAR"], "people.csv line 3: phone '0812' is not a valid Indonesian mobile number" },
        { "people.csv", ["phone,name,role,group_codes", "081211110001,Sri,ratu,MAWAR"], "people.csv line 2: role 'ratu'" },
        { "people.csv", ["phone,name,role,group_codes", "081211110001,Sri,anggota,SEMBARANG"], "people.csv line 2: group code 'SEMBARANG' is not in groups.csv" },
        { "people.csv", ["phone,name,role,group_codes", "081211110001,Sri,anggota,MAWAR", "+6281211110001,Sri lagi,anggota,MAWAR"], "people.csv line 3: phone '+6281211110001' appears twice" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senim,15:00,Rumah"], "groups.csv line 2: meeting_day 'Senim'" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", "KELOMPOKMAWAR1,KPB Mawar,Sumberejo,Senin,15:00,Rumah"], "groups.csv line 2: code 'KELOMPOKMAWAR1'" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00"], "groups.csv line 1: missing column(s) meeting_place" },
        { "loans.csv", ["phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211110001,1.000.000,2026-10-20,20,50000,mingguan"], "loans.csv line 2: principal '1.000.000' must be a positive whole number" },
        { "loans.csv", ["phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211110001,1000000,20/10/2026,20,50000,mingguan"], "loans.csv line 2: disbursed_on '20/10/2026' is not a date" },
        { "ledger.csv", ["date,phone,type,amount,note", "2026-11-02,081211110001,setoran,25000,", "2026-11-03,081211110001,penarikan,30000,"], "ledger.csv line 3: withdrawal of 30000 is more than the savings of 25000" },
        { "ledger.csv", ["date,phone,type,amount,note", "2026-11-02,081211110001,sedekah,25000,"], "ledger.csv line 2: type 'sedekah'" },
        { "ledger.csv", ["date,phone,type,amount,note", "2026-10-01,081211110001,angsuran,25000,"], "ledger.csv line 2: angsuran for a member with no loan" },
        { "ledger.csv", ["date,phone,type,amount,note", "2026-11-02,081299999999,setoran,25000,"], "ledger.csv line 2: phone '081299999999' is not in people.csv" },
        // Names and places are echoed in SMS: one character outside GSM-7 would make every such SMS UCS-2.
        { "people.csv", ["phone,name,role,group_codes", "081211110001,Sri \U0001F338,anggota,MAWAR"], "people.csv line 2: name 'Sri \U0001F338' has '\U0001F338' (U+1F338)" },
        { "people.csv", ["phone,name,role,group_codes,salutation,panggilan", "081211110001,Sri Wahyuni,anggota,MAWAR,Ibu,", "081211110002,Slamet Riyadi,anggota,MAWAR,Bapak,Met\u2764"], "people.csv line 3: panggilan 'Met\u2764' has '\u2764'" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar \u273F,Sumberejo,Senin,15:00,Rumah"], "groups.csv line 2: name 'KPB Mawar \u273F' has" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumber\u00EAjo,Senin,15:00,Rumah"], "groups.csv line 2: village 'Sumber\u00EAjo' has '\u00EA' (U+00EA)" },
        { "groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Mushola Al\u2011Ikhlas"], "groups.csv line 2: meeting_place 'Mushola Al\u2011Ikhlas' has '\u2011'" },
        { "tips.csv", ["code,category,text", "K01,keuangan,Simpan \u201crapi\u201d"], "tips.csv line 2: text has characters a basic phone cannot show" },
        { "tips.csv", ["code,category,text", "K01,gosip,Tips"], "tips.csv line 2: category 'gosip'" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_stops_the_load_naming_file_and_line(string file, string[] lines, string expected)
    {
        using var seeds = SeedFolder.Mawar().With(file, lines);

        var error = await Assert.ThrowsAsync<SeedException>(() => SeedLoader.LoadIfEmptyAsync(_database, seeds.Path, DateTimeOffset.UtcNow));

        Assert.StartsWith(expected, error.Message);
        await using var connection = _scratch.Connect();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select (select count(*) from groups) + (select count(*) from people) + (select count(*) from ledger_entries)"));
    }

    [Fact]
    public async Task Typographic_punctuation_in_names_and_places_is_folded_to_plain()
    {
        using var seeds = new SeedFolder()
            .With("groups.csv",
                "code,name,village,meeting_day,meeting_time,meeting_place",
                "MAWAR,KPB \u201cMawar\u201d,Sumberejo,Senin,15:00,Rumah Bu Sri \u2013 RT\u00A002",
                "MELATI,KPB Melati,Sumberejo,Selasa,14:00,Balai Desa")
            .With("people.csv",
                "phone,name,role,group_codes,salutation,panggilan",
                "0812-1111-0001,Siti Ma\u2019rufah,anggota,MAWAR,Ibu,Ma\u2019ruf",
                "6281211110003,Endang Susilowati,bendahara,MAWAR,Ibu,");

        await SeedLoader.LoadIfEmptyAsync(_database, seeds.Path, DateTimeOffset.UtcNow);

        await using var connection = _scratch.Connect();
        Assert.Equal("KPB \"Mawar\"|Rumah Bu Sri - RT 02", await connection.ExecuteScalarAsync<string>(
            "select name || '|' || meeting_place from groups where code = 'MAWAR'"));
        Assert.Equal("Siti Ma'rufah|Ma'ruf", await connection.ExecuteScalarAsync<string>(
            "select name || '|' || panggilan from people where phone = '+6281211110001'"));
    }

    [Fact]
    public async Task Meeting_days_load_as_groups_write_them_in_Javanese_too()
    {
        using var seeds = new SeedFolder()
            .With("groups.csv",
                "code,name,village,meeting_day,meeting_time,meeting_place",
                "MAWAR,KPB Mawar,Sumberejo,Senen,15:00,Rumah Bu Sri",
                "MELATI,KPB Melati,Sumberejo,Kemis Legi,14:00,Balai Desa",
                "ANGGREK,KPB Anggrek,Sumberejo,Jum'at,09:00,Mushola")
            .With("people.csv", "phone,name,role,group_codes", "081211110001,Sri Wahyuni,anggota,MAWAR");

        await SeedLoader.LoadIfEmptyAsync(_database, seeds.Path, DateTimeOffset.UtcNow);

        await using var connection = _scratch.Connect();
        Assert.Equal(["Senin", "Kamis", "Jumat"], (await connection.QueryAsync<string>("select meeting_day from groups order by id")).ToList());
    }

    [Fact]
    public async Task The_panggilan_column_is_optional()
    {
        using var seeds = SeedFolder.Mawar(); // its people.csv has no panggilan column

        await SeedLoader.LoadIfEmptyAsync(_database, seeds.Path, DateTimeOffset.UtcNow);

        await using var connection = _scratch.Connect();
        Assert.Equal(6, await connection.ExecuteScalarAsync<long>("select count(*) from people"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from people where panggilan is not null"));
    }

    [Fact]
    public async Task The_demo_calls_some_members_by_a_panggilan_and_two_of_one_group_alike()
    {
        await SeedLoader.LoadIfEmptyAsync(_database, BotApplication.RepoFolder("seeds"), DateTimeOffset.UtcNow);

        await using var connection = _scratch.Connect();
        Assert.Equal("Darmi", await connection.ExecuteScalarAsync<string>("select panggilan from people where name = 'Sudarmi'"));
        Assert.True(await connection.ExecuteScalarAsync<long>("""
            select count(*) from (select m.group_id, p.panggilan from people p join memberships m on m.person_id = p.id
                                   where p.panggilan is not null group by m.group_id, p.panggilan having count(*) > 1) shared
            """) > 0);
    }

    [Fact]
    public async Task The_demo_seeds_load_and_a_second_load_adds_nothing()
    {
        var first = await SeedLoader.LoadIfEmptyAsync(_database, BotApplication.RepoFolder("seeds"), DateTimeOffset.UtcNow);
        var second = await SeedLoader.LoadIfEmptyAsync(_database, BotApplication.RepoFolder("seeds"), DateTimeOffset.UtcNow);

        Assert.NotNull(first);
        Assert.Equal(6, first.Groups);
        Assert.InRange(first.People, 85, 100);
        Assert.True(first.Tips >= 40);
        Assert.Null(second);
    }
}
