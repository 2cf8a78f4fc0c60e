using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

/// <summary>Keywords as people really send them: any case, punctuated, wrapped in polite words,
/// abbreviated, stretched, in Javanese.</summary>
public class TypingVariantsTests
{
    [Theory]
    [InlineData("SALDO")]
    [InlineData("Saldo")]
    [InlineData("Saldo.")]
    [InlineData("saldo!!")]
    [InlineData("#saldo#")]
    [InlineData("  saldo  ")]
    [InlineData("saldo?")]
    [InlineData("\"saldo\"")]
    [InlineData("*SALDO*")]
    [InlineData("sáldo")]
    [InlineData("saldo🙏")]
    [InlineData("SALDOOO")]
    [InlineData("saldoo")]
    public void ReadsCaseAndPunctuationVariants(string text)
    {
        Assert.Equal(new Reading(Intent.Balance, ""), MessageReader.Read(text));
    }

    [Theory]
    [InlineData("cek saldo dong", Intent.Balance)]
    [InlineData("Bu, saya mau cek saldo", Intent.Balance)]
    [InlineData("mohon info jadwal kumpulan bulan ini", Intent.Schedule)]
    [InlineData("maaf bu besok saya izin", Intent.Excused)]
    [InlineData("Insya Allah hadir bu", Intent.Present)]
    [InlineData("mau tanya sisa pinjaman saya berapa ya bu", Intent.Loan)]
    [InlineData("minta tips jualan online", Intent.Tips)]
    [InlineData("saya mau BERHENTI", Intent.Stop)]
    [InlineData("(saldo)", Intent.Balance)]
    public void ReadsKeywordsAmongOtherWords(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("gak bs dtg", Intent.Excused)]
    [InlineData("ga bisa dtg bu", Intent.Excused)]
    [InlineData("ngga bisa datang", Intent.Excused)]
    [InlineData("brp saldo sy", Intent.Balance)]
    [InlineData("brp sisa utang sy", Intent.Loan)]
    [InlineData("sdh setor blm?", Intent.Balance)]   // a question about her savings, not a deposit
    [InlineData("jdwl", Intent.Schedule)]
    [InlineData("lnjt", Intent.Continue)]
    [InlineData("gk", Intent.No)]
    [InlineData("trims", Intent.Thanks)]
    [InlineData("tdk jadi", Intent.Cancel)]
    [InlineData("gak setuju", Intent.Reject)]
    [InlineData("tq bu", Intent.Thanks)]
    public void ReadsSlang(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("yaaa", Intent.Yes)]
    [InlineData("iyaa", Intent.Yes)]
    [InlineData("okeee", Intent.Yes)]
    [InlineData("sipp", Intent.Yes)]
    [InlineData("Ya", Intent.Yes)]
    [InlineData("gaaak", Intent.No)]
    [InlineData("nggak", Intent.No)]
    [InlineData("hadiiir", Intent.Present)]
    [InlineData("makasiiih", Intent.Thanks)]
    [InlineData("haloo", Intent.Greeting)]
    public void ReadsStretchedLetters(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }

    [Theory]
    [InlineData("nggih", Intent.Yes)]
    [InlineData("injih bu", Intent.Yes)]
    [InlineData("leres", Intent.Yes)]
    [InlineData("mboten", Intent.No)]
    [InlineData("mboten saged rawuh", Intent.Excused)]
    [InlineData("kula gerah", Intent.Sick)]
    [InlineData("pinten", Intent.Balance)]
    [InlineData("tabungan kula pinten?", Intent.Balance)]
    [InlineData("pinten utang kula", Intent.Loan)]
    [InlineData("matur nuwun", Intent.Thanks)]
    [InlineData("suwun nggih", Intent.Thanks)]
    [InlineData("sugeng enjing", Intent.Greeting)]
    [InlineData("Assalamu'alaikum", Intent.Greeting)]
    public void ReadsJavanese(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
    }
}
