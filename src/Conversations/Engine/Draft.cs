using System.Text.Json.Serialization;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Corrections;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Repayments;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// Something a person asked for that waits for their YA. Each kind lives beside its flow and says
/// three things: the summary the person checks, the question that ends it, and what YA records.
/// The conversation knows nothing more of it. Stored as JSON in the conversation's state, with its
/// kind as the discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EntriesDraft), "entries")]
[JsonDerivedType(typeof(BroadcastDraft), "broadcast")]
[JsonDerivedType(typeof(MeetingDraft), "meeting")]
[JsonDerivedType(typeof(AllMeetingsDraft), "meetings-all")]
[JsonDerivedType(typeof(CorrectionDraft), "correction")]
[JsonDerivedType(typeof(PaymentReportDraft), "payment-report")]
[JsonDerivedType(typeof(Registration.RegistrationDraft), "registration")]
[JsonDerivedType(typeof(NumberChangeDraft), "number-change")]
[JsonDerivedType(typeof(LeavingDraft), "leaving")]
[JsonDerivedType(typeof(OfficerDraft), "officer")]
[JsonDerivedType(typeof(Loans.LoanDraft), "loan")]
internal abstract class Draft
{
    /// <summary>What it is, in lower case: "setoran", "pengumuman", "undangan rapat".</summary>
    public abstract string Noun { get; }

    /// <summary>What YA does, as the prompt says it: "simpan", "kirim", "koreksi".</summary>
    public abstract string Verb { get; }

    /// <summary>What did not happen when it is dropped: "disimpan" or "dikirim".</summary>
    public virtual string NotDone => "disimpan";

    /// <summary>The summary shown before YA, ending with <see cref="Prompt"/>; each line may go as its own SMS.</summary>
    public abstract IEnumerable<string> Summary(Sender sender);

    public string Prompt => $"Balas YA untuk {Verb}, BATAL untuk batal.";

    /// <summary>
    /// Whether the sender, as the books know them at YA, may still do it: a role or a group can
    /// change between the summary and YA (a treasurer replaced or moved to another group, a
    /// pendamping who no longer accompanies the group), and YA acts as the person is now.
    /// </summary>
    public abstract bool MayBeConfirmedBy(Sender sender);

    /// <summary>YA: records it, checked again against the books (another message may have changed them).</summary>
    public abstract Task RecordAsync(Turn turn);
}
