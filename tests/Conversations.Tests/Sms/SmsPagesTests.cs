using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Sms;

public class SmsPagesTests
{
    private static readonly string[] FifteenCodes =
        Enumerable.Range(1, 15).Select(i => $"KENANGASARI{i}").ToArray();

    [Fact]
    public void A_list_that_fits_is_written_whole()
    {
        var text = SmsPages.ListWithin("Kode: ", ["MAWAR", "MELATI"], " atau SEMUA.");

        Assert.Equal("Kode: MAWAR, MELATI atau SEMUA.", text);
    }

    [Fact]
    public void A_long_list_is_cut_to_one_SMS_and_says_there_is_more()
    {
        var text = SmsPages.ListWithin("Tulis: REKAP kode kelompok. Kelompok Ibu Kusumawardani: ", FifteenCodes, ".");

        Assert.True(SmsLength.FitsOneSegment(text), text);
        Assert.EndsWith(" dll.", text);
        Assert.StartsWith("Tulis: REKAP kode kelompok. Kelompok Ibu Kusumawardani: KENANGASARI1, KENANGASARI2, ", text);
        // As many as fit: one more would not.
        var shown = text.Split(", ").Length;
        Assert.False(SmsLength.FitsOneSegment(
            "Tulis: REKAP kode kelompok. Kelompok Ibu Kusumawardani: " + string.Join(", ", FifteenCodes.Take(shown + 1)) + " dll."));
    }
}
