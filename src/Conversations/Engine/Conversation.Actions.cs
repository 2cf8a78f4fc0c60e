using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Understanding;
using Stateless;

namespace Pkkpm.Conversations.Engine;

/// <summary>The conversation's actions, named so the exported graph reads as a description.</summary>
internal sealed partial class Conversation
{
    private async Task RunCommandAsync(Reading reading) => _next = await Commands.RunAsync(_turn, _pending, reading);

    private Task RunCommandAsync(Reading reading, StateMachine<Step, Trigger>.Transition _) => RunCommandAsync(reading);

    private void Suggest(Reading reading)
    {
        _pending.Suggested = reading.Suggestion;
        _turn.Say(Texts.DidYouMean(_turn.Sender, reading.Suggestion));
        _next = Next.ConfirmSuggestion;
    }

    /// <summary>YA: run the suggested command, or record the confirmed draft.</summary>
    private async Task AcceptAsync(StateMachine<Step, Trigger>.Transition transition)
    {
        if (transition.Source == Step.ConfirmingSuggestion)
        {
            var suggested = _pending.Suggested ?? Intent.Unknown;
            _pending.Suggested = null;
            await RunCommandAsync(new Reading(suggested, ""));
            return;
        }

        var draft = _pending.Draft!;
        _pending.Draft = null;
        if (draft.FromRound) _pending.Round = null;
        await Drafts.RecordAsync(_turn, draft);
    }

    /// <summary>TIDAK or BATAL: drop what the step was waiting for, and say so.</summary>
    private void Drop(StateMachine<Step, Trigger>.Transition transition)
    {
        switch (transition.Source)
        {
            case Step.ConfirmingSuggestion:
                _pending.Suggested = null;
                _turn.Say(Texts.SuggestionDeclined(_turn.Sender));
                break;
            case Step.AskingRoundAmount:
                _pending.Round = null;
                _turn.Say(GuidedRounds.Cancelled(_turn.Sender));
                break;
            default:
                _turn.Say(Drafts.Cancelled(_turn.Sender, _pending.Draft!));
                if (_pending.Draft!.FromRound) _pending.Round = null;
                _pending.Draft = null;
                break;
        }
    }

    /// <summary>Another command while a step waits: a round pauses (LANJUT resumes it), a draft is dropped.</summary>
    private async Task InterruptAsync(Reading reading, StateMachine<Step, Trigger>.Transition transition)
    {
        switch (transition.Source)
        {
            case Step.AskingRoundAmount:
                _pending.RoundPaused = true;
                _turn.Say(GuidedRounds.Paused(_turn.Sender));
                break;
            case Step.Clarifying or Step.ConfirmingDraft:
                _turn.Say(Drafts.Dropped(_turn.Sender, _pending.Draft!));
                if (_pending.Draft!.FromRound) _pending.RoundPaused = true;
                _pending.Draft = null;
                break;
        }
        _pending.Suggested = null;
        await RunCommandAsync(reading);
    }

    private async Task ResumeRoundAsync(StateMachine<Step, Trigger>.Transition _)
    {
        _pending.RoundPaused = false;
        _next = _pending.Round!.IsFinished ? Next.Confirm : Next.AskRound;
        if (_next == Next.Confirm) _pending.Draft = await GuidedRounds.ToDraftAsync(_turn, _pending.Round);
    }

    private Task AskClarificationAsync() => Drafts.AskClarificationAsync(_turn, _pending.Draft!);

    private async Task ClarifyAsync(Reading reading, StateMachine<Step, Trigger>.Transition _) => _next = await Drafts.ClarifyAsync(_turn, _pending, reading);

    private void AskConfirmation() => Drafts.AskConfirmation(_turn, _pending.Draft!);

    private void RepeatConfirmation(Reading _, StateMachine<Step, Trigger>.Transition __)
    {
        _turn.Say(Drafts.ConfirmPrompt(_pending.Draft!));
        _next = Next.Confirm;
    }

    private Task AskRoundAmountAsync() => GuidedRounds.AskAsync(_turn, _pending.Round!);

    private async Task AnswerRoundAsync(Reading reading, StateMachine<Step, Trigger>.Transition _) => _next = await GuidedRounds.AnswerAsync(_turn, _pending, reading);
}
