using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Tests.Engine;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>What people typed, and names from the seeds, come back in replies and notices as plain
/// GSM-7: an emoji or an "á" would turn the SMS into UCS-2, two or three times the cost.</summary>
public class EchoedTextTests
{
    private const string Sri = "+6281211110001", Bendahara = "+6281211110003", Pendamping = "+6281211110009";
    private static readonly GroupRef Mawar = new(1, "MAWAR", "KPB Mawar");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 16, 0, 0, Wib.Offset));
    private readonly FakeConversationData _data = new();
    private readonly Dictionary<string, ConversationState> _states = [];

    public EchoedTextTests()
    {
        _data.People[Sri] = new Sender(1, "Sri Wahyuni", Role.Anggota, Salutations.Ibu, [Mawar]);
        _data.People[Bendahara] = new Sender(3, "Endang Susilowati", Role.Bendahara, Salutations.Ibu, [Mawar]);
        _data.People[Pendamping] = new Sender(9, "Rina Kurniawati", Role.Pendamping, Salutations.Ibu, [Mawar]);
        _data.Rosters[1] =
        [
            new RosterMember(1, 1, "Sri Wahyuni", Sri, Salutations.Ibu, Role.Anggota),
            new RosterMember(2, 2, "Siti Ḥalīmah", "+6281211110002", Salutations.Ibu, Role.Anggota),
            new RosterMember(3, 3, "Endang Susilowati", Bendahara, Salutations.Ibu, Role.Bendahara),
        ];
    }

    private async Task<TurnResult> SendAsync(string phone, string body)
    {
        _data.CurrentSenderPhone = phone;
        var message = new InboundMessage("SM1", phone, Channel.Sms, body, _clock.GetUtcNow());
        var result = await new ConversationEngine(_clock).HandleAsync(message, _states.GetValueOrDefault(phone, ConversationState.Idle), _data);
        _states[phone] = result.NextState;
        return result;
    }

    [Fact]
    public async Task An_IZIN_reason_is_echoed_without_its_emoji_and_kept_as_typed()
    {
        var result = await SendAsync(Sri, "IZIN anak sakit 🙏");

        Assert.EndsWith("tercatat: IZIN (anak sakit).", Assert.Single(result.Replies));
        Assert.Equal("anak sakit 🙏", Assert.Single(_data.Attendance.Values).Reason);
    }

    [Fact]
    public async Task A_reason_of_emoji_only_is_no_reason()
    {
        var result = await SendAsync(Sri, "sakit 🤒🤒");

        Assert.EndsWith("tercatat: SAKIT.", Assert.Single(result.Replies));
    }

    [Fact]
    public async Task A_name_from_the_seeds_is_written_in_plain_letters()
    {
        await SendAsync(Bendahara, "setor 2 50rb");

        var yes = await SendAsync(Bendahara, "ya");

        Assert.StartsWith("Tersimpan: setoran Siti Halimah Rp50.000", Assert.Single(yes.Replies));
    }

    [Fact]
    public async Task A_name_typed_with_accents_is_echoed_plainly()
    {
        var result = await SendAsync(Bendahara, "setor Bu Zulaikhá 50rb");

        Assert.StartsWith("Anggota 'Bu Zulaikha' tidak ada di KPB Mawar.", Assert.Single(result.Replies));
    }

    [Fact]
    public async Task A_broadcast_is_counted_as_the_members_will_get_it()
    {
        // 150 characters: one SMS in GSM-7; with the emoji and the curly quotes it would be three.
        var notice = "Besok pagi jam 08.00 kerja bakti di balai desa 🙏 “penting”, mohon semua anggota hadir membawa cangkul dan sapu. Matur nuwun 🌾";

        var summary = await SendAsync(Pendamping, $"umumkan MAWAR {notice}");
        await SendAsync(Pendamping, "ya");

        var body = Assert.Single(_data.Broadcasts).Body;
        Assert.Equal("Besok pagi jam 08.00 kerja bakti di balai desa \"penting\", mohon semua anggota hadir membawa cangkul dan sapu. Matur nuwun -Rina (pendamping)", body);
        Assert.Contains("1 SMS per pesan", string.Join(" ", summary.Replies));
    }

    [Fact]
    public async Task A_broadcast_of_emoji_only_is_asked_again()
    {
        var result = await SendAsync(Pendamping, "umumkan MAWAR 🙏🙏🙏");

        Assert.StartsWith("Tulis: UMUMKAN kode pesan", Assert.Single(result.Replies));
        Assert.True(result.NextState.IsIdle);
    }

    [Fact]
    public async Task A_meeting_place_goes_out_in_plain_letters()
    {
        await SendAsync(Pendamping, "rapat MAWAR senin 15.00 Rumah Bu Ḥalīmah 🏠");

        await SendAsync(Pendamping, "ya");

        Assert.Contains("di Rumah Bu Halimah. Balas HADIR", Assert.Single(_data.Broadcasts).Body);
        Assert.Equal("Rumah Bu Halimah", Assert.Single(_data.ScheduledMeetings).Place);
    }

    [Fact]
    public async Task A_TOLAK_reason_reaches_the_member_without_its_emoji()
    {
        _data.Reports.Add(new ReportedRepayment(1, "B001", 1, 1, "Sri Wahyuni", Sri, 1, 50_000, ReportStatus.Menunggu));

        var result = await SendAsync(Bendahara, "tolak B001 uangnya belum sampai 🙏");

        var notice = Assert.Single(result.Effects.OfType<QueueOutbound>()).Body;
        Assert.Contains("Alasan: uangnya belum sampai.", notice);
        Assert.True(SmsLength.IsGsm7(notice));
    }

    [Theory]
    [InlineData("tolak B001 🙏🙏", "ditolak Bu Endang (bendahara). Hubungi bendahara")]
    [InlineData("tolak B001 uangnya belum sampai ke saya bu", "Alasan: uangnya belum sam... Hubungi bendahara")]
    public async Task A_TOLAK_reason_is_said_once_and_plainly(string typed, string said)
    {
        _data.Reports.Add(new ReportedRepayment(1, "B001", 1, 1, "Sri Wahyuni", Sri, 1, 50_000, ReportStatus.Menunggu));

        var result = await SendAsync(Bendahara, typed);

        Assert.Contains(said, Assert.Single(result.Effects.OfType<QueueOutbound>()).Body);
    }

    [Fact]
    public async Task A_long_code_typed_back_is_shortened()
    {
        var result = await SendAsync(Sri, "salah K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2K7Q2");

        Assert.StartsWith("Kode K7Q2K7Q2K7Q2K7Q2K... tidak ditemukan", Assert.Single(result.Replies));
    }
}
