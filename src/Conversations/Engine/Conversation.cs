using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Understanding;
using Stateless;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// One person's conversation on one channel, rebuilt for every message from the stored state
/// (Stateless's "state kept outside": the machine reads and writes <see cref="_step"/>; what the
/// step waits for is in <see cref="_pending"/>). A machine is not thread-safe; each one lives for a
/// single message inside that message's transaction.
/// </summary>
internal sealed partial class Conversation
{
    public enum Step
    {
        Idle,
        ConfirmingSuggestion,
        Clarifying,
        ConfirmingDraft,
        AskingRoundAmount,
    }

    private enum Trigger
    {
        /// <summary>A message that starts a command (in a waiting step: an interruption).</summary>
        Command,
        Suggestion,
        Yes,
        No,
        /// <summary>A message answering what the step asked (a member number, an amount).</summary>
        Answer,
        /// <summary>LANJUT: resume a paused guided round.</summary>
        Continue,
        NeedsClarification,
        DraftReady,
        RoundQuestion,
        Finished,
    }

    private readonly Turn _turn;
    private readonly StateMachine<Step, Trigger> _machine;
    private readonly StateMachine<Step, Trigger>.TriggerWithParameters<Reading> _command, _suggestion, _answer;
    private Step _step;
    private Pending _pending;
    private Next _next;

    public Conversation(Turn turn, ConversationState stored)
    {
        _turn = turn;
        var known = Enum.TryParse(stored.Step, out _step);
        _pending = known ? Pending.Deserialize(stored.Data) : new Pending();
        if (!known || stored.HasExpired(turn.Now)) Expire();

        _machine = new StateMachine<Step, Trigger>(() => _step, s => _step = s);
        _command = _machine.SetTriggerParameters<Reading>(Trigger.Command);
        _suggestion = _machine.SetTriggerParameters<Reading>(Trigger.Suggestion);
        _answer = _machine.SetTriggerParameters<Reading>(Trigger.Answer);
        Configure();
    }

    /// <summary>The whole conversation in one place: what each step accepts and where it leads.</summary>
    private void Configure()
    {
        _machine.Configure(Step.Idle)
            .OnEntryFromAsync(_command, InterruptAsync)
            .OnEntryFromAsync(Trigger.Yes, AcceptAsync)
            .OnEntryFrom(Trigger.No, Drop)
            .InternalTransitionAsync(_command, RunCommandAsync)
            .InternalTransitionAsync(Trigger.Continue, ResumeRoundAsync)
            .Permit(Trigger.Suggestion, Step.ConfirmingSuggestion)
            .Permit(Trigger.NeedsClarification, Step.Clarifying)
            .Permit(Trigger.DraftReady, Step.ConfirmingDraft)
            .Permit(Trigger.RoundQuestion, Step.AskingRoundAmount)
            .Ignore(Trigger.Finished);

        _machine.Configure(Step.ConfirmingSuggestion)
            .OnEntryFrom(_suggestion, Suggest)
            .PermitReentry(Trigger.Suggestion)
            .Permit(Trigger.Yes, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Command, Step.Idle);

        _machine.Configure(Step.Clarifying)
            .OnEntryAsync(AskClarificationAsync)
            .InternalTransitionAsync(_answer, ClarifyAsync)
            .PermitReentry(Trigger.NeedsClarification)
            .Permit(Trigger.DraftReady, Step.ConfirmingDraft)
            .Permit(Trigger.Finished, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Command, Step.Idle);

        _machine.Configure(Step.ConfirmingDraft)
            .OnEntry(AskConfirmation)
            .InternalTransition(_answer, RepeatConfirmation)
            .Permit(Trigger.Yes, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Command, Step.Idle);

        _machine.Configure(Step.AskingRoundAmount)
            .OnEntryAsync(AskRoundAmountAsync)
            .InternalTransitionAsync(_answer, AnswerRoundAsync)
            .PermitReentry(Trigger.RoundQuestion)
            .Permit(Trigger.DraftReady, Step.ConfirmingDraft)
            .Permit(Trigger.Finished, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Command, Step.Idle);
    }

    public async Task<TurnResult> HandleAsync(Reading reading)
    {
        _next = Next.Done;
        var trigger = TriggerFor(reading);
        await (trigger switch
        {
            Trigger.Command => _machine.FireAsync(_command, reading),
            Trigger.Suggestion => _machine.FireAsync(_suggestion, reading),
            Trigger.Answer => _machine.FireAsync(_answer, reading),
            _ => _machine.FireAsync(trigger),
        });

        await FollowUpAsync();
        return new TurnResult(_turn.Replies, _turn.Effects, StateToStore());
    }

    /// <summary>
    /// Moves to the step the flow asked for. Staying in a questioning step re-enters it, so it asks
    /// its (next) question again; any other step already said what it had to.
    /// </summary>
    private async Task FollowUpAsync()
    {
        var (wanted, trigger) = _next switch
        {
            Next.Clarify => (Step.Clarifying, Trigger.NeedsClarification),
            Next.Confirm => (Step.ConfirmingDraft, Trigger.DraftReady),
            Next.AskRound => (Step.AskingRoundAmount, Trigger.RoundQuestion),
            Next.ConfirmSuggestion => (Step.ConfirmingSuggestion, Trigger.Suggestion),
            _ => (Step.Idle, Trigger.Finished),
        };
        if (wanted != _step || wanted is Step.Clarifying or Step.AskingRoundAmount)
            await _machine.FireAsync(trigger);
    }

    /// <summary>Which trigger a message is, given what the current step waits for.</summary>
    private Trigger TriggerFor(Reading reading)
    {
        var startsCommand = Commands.IsCommand(reading.Intent);
        return (_step, reading.Intent) switch
        {
            (Step.Idle, Intent.Continue) when _pending.Round is not null => Trigger.Continue,
            (Step.Idle or Step.ConfirmingSuggestion, Intent.Unknown) when reading.Suggestion != Intent.Unknown => Trigger.Suggestion,
            (Step.Idle, _) => Trigger.Command,
            (Step.ConfirmingSuggestion or Step.ConfirmingDraft, Intent.Yes) => Trigger.Yes,
            // In a round "tidak" may mean "did not deposit"; only BATAL stops the round.
            (Step.AskingRoundAmount, Intent.Cancel) => Trigger.No,
            (Step.AskingRoundAmount, _) when GuidedRounds.LooksLikeAnAnswer(reading, _turn.Message.Body) => Trigger.Answer,
            (not Step.AskingRoundAmount, Intent.No or Intent.Cancel) => Trigger.No,
            (Step.ConfirmingSuggestion, _) => Trigger.Command,
            (_, _) when startsCommand => Trigger.Command,
            _ => Trigger.Answer,
        };
    }

    private ConversationState StateToStore()
    {
        var waiting = _step != Step.Idle || !_pending.IsEmpty;
        return waiting
            ? new ConversationState(_step.ToString(), _pending.Serialize(), _turn.Now + _turn.Options.PendingLifetime)
            : ConversationState.Idle;
    }

    /// <summary>An unanswered step past its lifetime: handle the message fresh, and say what was dropped.</summary>
    private void Expire()
    {
        if (_pending.HasUnfinishedReport) _turn.Say(Texts.UnfinishedReportDropped(_turn.Sender, _turn.Options.PendingLifetime));
        _pending = new Pending();
        _step = Step.Idle;
    }

    /// <summary>The machine's shape, for the exported graph in docs/.</summary>
    internal string ToMermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());
}
