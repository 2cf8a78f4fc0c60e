using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

/// <summary>Every word people use, from domain.md and the product brief, read back to its intent.</summary>
public class VocabularyWordsTests
{
    [Theory]
    [InlineData(Intent.Balance, "saldo|cek saldo|ceksaldo|sisa|tabungan|tab|simpanan|brp saldo|pinten")]
    [InlineData(Intent.Loan, "pinjaman|utang|hutang|sisa pinjaman|sisa utang|tagihan|tunggakan|kredit")]
    [InlineData(Intent.Deposit, "setor|setoran|stor|nabung|simpan|tabung|wajib|sukarela|pokok")]
    [InlineData(Intent.Repayment, "angsuran|angsur|cicilan|cicil|nyicil|bayar")]
    [InlineData(Intent.Withdrawal, "tarik|penarikan|ambil tabungan")]
    [InlineData(Intent.MemberList, "daftar|anggota")]
    [InlineData(Intent.Summary, "rekap|laporan")]
    [InlineData(Intent.Correction, "koreksi|ralat|salah")]
    [InlineData(Intent.Accept, "terima|setuju")]
    [InlineData(Intent.Reject, "tolak")]
    [InlineData(Intent.Present, "hadir|datang|ikut")]
    [InlineData(Intent.Excused, "izin|ijin|berhalangan|tidak bisa datang|tdk bisa datang|gak bisa datang|mboten saged rawuh|ora iso teko")]
    [InlineData(Intent.Sick, "sakit")]
    [InlineData(Intent.AttendanceRoll, "absen|absensi|presensi")]
    [InlineData(Intent.History, "riwayat|mutasi")]
    [InlineData(Intent.Schedule, "jadwal|kapan kumpul|pertemuan|rapat|kumpulan")]
    [InlineData(Intent.Broadcast, "umumkan|pengumuman|undangan")]
    [InlineData(Intent.BroadcastStatus, "status")]
    [InlineData(Intent.Tips, "tips|tip|kiat|usaha")]
    [InlineData(Intent.Help, "menu|bantuan|bantu|tolong|help|cara")]
    [InlineData(Intent.Stop, "berhenti|stop|unreg|off|keluar|unsubscribe|end|quit|optout|stopall")]
    [InlineData(Intent.Start, "mulai|start|unstop|daftar ulang")]
    [InlineData(Intent.Yes, "ya|y|iya|ok|oke|okey|sip|betul|benar|nggih|injih|leres")]
    [InlineData(Intent.No, "tidak|tdk|gak|ga|nggak|ngga|gk|bukan|mboten|no")]
    [InlineData(Intent.Cancel, "batal|cancel|batalkan")]
    [InlineData(Intent.Continue, "lanjut|lanjutkan")]
    [InlineData(Intent.Skip, "lewat|lewati|skip")]
    [InlineData(Intent.Greeting, "halo|hallo|hai|assalamualaikum|selamat pagi|selamat siang|selamat sore|selamat malam|pagi|siang|sore|malam|sugeng enjing")]
    [InlineData(Intent.Thanks, "terima kasih|makasih|mksh|trims|thanks|matur nuwun|suwun")]
    public void ReadsEachWordAlone(Intent expected, string words)
    {
        Assert.All(words.Split('|'), word => Assert.Equal(new Reading(expected, ""), MessageReader.Read(word)));
    }

    [Theory]
    [InlineData(Intent.Balance, "saldo|cek saldo|tabungan|sisa|pinten")]
    [InlineData(Intent.Deposit, "setor|stor|nabung|wajib")]
    [InlineData(Intent.Excused, "izin|tdk bisa datang|mboten saged rawuh")]
    [InlineData(Intent.Yes, "ya|ok|nggih")]
    [InlineData(Intent.Thanks, "terima kasih|matur nuwun")]
    public void ReadsEachWordFollowedByArguments(Intent expected, string words)
    {
        Assert.All(words.Split('|'), word =>
            Assert.Equal(new Reading(expected, "Sri 50.000"), MessageReader.Read($"{word} Sri 50.000")));
    }

    [Theory]
    [InlineData("gerah")]
    [InlineData("meriang")]
    [InlineData("masuk angin")]
    [InlineData("tidak enak badan")]
    [InlineData("ora kepenak")]
    [InlineData("lagi demam")]
    public void ReadsAnIllnessInItsOwnWordsAsSick(string text)
    {
        Assert.Equal(new Reading(Intent.Sick, text), MessageReader.Read(text));
    }

    [Fact]
    public void ReadsInfoAsAnAnnouncementOnlyFromAPendamping()
    {
        Assert.Equal(Intent.Broadcast, MessageReader.Read("info MAWAR besok libur", new ReadingContext(People.Role.Pendamping, Awaiting.Nothing)).Intent);
        Assert.Equal(Intent.Unknown, MessageReader.Read("info loker pabrik", new ReadingContext(People.Role.Anggota, Awaiting.Nothing)).Intent);
        Assert.Equal(Intent.Help, MessageReader.Read("info", new ReadingContext(People.Role.Anggota, Awaiting.Nothing)).Intent);
    }

    [Theory]
    [InlineData("saldo\uFFFE")]
    [InlineData("\uD800saldo")]
    [InlineData("sal\uDC00do saldo")]
    public void ReadsTextThatIsNotWellFormedUnicodeWithoutFailing(string text)
    {
        Assert.Equal(Intent.Balance, MessageReader.Read(text).Intent);
    }

    [Fact]
    public void ReadsAQuestionMarkAloneAsHelp()
    {
        Assert.Equal(new Reading(Intent.Help, ""), MessageReader.Read("?"));
        Assert.Equal(new Reading(Intent.Help, ""), MessageReader.Read(" ?? "));
        Assert.Equal(new Reading(Intent.Help, ""), MessageReader.Read("? ?"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public void ReadsNothingAsUnknown(string? text)
    {
        Assert.Equal(new Reading(Intent.Unknown, ""), MessageReader.Read(text));
    }

    [Theory]
    [InlineData("50rb")]
    [InlineData("08123456789")]
    [InlineData("Sri Wahyuni")]
    [InlineData("🙏")]
    public void ReadsTextWithoutKeywordAsUnknownKeepingIt(string text)
    {
        Assert.Equal(new Reading(Intent.Unknown, text), MessageReader.Read(text));
    }
}
