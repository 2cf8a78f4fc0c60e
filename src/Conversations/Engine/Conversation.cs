using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Help;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Understanding;
using Stateless;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// One person's conversation on one channel, rebuilt for every message from the stored state
/// (Stateless's "state kept outside": the machine reads and writes <see cref="_state"/>).
/// A machine is not thread-safe; each one lives for a single message inside its transaction.
/// </summary>
internal sealed class Conversation
{
    public enum Step
    {
        Idle,
        ConfirmingSuggestion,
    }

    private enum Trigger
    {
        Command,
        Suggestion,
        Yes,
        No,
    }

    private static readonly TimeSpan SuggestionLifetime = TimeSpan.FromMinutes(30);

    private readonly Sender _sender;
    private readonly IConversationData _data;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _cancellationToken;
    private readonly StateMachine<Step, Trigger> _machine;
    private readonly StateMachine<Step, Trigger>.TriggerWithParameters<Reading> _command, _suggestion;
    private readonly List<string> _replies = [];
    private readonly List<Effect> _effects = [];
    private Step _state;
    private string? _stateData;

    public Conversation(Sender sender, ConversationState stored, IConversationData data, TimeProvider clock, CancellationToken cancellationToken)
    {
        _sender = sender;
        _data = data;
        _clock = clock;
        _cancellationToken = cancellationToken;
        var expired = stored.HasExpired(clock.GetUtcNow()) || !Enum.TryParse(stored.Step, out _state);
        if (expired) _state = Step.Idle;
        _stateData = expired ? null : stored.Data;

        _machine = new StateMachine<Step, Trigger>(() => _state, s => _state = s);
        _command = _machine.SetTriggerParameters<Reading>(Trigger.Command);
        _suggestion = _machine.SetTriggerParameters<Reading>(Trigger.Suggestion);
        Configure();
    }

    /// <summary>The whole flow in one place: what each step accepts and where it leads.</summary>
    private void Configure()
    {
        _machine.Configure(Step.Idle)
            .InternalTransitionAsync(_command, (reading, _) => AnswerAsync(reading))
            .OnEntryFromAsync(_command, AnswerAsync)
            .OnEntryFromAsync(Trigger.Yes, AnswerSuggestedAsync)
            .OnEntryFrom(Trigger.No, () => Say(Texts.SuggestionDeclined(_sender)))
            .Permit(Trigger.Suggestion, Step.ConfirmingSuggestion);

        _machine.Configure(Step.ConfirmingSuggestion)
            .OnEntryFrom(_suggestion, Suggest)
            .PermitReentry(Trigger.Suggestion)
            .Permit(Trigger.Yes, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Command, Step.Idle);
    }

    public async Task<TurnResult> HandleAsync(Reading reading)
    {
        switch (_state, reading.Intent)
        {
            case (Step.ConfirmingSuggestion, Intent.Yes):
                await _machine.FireAsync(Trigger.Yes);
                break;
            case (Step.ConfirmingSuggestion, Intent.No or Intent.Cancel):
                await _machine.FireAsync(Trigger.No);
                break;
            case (_, Intent.Unknown) when reading.Suggestion != Intent.Unknown:
                await _machine.FireAsync(_suggestion, reading);
                break;
            default:
                await _machine.FireAsync(_command, reading);
                break;
        }

        var expiresAt = _state == Step.Idle ? (DateTimeOffset?)null : _clock.GetUtcNow() + SuggestionLifetime;
        var next = _state == Step.Idle ? ConversationState.Idle : new ConversationState(_state.ToString(), _stateData, expiresAt);
        return new TurnResult(_replies, _effects, next);
    }

    private void Suggest(Reading reading)
    {
        _stateData = reading.Suggestion.ToString();
        Say(Texts.DidYouMean(_sender, reading.Suggestion));
    }

    private Task AnswerSuggestedAsync()
    {
        var suggested = Enum.TryParse<Intent>(_stateData, out var intent) ? intent : Intent.Unknown;
        _stateData = null;
        return AnswerAsync(new Reading(suggested, ""));
    }

    private async Task AnswerAsync(Reading reading)
    {
        _stateData = null;
        switch (reading.Intent)
        {
            case Intent.Balance:
                await AnswerBalanceAsync();
                break;
            case Intent.Help or Intent.Greeting:
                Say(Menu.For(_sender, Wib.PartOfDay(_clock)));
                break;
            case Intent.Thanks:
                Say(Texts.YoureWelcome(_sender));
                break;
            case Intent.Yes or Intent.No or Intent.Cancel or Intent.Continue or Intent.Skip:
                Say(Texts.NothingPending(_sender));
                break;
            case Intent.Unknown:
                Say(Texts.NotUnderstood(_sender));
                break;
            default:
                Say(Texts.NotYetAvailable(_sender, reading.Intent));
                break;
        }
    }

    private async Task AnswerBalanceAsync()
    {
        if (_sender.HomeGroup is not { } group)
        {
            Say(BalanceReply.NotAMember(_sender));
            return;
        }

        var statement = await _data.GetStatementAsync(_sender.PersonId, group.GroupId, _cancellationToken);
        Say(BalanceReply.For(_sender, group, statement, Wib.Today(_clock)));
    }

    private void Say(string text) => _replies.Add(text);

    /// <summary>The machine's shape, for the exported graph in docs/.</summary>
    internal string ToMermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());
}
