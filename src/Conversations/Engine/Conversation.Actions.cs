using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Understanding;
using Stateless;

namespace Pkkpm.Conversations.Engine;

/// <summary>The conversation's actions, named so the exported graph reads as a description.</summary>
internal sealed partial class Conversation
{
    /// <summary>A command. If something was waiting, the reply first says it was NOT saved (a draft)
    /// or is kept for LANJUT (a round): nobody should believe a summary they never confirmed was kept.</summary>
    private async Task RunCommandAsync(Reading reading, StateMachine<Step, Trigger>.Transition transition)
    {
        if (transition.Source != Step.Idle) SetAsideWhatWaits();
        _next = await Commands.RunAsync(_turn, _pending, reading);
    }

    private void SetAsideWhatWaits()
    {
        if (_pending.Draft is { } draft)
        {
            if (draft is EntriesDraft { FromRound: true } && _pending.Round is { } finished)
            {
                _pending.RoundPaused = true;
                _turn.Say(GuidedRounds.Paused(finished));
            }
            else _turn.Say(DraftTexts.Replaced(draft));
            _pending.Draft = null;
        }
        else if (_pending.Round is { } round)
        {
            _pending.RoundPaused = true;
            _turn.Say(GuidedRounds.Paused(round));
        }
        _pending.Suggested = null;
    }

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
            _next = await Commands.RunAsync(_turn, _pending, new Reading(suggested, ""));
            return;
        }

        var draft = _pending.Draft!;
        _pending.Draft = null;
        if (draft is EntriesDraft { FromRound: true }) _pending.Round = null;
        if (!draft.MayBeConfirmedBy(_turn.Sender))
        {
            _turn.Say(DraftTexts.NoLongerAllowed(_turn.Sender, draft));
            return;
        }
        await draft.RecordAsync(_turn);
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
                _turn.Say(DraftTexts.Cancelled(_turn.Sender, _pending.Draft!));
                if (_pending.Draft is EntriesDraft { FromRound: true }) _pending.Round = null;
                _pending.Draft = null;
                break;
        }
    }

    private async Task ResumeRoundAsync(StateMachine<Step, Trigger>.Transition _)
    {
        var round = _pending.Round!;
        _pending.RoundPaused = false;
        if (!round.IsFinished)
        {
            _next = Next.AskRound;
            return;
        }
        _pending.Draft = await GuidedRounds.ToDraftAsync(_turn, round);
        _next = Next.Confirm;
    }

    private Task AskClarificationAsync() => EntryDrafts.AskClarificationAsync(_turn, (EntriesDraft)_pending.Draft!);

    private async Task ClarifyAsync(Reading reading, StateMachine<Step, Trigger>.Transition _)
    {
        if (WelcomedCourtesy(reading))
        {
            _next = Next.Clarify;
            return;
        }
        _next = await EntryDrafts.ClarifyAsync(_turn, _pending, (EntriesDraft)_pending.Draft!, reading);
    }

    private void ShowSummary()
    {
        var draft = _pending.Draft!;
        _turn.SayPaged(draft.Summary(_turn.Sender), " ");
        _next = Next.Confirm;
    }

    /// <summary>Neither yes nor no (or both): nothing is done and the question stands, said plainly.</summary>
    private void AskAgain(Reading reading, StateMachine<Step, Trigger>.Transition _)
    {
        WelcomedCourtesy(reading);
        _turn.Say(DraftTexts.AskAgain(_pending.Draft!));
        _next = Next.Confirm;
    }

    private Task AskRoundAmountAsync() => GuidedRounds.AskAsync(_turn, _pending.Round!);

    private async Task AnswerRoundAsync(Reading reading, StateMachine<Step, Trigger>.Transition _)
    {
        if (WelcomedCourtesy(reading))
        {
            _next = Next.AskRound;
            return;
        }
        _next = await GuidedRounds.AnswerAsync(_turn, _pending, reading);
    }

    /// <summary>Thanks or a greeting while a question waits gets a polite word; the question is asked again.</summary>
    private bool WelcomedCourtesy(Reading reading)
    {
        if (reading.Intent is not (Intent.Thanks or Intent.Greeting)) return false;
        _turn.Say(reading.Intent == Intent.Thanks ? Texts.YoureWelcomeShort(_turn.Sender) : Texts.Greeted(_turn.Sender, _turn.PartOfDay));
        return true;
    }
}
