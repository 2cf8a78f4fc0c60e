using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Understanding;
using Stateless;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// One person's conversation, rebuilt for every message from the stored state (Stateless's "state
/// kept outside": the machine reads and writes <see cref="_step"/>; what the step waits for is in
/// <see cref="_pending"/>). A machine is not thread-safe; each one lives for a single message inside
/// that message's transaction.
/// </summary>
internal sealed partial class Conversation
{
    public enum Step
    {
        Idle,
        /// <summary>What every waiting step shares: BATAL drops it, another command replaces or pauses it.</summary>
        Waiting,
        ConfirmingSuggestion,
        Clarifying,
        Confirming,
        AskingRoundAmount,
    }

    private enum Trigger
    {
        /// <summary>A message that starts a command (while something waits: it replaces or pauses that).</summary>
        Command,
        /// <summary>A near-miss of a keyword: ask whether it was meant.</summary>
        Suggestion,
        Yes,
        No,
        /// <summary>While a summary waits: neither yes nor no, or both. Nothing is done; the question stands.</summary>
        Unclear,
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
    private readonly StateMachine<Step, Trigger>.TriggerWithParameters<Reading> _command, _suggestion, _answer, _unclear;
    private Step _step;
    private Pending _pending;
    private Next _next;

    public Conversation(Turn turn, ConversationState stored)
    {
        _turn = turn;
        var known = Enum.TryParse(stored.Step, out _step) && _step != Step.Waiting;
        _pending = Pending.Deserialize(stored.Data);
        if (!known || _pending.IsOfAnOldShape) Expire(Texts.UnfinishedReportOfOldVersion(turn.Sender));
        else if (stored.HasExpired(turn.Now)) Expire(Texts.UnfinishedReportExpired(turn.Sender, turn.Options.PendingLifetime));

        _machine = new StateMachine<Step, Trigger>(() => _step, s => _step = s);
        _command = _machine.SetTriggerParameters<Reading>(Trigger.Command);
        _suggestion = _machine.SetTriggerParameters<Reading>(Trigger.Suggestion);
        _answer = _machine.SetTriggerParameters<Reading>(Trigger.Answer);
        _unclear = _machine.SetTriggerParameters<Reading>(Trigger.Unclear);
        Configure();
    }

    /// <summary>The whole conversation in one place: what each step accepts and where it leads.</summary>
    private void Configure()
    {
        _machine.Configure(Step.Idle)
            .OnEntryFromAsync(_command, RunCommandAsync)
            .OnEntryFromAsync(Trigger.Yes, AcceptAsync)
            .OnEntryFrom(Trigger.No, Drop)
            .OnEntryFromAsync(Trigger.Continue, ResumeRoundAsync)
            .PermitReentry(Trigger.Command)
            .PermitReentry(Trigger.Continue)
            .Permit(Trigger.Suggestion, Step.ConfirmingSuggestion)
            .Permit(Trigger.NeedsClarification, Step.Clarifying)
            .Permit(Trigger.DraftReady, Step.Confirming)
            .Permit(Trigger.RoundQuestion, Step.AskingRoundAmount)
            .Ignore(Trigger.Finished);

        _machine.Configure(Step.Waiting)
            .Permit(Trigger.Command, Step.Idle)
            .Permit(Trigger.No, Step.Idle)
            .Permit(Trigger.Finished, Step.Idle);

        _machine.Configure(Step.ConfirmingSuggestion)
            .SubstateOf(Step.Waiting)
            .OnEntryFrom(_suggestion, Suggest)
            .PermitReentry(Trigger.Suggestion)
            .Permit(Trigger.Yes, Step.Idle);

        _machine.Configure(Step.Clarifying)
            .SubstateOf(Step.Waiting)
            .OnEntryFromAsync(Trigger.NeedsClarification, AskClarificationAsync)
            .OnEntryFromAsync(_answer, ClarifyAsync)
            .PermitReentry(Trigger.NeedsClarification)
            .PermitReentry(Trigger.Answer)
            .Permit(Trigger.DraftReady, Step.Confirming);

        _machine.Configure(Step.Confirming)
            .SubstateOf(Step.Waiting)
            .OnEntryFrom(Trigger.DraftReady, ShowSummary)
            .OnEntryFrom(_unclear, AskAgain)
            .PermitReentry(Trigger.Unclear)
            .Permit(Trigger.Yes, Step.Idle);

        _machine.Configure(Step.AskingRoundAmount)
            .SubstateOf(Step.Waiting)
            .OnEntryFromAsync(Trigger.RoundQuestion, AskRoundAmountAsync)
            .OnEntryFromAsync(_answer, AnswerRoundAsync)
            .PermitReentry(Trigger.RoundQuestion)
            .PermitReentry(Trigger.Answer)
            .Permit(Trigger.DraftReady, Step.Confirming);
    }

    /// <param name="read">Reads the message in a context: the same words mean different things
    /// while a summary waits, in a round, or after a meeting notice.</param>
    public async Task<TurnResult> HandleAsync(Func<ReadingContext, Reading> read)
    {
        _next = Next.Done;
        var reading = await ReadAsync(read);
        var trigger = TriggerFor(reading);
        await (trigger switch
        {
            Trigger.Command => _machine.FireAsync(_command, reading),
            Trigger.Suggestion => _machine.FireAsync(_suggestion, reading),
            Trigger.Answer => _machine.FireAsync(_answer, reading),
            Trigger.Unclear => _machine.FireAsync(_unclear, reading),
            _ => _machine.FireAsync(trigger),
        });

        await FollowUpAsync();
        return new TurnResult(_turn.Replies, _turn.Effects, StateToStore());
    }

    private async Task<Reading> ReadAsync(Func<ReadingContext, Reading> read)
    {
        var role = _turn.Sender.Role;
        var awaiting = _step switch
        {
            Step.ConfirmingSuggestion or Step.Clarifying or Step.Confirming => Awaiting.Confirmation,
            Step.AskingRoundAmount => Awaiting.RoundAmount,
            _ => Awaiting.Nothing,
        };
        var reading = read(new ReadingContext(role, awaiting));
        // A bare "nggih" or "mboten" means nothing on its own, but after a meeting notice it answers
        // it. Looked up only then: most messages never need the meeting.
        if (awaiting == Awaiting.Nothing && reading.Intent is Intent.Yes or Intent.No or Intent.Unknown
            && await MeetingReplies.AreAwaitedAsync(_turn))
            reading = read(new ReadingContext(role, Awaiting.MeetingReply));
        return reading;
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
            Next.Confirm => (Step.Confirming, Trigger.DraftReady),
            Next.AskRound => (Step.AskingRoundAmount, Trigger.RoundQuestion),
            Next.ConfirmSuggestion => (Step.ConfirmingSuggestion, Trigger.Suggestion),
            _ => (Step.Idle, Trigger.Finished),
        };
        if (wanted != _step || wanted is Step.Clarifying or Step.AskingRoundAmount)
            await _machine.FireAsync(trigger);
    }

    /// <summary>Which trigger a message is, given what the current step waits for.</summary>
    private Trigger TriggerFor(Reading reading) => (_step, reading.Intent) switch
    {
        (Step.Idle, Intent.Continue) when _pending.Round is not null => Trigger.Continue,
        (Step.Idle or Step.ConfirmingSuggestion, Intent.Unknown) when reading.Suggestion != Intent.Unknown => Trigger.Suggestion,
        (Step.Idle, _) => Trigger.Command,
        (_, Intent.No or Intent.Cancel) => Trigger.No,
        (Step.ConfirmingSuggestion or Step.Confirming, Intent.Yes) => Trigger.Yes,
        // A suggestion only waits for YA: anything else is a message of its own.
        (Step.ConfirmingSuggestion, _) => Trigger.Command,
        // In a round the reading has already told "25rb", "belum setor" (0) and LEWAT, answers, from a
        // request of its own such as "SETOR Slamet 20rb".
        (Step.AskingRoundAmount, _) when reading.AnswersTheRound => Trigger.Answer,
        (_, var intent) when Commands.IsCommand(intent) => Trigger.Command,
        (Step.Confirming, _) => Trigger.Unclear,
        _ => Trigger.Answer,
    };

    private ConversationState StateToStore()
    {
        var waiting = _step != Step.Idle || !_pending.IsEmpty;
        return waiting
            ? new ConversationState(_step.ToString(), _pending.Serialize(), _turn.Now + _turn.Options.PendingLifetime)
            : ConversationState.Idle;
    }

    /// <summary>An unanswered step past its lifetime (or of a shape this version no longer keeps):
    /// handle the message fresh, and say what was dropped.</summary>
    private void Expire(string notice)
    {
        if (_pending.HasUnfinishedReport) _turn.Say(notice);
        _pending = new Pending();
        _step = Step.Idle;
    }

    /// <summary>The machine's shape, for the exported graph in docs/.</summary>
    internal string ToMermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());
}
