using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.People;

/// <summary>GANTI KETUA / GANTI BENDAHARA, waiting for the pendamping's YA.</summary>
internal sealed class OfficerDraft : Draft
{
    public OfficerRequest Request { get; set; } = null!;

    public override string Noun => "pergantian pengurus";

    public override string Verb => "simpan";

    public override IEnumerable<string> Summary(Sender sender) => [Request.Summary(), Prompt];

    public override bool MayBeConfirmedBy(Sender sender) => ManagedGroups.Manages(sender, Request.GroupId);

    public override async Task RecordAsync(Turn turn) =>
        PeopleFlows.Tell(turn, await OfficerChanges.RecordAsync(turn.Data, turn.Sender, Request, turn.CancellationToken));
}
