using Dapper;
using Pkkpm.Bot.ProgrammeConsole.Groups;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.PeopleConsole;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.ConsoleForms;

/// <summary>
/// A schedule changed in the console (/console/kpb/{kode}/jadwal) is told to every member of the group
/// by one SMS, on RAPAT's path (a broadcast the fan-out puts into the outbox), recorded with the change
/// or not at all. The clock is Friday 27 November 2026; MAWAR meets every Monday at 15:00 and has four
/// members (Sri, Slamet, Endang, Sri Rejeki); Tri is in MELATI.
/// </summary>
public class ScheduleNoticeTests
{
    private const string Form = "/console/kpb/MAWAR/jadwal";
    private const string Sri = "+6281211110001", Slamet = "+6281211110002", Endang = "+6281211110003", SriRejeki = "+6281211110004", Tri = "+6281211110010";

    private static Dictionary<string, string> Fortnightly(string place = "Balai Desa") => new()
    {
        ["Kekerapan"] = "dwimingguan", ["Hari"] = "Senin", ["Jam"] = "15:30", ["Tempat"] = place, ["Mulai"] = "2026-11-23",
    };

    [Fact]
    public async Task Every_member_of_the_group_gets_one_SMS_about_the_new_schedule()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, Fortnightly());
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.EndsWith("Pertemuan berikutnya: Senin 07/12/2026. 4 anggota akan diberi tahu lewat SMS.", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Jadwal KPB Mawar tersimpan. Pertemuan berikutnya: Senin 07/12/2026. 4 anggota diberi tahu lewat SMS.", PeopleForms.Shown(saved.Page, "hasil"));
        const string Notice = "Jadwal pertemuan KPB Mawar berubah: dwimingguan (tiap 14 hari), Senin, jam 15.30 di Balai Desa, mulai Senin 07/12. Info: pendamping Ibu Rina.";
        var notices = (await app.OutboxAsync()).Where(m => m.Kind == "meeting").ToList();
        Assert.Equal([Sri, Slamet, Endang, SriRejeki], notices.Select(m => m.ToPhone).Order());
        Assert.All(notices, m => Assert.Equal(Notice, m.Body));
        Assert.True(SmsLength.FitsOneSegment(Notice));
        Assert.Empty(await app.OutboxAsync(Tri));
        Assert.DoesNotContain(await app.OutboxAsync(Rina), m => m.Kind == "meeting");
        // Sent from the console by Rina: no message stands in for it.
        await using var db = app.OpenDatabase();
        Assert.Equal(("console", (string?)null, Rina), await db.QuerySingleAsync<(string, string?, string)>(
            "select b.source, b.source_message_sid, p.phone from broadcasts b join people p on p.id = b.sent_by_person_id"));
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("select count(*) from inbound_messages where from_phone = 'console'"));
    }

    [Fact]
    public async Task A_member_who_opted_out_is_not_sent_the_notice()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Slamet, "BERHENTI");
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, Fortnightly());
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.EndsWith("3 anggota akan diberi tahu lewat SMS (1 berhenti langganan tidak dikirimi).", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.EndsWith("3 anggota diberi tahu lewat SMS.", PeopleForms.Shown(saved.Page, "hasil"));
        await app.BroadcastsExpandedAsync();
        await using var connection = app.OpenDatabase();
        var rows = (await connection.QueryAsync<(string Phone, string Status)>(
            "select to_phone, status from outbox where kind = 'meeting' order by to_phone")).ToList();
        Assert.Equal([(Sri, "queued"), (Slamet, "skipped"), (Endang, "queued"), (SriRejeki, "queued")], rows);
    }

    [Fact]
    public async Task The_notice_fits_one_SMS_with_a_40_character_place()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        const string Typed = "Rumah Bu Sri’ah, RT 003 RW 05 Dsn Krajan"; // a phone's curly apostrophe, folded by the form

        var summary = await browser.ProposeAsync(Form, new()
        {
            ["Kekerapan"] = "selapanan", ["Hari"] = "Kamis", ["Jam"] = "14:00", ["Tempat"] = Typed, ["Mulai"] = "2026-10-01",
        });
        await browser.ConfirmAsync(Form, summary.Page);

        var notice = Assert.Single(await app.OutboxAsync(Sri)).Body;
        Assert.Equal("Jadwal KPB Mawar berubah: selapanan Kamis Legi, jam 14.00 di Rumah Bu Sri'ah, RT 003 RW 05 Dsn Krajan, mulai Kamis 10/12. -Rina", notice);
        Assert.True(SmsLength.FitsOneSegment(notice));
    }

    [Theory]
    [InlineData("mingguan", null)]
    [InlineData("dwimingguan", "2026-11-23")]
    [InlineData("bulanan", "2026-11-30")]
    [InlineData("selapanan", "2026-11-30")]
    public void Every_cadence_fits_one_SMS_with_a_crowdedgroup_name_and_place(string cadence, string? first)
    {
        var schedule = new MeetingSchedule("Senin", new TimeOnly(15, 30), new string('x', 40), cadence, first is null ? null : DateOnly.Parse(first));
        var by = new Sender(1, "Rina Kurniawati", Role.Pendamping, "Ibu", []);

        var full = ScheduleNotice.Text("KPB Mawar", schedule with { Place = "Balai Desa" }, new DateOnly(2026, 12, 7), by);
        var crowded = ScheduleNotice.Text("KPB Sekar Melati Dusun Krajan Kidul", schedule, new DateOnly(2026, 12, 7), by);

        Assert.StartsWith("Jadwal pertemuan KPB Mawar berubah: ", full);
        Assert.True(SmsLength.FitsOneSegment(full), full);
        Assert.True(SmsLength.FitsOneSegment(crowded), crowded);
        Assert.Contains("Senin 07/12", crowded);
    }

    [Fact]
    public async Task Saving_the_same_schedule_sends_nothing()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, new()
        {
            ["Kekerapan"] = "mingguan", ["Hari"] = "Senin", ["Jam"] = "15:00", ["Tempat"] = "Rumah Bu Sri", ["Mulai"] = "",
        });
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.EndsWith("Jadwal sama seperti sekarang: tidak ada SMS ke anggota.", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Jadwal KPB Mawar tersimpan. Pertemuan berikutnya: Senin 30/11/2026.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from broadcasts"));
    }

    [Fact]
    public async Task A_refused_save_sends_nothing()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var summary = await browser.ProposeAsync(Form, Fortnightly());
        var before = await app.FormsSnapshotAsync();

        var fields = Fortnightly();
        fields["Mulai"] = "2026-11-24"; // a Tuesday: refused on "Ya" by the rules the summary passed
        fields["Ringkasan"] = PeopleForms.Shown(summary.Page, "ringkasan")!;
        var refused = await browser.PostWithTokenAsync(Form + "?handler=Simpan", fields);
        await app.Twilio.SmsAsync(Slamet, "BERHENTI"); // the group changes under the summary: shown again, not saved
        var again = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal("Pertemuan pertama 24/11/2026 jatuh hari Selasa, bukan Senin. Samakan hari dan tanggalnya.", PeopleForms.Shown(refused.Page, "alasan"));
        Assert.EndsWith("3 anggota akan diberi tahu lewat SMS (1 berhenti langganan tidak dikirimi).", PeopleForms.Shown(again.Page, "ringkasan"));
        Assert.Null(PeopleForms.Shown(again.Page, "hasil"));
        Assert.Equal(before, await app.FormsSnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from broadcasts"));
    }
}
