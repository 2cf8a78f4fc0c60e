namespace Pkkpm.Conversations.Questions;

/// <summary>A question just recorded: its code is what the pendamping types back with JAWAB.</summary>
public sealed record AskedQuestion(long QuestionId, string Code);
