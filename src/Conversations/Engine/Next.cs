namespace Pkkpm.Conversations.Engine;

/// <summary>What a flow needs after answering: nothing more, or another answer from the person.</summary>
internal enum Next
{
    /// <summary>Finished: the conversation is idle again.</summary>
    Done,

    /// <summary>A draft line needs an answer first (which member? which amount?).</summary>
    Clarify,

    /// <summary>The draft is complete and awaits YA or BATAL.</summary>
    Confirm,

    /// <summary>The guided round asks for the next member's amount.</summary>
    AskRound,

    /// <summary>A command close to what was typed was suggested and awaits YA.</summary>
    ConfirmSuggestion,
}
