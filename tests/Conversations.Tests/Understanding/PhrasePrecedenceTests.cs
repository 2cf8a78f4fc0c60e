using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

/// <summary>Which keyword wins when a message holds several.</summary>
public class PhrasePrecedenceTests
{
    [Theory]
    [InlineData("terima kasih", Intent.Thanks)]
    [InlineData("terima", Intent.Accept)]
    [InlineData("sisa pinjaman", Intent.Loan)]
    [InlineData("sisa utang", Intent.Loan)]
    [InlineData("sisa", Intent.Balance)]
    [InlineData("tdk bisa datang", Intent.Excused)]
    [InlineData("datang", Intent.Present)]
    [InlineData("cek saldo", Intent.Balance)]
    [InlineData("berapa saldo saya?", Intent.Balance)]
    [InlineData("saldo saya", Intent.Balance)]
    [InlineData("brp sisa utang sy", Intent.Loan)]
    [InlineData("daftar ulang", Intent.Start)]
    [InlineData("daftar anggota", Intent.MemberList)]
    [InlineData("ambil tabungan", Intent.Withdrawal)]
    [InlineData("selamat pagi", Intent.Greeting)]
    [InlineData("tidak setuju", Intent.Reject)]
    public void PrefersTheLongestPhrase(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("izin anak sakit", Intent.Excused)]
    [InlineData("sakit, izin dulu", Intent.Sick)]
    [InlineData("simpanan wajib saya berapa", Intent.Balance)]
    [InlineData("setor angsuran Sri 100rb", Intent.Deposit)]
    [InlineData("terima, terima kasih", Intent.Accept)]
    [InlineData("ya betul", Intent.Yes)]
    [InlineData("tidak, benar", Intent.No)]
    public void PrefersTheEarliestKeyword(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("Selamat pagi bu, mau cek saldo", Intent.Balance)]
    [InlineData("tolong cek saldo ya", Intent.Balance)]
    [InlineData("bisa bantu setor Sri 50rb", Intent.Deposit)]
    [InlineData("saldo saya berapa ya?", Intent.Balance)]
    [InlineData("ok, batal saja", Intent.Cancel)]
    [InlineData("halo, terima kasih", Intent.Thanks)]
    [InlineData("iya makasih", Intent.Thanks)]
    [InlineData("berapa ya", Intent.Balance)]
    [InlineData("status pinjaman saya", Intent.Loan)]
    [InlineData("status pengumuman", Intent.BroadcastStatus)]
    [InlineData("info jadwal", Intent.Schedule)]
    [InlineData("pinjaman untuk usaha", Intent.Loan)]
    [InlineData("mulai besok saya izin", Intent.Excused)]
    [InlineData("sisa angsuran saya", Intent.Loan)]
    [InlineData("keluar kota, tidak bisa hadir", Intent.Excused)]
    public void LetsRequestsOutrankPoliteAndVagueWords(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("50rb")]
    [InlineData("08123")]
    [InlineData("2y")]
    [InlineData("10ok")]
    [InlineData("50.000 25.000")]
    public void NeverTakesNumbersForKeywords(string text)
    {
        Assert.Equal(new Reading(Intent.Unknown, text), MessageReader.Read(text));
    }
}
