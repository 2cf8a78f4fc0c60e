using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Loans;

/// <summary>CAIR: a loan to one member, recorded on YA with its schedule; the member gets the schedule by SMS.</summary>
internal sealed class LoanDraft : Draft
{
    public LoanRequest Request { get; set; } = null!;

    public override string Noun => "pencairan pinjaman";

    public override string Verb => "catat";

    public override IEnumerable<string> Summary(Sender sender) => [.. Request.Summary(), Prompt];

    /// <summary>Still the pendamping of the member's group.</summary>
    public override bool MayBeConfirmedBy(Sender sender) =>
        sender.Role == Role.Pendamping && sender.Groups.Any(g => g.GroupId == Request.GroupId);

    public override async Task RecordAsync(Turn turn) =>
        PeopleFlows.Tell(turn, await Disbursements.RecordAsync(turn.Data, turn.Sender, turn.Options.Loans, turn.Today, Request, turn.CancellationToken));
}
