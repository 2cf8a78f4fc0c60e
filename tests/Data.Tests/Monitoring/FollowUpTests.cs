using Dapper;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>What waits (disputes, reports), who stopped messages or takes tips, what messages cost, and a member's statement.</summary>
public class FollowUpTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task Disputes_reports_opt_outs_and_tip_subscribers_are_counted_in_scope(string provider)
    {
        await using var db = await CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 25_000), at: On(Day(11, 23)));
        await db.TurnAsync(Message(PainemPhone), d => d.OpenDisputeAsync(entry.EntryId, "kurang", None));
        await db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));
        await db.TurnAsync(Message(TiniPhone), d => d.ReportRepaymentAsync(Kenanga, Tini, KenangaLoan, 200_000, None));
        await db.TurnAsync(Message(SriPhone), d => d.SetTipSubscriptionAsync(Sri, true, None));
        await db.TurnAsync(Message(TiniPhone), d => d.SetTipSubscriptionAsync(Tini, true, None));
        await db.ExecuteAsync("update people set opted_out_at = @At where id in (@Painem, @Tini)", new { At = Friday, Painem, Tini });
        var figures = new MonitoringFigures(db.Database);

        var rina = await figures.GetFollowUpAsync(MonitoringScope.OfPendamping(Rina));
        var programme = await figures.GetFollowUpAsync(MonitoringScope.Programme());

        Assert.Equal(new FollowUpFigures(1, 1, 1, 1), rina);
        Assert.Equal(new FollowUpFigures(1, 2, 2, 2), programme);
    }

    [SkippableTheory, Providers]
    public async Task A_village_of_many_kpb_counts_its_opt_outs_and_subscribers_as_a_small_one_does(string provider)
    {
        await using var db = await CreateAsync(provider);
        await db.TurnAsync(Message(SriPhone), d => d.SetTipSubscriptionAsync(Sri, true, None));
        await db.TurnAsync(Message(TiniPhone), d => d.SetTipSubscriptionAsync(Tini, true, None));
        await db.ExecuteAsync("update people set opted_out_at = @At where id in (@Painem, @Tini)", new { At = Friday, Painem, Tini });
        await db.ExecuteAsync("insert into people (id, phone, name, role, opted_out_at, created_at) values (900001, '+628999000001', 'Tanpa KPB', 'anggota', @At, @At)", new { At = Friday });
        var figures = new MonitoringFigures(db.Database);
        var sumberejo = MonitoringScope.OfVillages(["Sumberejo"]);
        var listed = await figures.GetFollowUpAsync(sumberejo);

        // Past MonitoringFigures.ListedUpToGroups KPB each opted-out person and subscriber is asked instead.
        await AddEmptyGroupsToSumberejoAsync(db);
        var asked = await figures.GetFollowUpAsync(sumberejo);

        Assert.Equal(new FollowUpFigures(0, 0, 1, 1), listed);
        Assert.Equal(listed, asked);
    }

    [SkippableTheory, Providers]
    public async Task A_village_of_many_kpb_counts_the_messages_to_its_people_as_a_small_one_does(string provider)
    {
        await using var db = await CreateAsync(provider);
        var inWeek = On(Day(11, 24));
        var rows = new[]
        {
            new { To = SriPhone, Body = "Saldo Ibu Rp50.000", Status = "sent", Delivery = (string?)"delivered", At = inWeek },
            new { To = PainemPhone, Body = new string('a', 161), Status = "sent", Delivery = (string?)"undelivered", At = inWeek },
            new { To = TiniPhone, Body = "di Kenanga", Status = "sent", Delivery = (string?)"delivered", At = inWeek },
            new { To = "+628999000001", Body = "nomor tak dikenal", Status = "sent", Delivery = (string?)"delivered", At = inWeek },
            new { To = SriPhone, Body = "minggu lalu", Status = "sent", Delivery = (string?)"delivered", At = On(Day(11, 20)) },
        };
        await db.ExecuteAsync("""
            insert into outbox (to_phone, channel, body, kind, status, delivery_status, sent_channel, created_at)
            values (@To, 'sms', @Body, 'receipt', @Status, @Delivery, 'sms', @At)
            """, rows);
        var figures = new MonitoringFigures(db.Database);
        var sumberejo = MonitoringScope.OfVillages(["Sumberejo"]);
        var listed = await figures.GetOutboundAsync(sumberejo, Week);

        await AddEmptyGroupsToSumberejoAsync(db);
        var asked = await figures.GetOutboundAsync(sumberejo, Week);

        Assert.Equal(new OutboundFigures(Messages: 2, Sent: 2, Delivered: 1, Failed: 1, Queued: 0, SmsSent: 2, SmsSegments: 1 + 2, SmsWithoutBody: 0), listed);
        Assert.Equal(listed, asked);
    }

    // More KPB in Sumberejo than a scope's people are listed for (with no one in them).
    private static Task AddEmptyGroupsToSumberejoAsync(Infrastructure.TestDatabase db) => db.ExecuteAsync($"""
        with recursive n(i) as (select 1 union all select i + 1 from n where i <= {MonitoringFigures.ListedUpToGroups})
        insert into groups (id, code, name, village, meeting_day, meeting_time, meeting_place)
        select 1000 + i, 'BARU' || i, 'KPB Baru', 'Sumberejo', 'Senin', '15:00', 'Balai Desa' from n
        """);

    [SkippableTheory, Providers]
    public async Task The_whole_programme_counts_only_opt_outs_and_tip_subscribers_who_belong_to_a_group(string provider)
    {
        await using var db = await CreateAsync(provider);
        await db.ExecuteAsync("update people set opted_out_at = @At where id = @Painem", new { At = Friday, Painem });
        await db.TurnAsync(Message(SriPhone), d => d.SetTipSubscriptionAsync(Sri, true, None));
        // Someone with no membership (staff, or a member removed from every list) is in no scope.
        await db.ExecuteAsync("insert into people (id, phone, name, role, opted_out_at, created_at) values (900001, '+628999000001', 'Tanpa KPB', 'anggota', @At, @At)", new { At = Friday });
        await db.ExecuteAsync("insert into tip_subscriptions (person_id, subscribed_at) values (900001, @At)", new { At = Friday });
        var figures = new MonitoringFigures(db.Database);

        var programme = await figures.GetFollowUpAsync(MonitoringScope.Programme());
        var village = await figures.GetFollowUpAsync(MonitoringScope.Programme().ToVillage("Sumberejo"));

        Assert.Equal(new FollowUpFigures(0, 0, 1, 1), programme);
        Assert.Equal(new FollowUpFigures(0, 0, 1, 1), village);
    }

    [SkippableTheory, Providers]
    public async Task Delivery_and_sms_segments_count_messages_to_people_in_scope_in_the_period(string provider)
    {
        await using var db = await CreateAsync(provider);
        var inWeek = On(Day(11, 24));
        var rows = new[]
        {
            new { To = SriPhone, Body = "Saldo Ibu Rp50.000", Status = "sent", Delivery = (string?)"delivered", Channel = (string?)"sms", At = inWeek },
            new { To = PainemPhone, Body = new string('a', 161), Status = "sent", Delivery = (string?)"undelivered", Channel = (string?)"sms", At = inWeek },
            new { To = SlametPhone, Body = "Terima kasih 🙏", Status = "sent", Delivery = (string?)"read", Channel = (string?)"whatsapp", At = inWeek },
            new { To = EndangPhone, Body = "x", Status = "failed", Delivery = (string?)null, Channel = (string?)null, At = inWeek },
            new { To = TiniPhone, Body = "di Kenanga", Status = "sent", Delivery = (string?)"delivered", Channel = (string?)"sms", At = inWeek },
            new { To = SriPhone, Body = "minggu lalu", Status = "sent", Delivery = (string?)"delivered", Channel = (string?)"sms", At = On(Day(11, 20)) },
        };
        await db.ExecuteAsync("""
            insert into outbox (to_phone, channel, body, kind, status, delivery_status, sent_channel, created_at)
            values (@To, 'sms', @Body, 'receipt', @Status, @Delivery, @Channel, @At)
            """, rows);

        var outbound = await new MonitoringFigures(db.Database).GetOutboundAsync(MonitoringScope.OfPendamping(Rina), Week);

        Assert.Equal(new OutboundFigures(Messages: 4, Sent: 3, Delivered: 2, Failed: 2, Queued: 0, SmsSent: 2, SmsSegments: 1 + 2, SmsWithoutBody: 0), outbound);
        Assert.Equal(new Ratio(2, 3), outbound.DeliveryRate);
    }

    [SkippableTheory, Providers]
    public async Task A_statement_shows_codes_reversals_who_recorded_and_the_source(string provider)
    {
        await using var db = await CreateAsync(provider);
        var deposit = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 15_000), at: On(Day(11, 23)));
        var reversal = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 15_000, ReversesEntryId: deposit.EntryId), at: On(Day(11, 24)));
        var repayment = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: On(Day(11, 24)));

        var statement = await new MonitoringFigures(db.Database).GetStatementAsync(MonitoringScope.OfPendamping(Rina), Mawar, Painem);

        Assert.Equal(
            [(deposit.Code, "setoran", 15_000L, (string?)null, (string?)reversal.Code, Day(11, 23)),
             (reversal.Code, "setoran", -15_000L, deposit.Code, null, Day(11, 24)),
             (repayment.Code, "angsuran", 55_000L, null, null, Day(11, 24))],
            statement.Select(s => (s.Code, s.Kind, s.SignedAmount, s.ReversesCode, s.ReversedByCode, s.OccurredOn)));
        Assert.All(statement, s => Assert.Equal(("Endang Susilowati", "bendahara", "sms"), (s.RecordedByName, s.RecordedByRole, s.Source)));
        Assert.Equal(PainemLoan, statement[2].LoanId);
    }
}
