using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

public class CanonicalKeywordTests
{
    [Theory]
    [InlineData(Intent.Balance, "SALDO")]
    [InlineData(Intent.Loan, "PINJAMAN")]
    [InlineData(Intent.Deposit, "SETOR")]
    [InlineData(Intent.Repayment, "ANGSURAN")]
    [InlineData(Intent.Withdrawal, "TARIK")]
    [InlineData(Intent.MemberList, "DAFTAR")]
    [InlineData(Intent.Summary, "REKAP")]
    [InlineData(Intent.Correction, "KOREKSI")]
    [InlineData(Intent.Accept, "TERIMA")]
    [InlineData(Intent.Reject, "TOLAK")]
    [InlineData(Intent.Present, "HADIR")]
    [InlineData(Intent.Excused, "IZIN")]
    [InlineData(Intent.Sick, "SAKIT")]
    [InlineData(Intent.AttendanceRoll, "ABSEN")]
    [InlineData(Intent.History, "RIWAYAT")]
    [InlineData(Intent.Schedule, "JADWAL")]
    [InlineData(Intent.Broadcast, "UMUMKAN")]
    [InlineData(Intent.BroadcastStatus, "STATUS")]
    [InlineData(Intent.Tips, "TIPS")]
    [InlineData(Intent.Help, "MENU")]
    [InlineData(Intent.Stop, "BERHENTI")]
    [InlineData(Intent.Start, "MULAI")]
    [InlineData(Intent.Yes, "YA")]
    [InlineData(Intent.No, "TIDAK")]
    [InlineData(Intent.Cancel, "BATAL")]
    [InlineData(Intent.Continue, "LANJUT")]
    [InlineData(Intent.Skip, "LEWAT")]
    [InlineData(Intent.Greeting, "HALO")]
    [InlineData(Intent.Thanks, "TERIMA KASIH")]
    [InlineData(Intent.Disburse, "CAIR")]
    [InlineData(Intent.ArrearsList, "TUNGGAKAN")]
    [InlineData(Intent.ArrearsReminder, "INGATKAN")]
    public void NamesTheKeywordTheBotTeaches(Intent intent, string keyword)
    {
        Assert.Equal(keyword, Vocabulary.CanonicalKeyword(intent));
    }

    [Fact]
    public void ReadsEveryCanonicalKeywordBackToItsIntent()
    {
        var intents = Enum.GetValues<Intent>().Where(HasKeyword).ToList();
        Assert.Equal(34, intents.Count);
        Assert.All(intents, intent =>
            Assert.Equal(new Reading(intent, ""), MessageReader.Read(Vocabulary.CanonicalKeyword(intent), ContextOf(intent))));
    }

    [Fact]
    public void ListsTheCanonicalKeywordAmongTheWords()
    {
        // TUNGGAKAN is a word of Loan (a member's own arrears); the officers' reading turns it into the list.
        Assert.All(Enum.GetValues<Intent>().Where(HasKeyword).Where(i => i != Intent.ArrearsList), intent =>
            Assert.Contains(Vocabulary.CanonicalKeyword(intent).ToLowerInvariant(), Vocabulary.Words(intent)));
    }

    [Theory]
    [InlineData(Intent.Unknown)]
    [InlineData(Intent.Unclear)]
    public void RefusesAKeywordForWhatIsNoRequest(Intent intent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Vocabulary.CanonicalKeyword(intent));
        Assert.Empty(Vocabulary.Words(intent));
    }

    // Unknown and Unclear are what the reading says when there is nothing to act on: no word names them.
    private static bool HasKeyword(Intent intent) => intent is not (Intent.Unknown or Intent.Unclear)
        // Read by their shape (a phone number, a group code), not by a word of their own: PeopleRequests.
        && intent is not (Intent.Register or Intent.ChangeNumber or Intent.Leave or Intent.NameOfficer);

    // The group's arrears are read so only for its bendahara and pendamping; a member's TUNGGAKAN asks for her own.
    private static ReadingContext ContextOf(Intent intent) =>
        intent == Intent.ArrearsList ? new ReadingContext(People.Role.Pendamping, Awaiting.Nothing) : ReadingContext.Idle;
}
