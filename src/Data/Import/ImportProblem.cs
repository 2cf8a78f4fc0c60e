namespace Pkkpm.Data.Import;

/// <summary>A bad line, as an editor finds it: `people.csv:3: phone '0812' is not a valid Indonesian mobile number`.</summary>
public sealed record ImportProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
