using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.People;

/// <summary>GANTI NOMOR, waiting for the pendamping's YA.</summary>
internal sealed class NumberChangeDraft : Draft
{
    public NumberChangeRequest Request { get; set; } = null!;

    public override string Noun => "ganti nomor";

    public override string Verb => "ganti";

    public override IEnumerable<string> Summary(Sender sender) => [Request.Summary(), Prompt];

    // Checked again on YA against the person's groups as they are then (NumberChanges.RecordAsync).
    public override bool MayBeConfirmedBy(Sender sender) => ManagedGroups.MayManagePeople(sender);

    public override async Task RecordAsync(Turn turn) =>
        PeopleFlows.Tell(turn, await NumberChanges.RecordAsync(turn.Data, turn.Sender, Request, turn.CancellationToken));
}
