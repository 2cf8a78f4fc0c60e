using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.People;

/// <summary>KELUAR, waiting for the pendamping's YA.</summary>
internal sealed class LeavingDraft : Draft
{
    public LeavingRequest Request { get; set; } = null!;

    public override string Noun => "anggota keluar";

    public override string Verb => "simpan";

    public override IEnumerable<string> Summary(Sender sender) => [Request.Summary(), Prompt];

    public override bool MayBeConfirmedBy(Sender sender) => ManagedGroups.Manages(sender, Request.GroupId);

    public override async Task RecordAsync(Turn turn) =>
        PeopleFlows.Tell(turn, await Leavings.RecordAsync(turn.Data, turn.Sender, Request, turn.CancellationToken));
}
