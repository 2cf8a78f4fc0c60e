using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

/// <summary>
/// The meeting named first, then the sender saying whether she comes: an answer (HADIR, IZIN,
/// SAKIT), not a question about the meeting. A question, or an officer's call, keeps its reading.
/// </summary>
public class MeetingThenComingTests
{
    [Theory]
    [InlineData("sesuk selapanan aku teko", Intent.Present)]
    [InlineData("kumpulan 2 minggu sekali sy ikut bu", Intent.Present)]
    [InlineData("kumpulan sesuk aku ora iso teko", Intent.Excused)]
    [InlineData("selapanan sesuk aku lagi mriang bu", Intent.Sick)]
    public void Saying_she_comes_after_naming_the_meeting_answers_it(string text, Intent expected) =>
        Assert.Equal(expected, MessageReader.Read(text).Intent);

    [Theory]
    [InlineData("selapanan e kapan bu? aku arep teko")]
    [InlineData("kumpulan 2 minggu sekali kuwi dino opo")]
    [InlineData("RAPAT MAWAR Senin 15.00 rumah saya, mohon hadir semua")]
    public void A_question_or_a_call_stays_a_schedule(string text) =>
        Assert.Equal(Intent.Schedule, MessageReader.Read(text, new ReadingContext(Conversations.People.Role.Pendamping, Awaiting.Nothing)).Intent);
}
