using Pkkpm.Conversations.Questions;

namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Turns a person's free text into an intent and the arguments that follow it, in the context of
/// what the conversation waits for: "SETOR Sri 50rb, Siti 25rb" is Deposit with "Sri 50rb, Siti 25rb";
/// "belum setor" in the guided round is Deposit with "0"; "nggih bu" after a meeting notice is HADIR.
/// The words are read once (<see cref="Sentence"/>: normalised, phrases found, negations resolved),
/// general rules about attendance and requests are applied, then the moment decides.
/// </summary>
public static class MessageReader
{
    public static Reading Read(string? text) => Read(text, ReadingContext.Idle);

    public static Reading Read(string? text, ReadingContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Reading.Nothing;
        // A lone "?" is how people ask what they can type.
        if (text.All(c => c == '?' || char.IsWhiteSpace(c)))
            return new Reading(Intent.Help, "");
        // "P": a WhatsApp ping, somebody knocking.
        if (text.Trim() is "P" or "p")
            return new Reading(Intent.Greeting, "");
        // A pendamping's requests about people have a fixed shape (a number, a group code): read first.
        if (People.PeopleRequests.Read(text) is { } aboutPeople)
            return aboutPeople;

        var sentence = new Sentence(text);
        var hits = RequestRules.Apply(sentence, AttendanceRules.Apply(sentence, sentence.Hits), context);
        hits = QuestionReading.Apply(sentence, hits, context);
        return context.Awaiting switch
        {
            Awaiting.Confirmation => ConfirmationReading.Read(sentence, hits),
            Awaiting.RoundAmount => RoundReading.Read(sentence, hits),
            Awaiting.MeetingReply => MeetingReplyReading.Read(sentence, hits),
            _ => IdleReading.Read(sentence, hits),
        };
    }
}
