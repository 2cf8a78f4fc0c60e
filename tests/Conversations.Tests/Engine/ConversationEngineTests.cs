using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Tests.Engine;

public class ConversationEngineTests
{
    private static readonly GroupRef Mawar = new(1, "MAWAR", "KPB Mawar");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 16, 0, 0, Wib.Offset));
    private readonly FakeConversationData _data = new();
    private ConversationState _state = ConversationState.Idle;

    public ConversationEngineTests()
    {
        _data.People["+6281211110001"] = new Sender(1, "Sri Wahyuni", Role.Anggota, Salutations.Ibu, [Mawar]);
        _data.People["+6281211110009"] = new Sender(9, "Rina Kurniawati", Role.Pendamping, Salutations.Ibu, [Mawar, new(2, "MELATI", "KPB Melati")]);
        _data.Rosters[1] = [new RosterMember(1, 1, "Sri Wahyuni", "+6281211110001", Salutations.Ibu, Role.Anggota)];
        _data.OpeningSavings[1] = 350_000;
    }

    private async Task<TurnResult> SendAsync(string body, string phone = "+6281211110001")
    {
        var engine = new ConversationEngine(_clock);
        var message = new InboundMessage("SM1", phone, Channel.Sms, body, _clock.GetUtcNow());
        var result = await engine.HandleAsync(message, _state, _data);
        _state = result.NextState;
        return result;
    }

    [Fact]
    public async Task Saldo_reads_the_statement_and_stays_idle()
    {
        var result = await SendAsync("saldo");

        Assert.Equal("Ibu Sri (KPB Mawar): tabungan Rp350.000. Tidak ada pinjaman.", Assert.Single(result.Replies));
        Assert.True(result.NextState.IsIdle);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public async Task A_stranger_learns_nothing_and_nothing_is_read()
    {
        var result = await SendAsync("saldo", "+6285700000000");

        Assert.Equal(Texts.Unregistered, Assert.Single(result.Replies));
        Assert.Equal(0, _data.StatementReads);
    }

    [Fact]
    public async Task The_menu_greets_by_time_of_day()
    {
        var result = await SendAsync("menu");

        Assert.StartsWith("Selamat sore, Ibu Sri.", Assert.Single(result.Replies));
    }

    [Theory]
    [InlineData("Assalamualaikum")]
    [InlineData("Assalamu'alaikum wr. wb.")]
    [InlineData("asalamualaikum bu")]
    public async Task A_salam_is_answered_in_kind(string salam)
    {
        var result = await SendAsync(salam);

        Assert.StartsWith("Waalaikumsalam, Ibu Sri. Ketik: SALDO", Assert.Single(result.Replies));
    }

    [Fact]
    public async Task A_suggestion_waits_for_YA_then_answers_it()
    {
        var suggestion = await SendAsync("sapdi");
        Assert.Equal("ConfirmingSuggestion", suggestion.NextState.Step);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(30), suggestion.NextState.ExpiresAt);
        Assert.Equal(0, _data.StatementReads);

        var yes = await SendAsync("iya");

        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan", Assert.Single(yes.Replies));
        Assert.True(yes.NextState.IsIdle);
    }

    [Theory]
    [InlineData("tidak")]
    [InlineData("batal")]
    public async Task A_suggestion_can_be_declined(string answer)
    {
        await SendAsync("sapdi");

        var result = await SendAsync(answer);

        Assert.Equal("Baik Ibu Sri. Ketik MENU untuk bantuan.", Assert.Single(result.Replies));
        Assert.True(result.NextState.IsIdle);
        Assert.Equal(0, _data.StatementReads);
    }

    [Fact]
    public async Task Another_command_while_a_suggestion_waits_is_simply_answered()
    {
        await SendAsync("sapdi");

        var result = await SendAsync("menu");

        Assert.StartsWith("Selamat sore", Assert.Single(result.Replies));
        Assert.True(result.NextState.IsIdle);
    }

    [Fact]
    public async Task An_expired_suggestion_is_forgotten()
    {
        await SendAsync("sapdi");
        _clock.Advance(TimeSpan.FromMinutes(31));

        var result = await SendAsync("ya");

        Assert.Contains("tidak ada yang sedang menunggu jawaban", Assert.Single(result.Replies));
        Assert.Equal(0, _data.StatementReads);
    }

    [Fact]
    public async Task A_state_the_engine_no_longer_knows_is_treated_as_idle()
    {
        _state = new ConversationState("SomeRetiredStep", "{}", null);

        var result = await SendAsync("saldo");

        Assert.StartsWith("Ibu Sri (KPB Mawar)", Assert.Single(result.Replies));
    }

    [Fact]
    public async Task A_draft_of_the_shape_before_each_kind_had_its_own_expires_with_a_notice()
    {
        // As a summary awaiting YA was stored before drafts were split by kind: one "Draft" for all.
        _data.People["+6281211110003"] = new Sender(3, "Endang Susilowati", Role.Bendahara, Salutations.Ibu, [Mawar]);
        _state = new ConversationState("ConfirmingDraft",
            """{"Draft":{"Kind":"Setoran","GroupId":1,"GroupName":"KPB Mawar","Lines":[{"PersonId":1,"Name":"Sri Wahyuni","Amount":50000}]}}""",
            _clock.GetUtcNow().AddMinutes(20));

        var result = await SendAsync("ya", "+6281211110003");

        Assert.Equal("Ibu Endang, laporan yang belum selesai sudah dibatalkan karena layanan diperbarui. Mohon kirim ulang.", Assert.Single(result.Replies));
        Assert.Empty(_data.Entries);
        Assert.True(result.NextState.IsIdle);
    }

    [Fact]
    public async Task TIPS_gives_the_next_tip_with_its_footer()
    {
        _data.Tips.AddRange([new("K01", "keuangan", "Pisahkan uang usaha."), new("P01", "pemasaran", "Foto produk di tempat terang.")]);

        var first = await SendAsync("tips");
        var second = await SendAsync("tips");

        Assert.Equal("Pisahkan uang usaha. Balas TIPS untuk tips lain.", Assert.Single(first.Replies));
        Assert.Equal("Foto produk di tempat terang. Balas TIPS untuk tips lain.", Assert.Single(second.Replies));
    }
}
