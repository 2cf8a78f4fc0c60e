using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Registration;

/// <summary>DAFTAR ANGGOTA, waiting for the pendamping's YA.</summary>
internal sealed class RegistrationDraft : Draft
{
    public RegistrationRequest Request { get; set; } = null!;

    public override string Noun => "pendaftaran anggota";

    public override string Verb => "daftarkan";

    public override IEnumerable<string> Summary(Sender sender) => [Request.Summary(), Prompt];

    public override bool MayBeConfirmedBy(Sender sender) => ManagedGroups.Manages(sender, Request.GroupId);

    public override async Task RecordAsync(Turn turn) =>
        PeopleFlows.Tell(turn, await Registrations.RecordAsync(turn.Data, turn.Sender, Request, turn.CancellationToken));
}
