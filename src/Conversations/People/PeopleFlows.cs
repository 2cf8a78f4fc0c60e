using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Registration;

namespace Pkkpm.Conversations.People;

/// <summary>
/// The chat's side of the pendamping's requests about people: check, then a summary that waits for
/// YA (the rules and texts are in <see cref="Registrations"/>, <see cref="NumberChanges"/>,
/// <see cref="Leavings"/> and <see cref="OfficerChanges"/>, shared with the console).
/// </summary>
internal static class PeopleFlows
{
    public static async Task<Next> RegisterAsync(Turn turn, Pending pending, string arguments) =>
        Propose(turn, pending, await Registrations.CheckAsync(turn.Data, turn.Sender, RegistrationArguments.Parse(arguments), turn.CancellationToken),
            request => new RegistrationDraft { Request = request });

    public static async Task<Next> ChangeNumberAsync(Turn turn, Pending pending, string arguments)
    {
        var (oldPhone, newPhone) = NumberChanges.Parse(arguments);
        return Propose(turn, pending, await NumberChanges.CheckAsync(turn.Data, turn.Sender, oldPhone, newPhone, turn.CancellationToken),
            request => new NumberChangeDraft { Request = request });
    }

    public static async Task<Next> LeaveAsync(Turn turn, Pending pending, string arguments)
    {
        var (code, who) = GroupAndPerson.Parse(arguments);
        return Propose(turn, pending, await Leavings.CheckAsync(turn.Data, turn.Sender, code, who, turn.CancellationToken),
            request => new LeavingDraft { Request = request });
    }

    public static async Task<Next> NameOfficerAsync(Turn turn, Pending pending, string arguments)
    {
        var (role, code, who) = OfficerChanges.Parse(arguments);
        return Propose(turn, pending, await OfficerChanges.CheckAsync(turn.Data, turn.Sender, role, code, who, turn.CancellationToken),
            request => new OfficerDraft { Request = request });
    }

    /// <summary>The reply to the pendamping, and one SMS to each person concerned.</summary>
    public static void Tell(Turn turn, PeopleOutcome outcome)
    {
        turn.Say(outcome.Reply);
        foreach (var message in outcome.Messages) turn.Send(message.ToPhone, message.Body, message.Kind);
    }

    private static Next Propose<T>(Turn turn, Pending pending, Checked<T> check, Func<T, Draft> draft) where T : class
    {
        if (check.Request is not { } request)
        {
            turn.Say(check.Refusal!);
            return Next.Done;
        }
        pending.Draft = draft(request);
        return Next.Confirm;
    }
}
