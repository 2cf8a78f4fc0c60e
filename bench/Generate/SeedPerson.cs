namespace Pkkpm.Bench.Generate;

/// <summary>One row of people.csv, with its phone in E.164 as Twilio would post it.</summary>
internal sealed record SeedPerson(string Phone, string Name, string Role, string Group);
