namespace Pkkpm.Bench.Generate;

/// <summary>
/// people.csv read plainly (the demo and the bench seeds have no quoted fields). Phones are
/// written every way people write them (0812-3400-103, +62 812 ...); Twilio posts E.164.
/// </summary>
internal static class SeedPeople
{
    public static IReadOnlyList<SeedPerson> Read(string seedsFolder) =>
        File.ReadLines(Path.Combine(seedsFolder, "people.csv"))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(','))
            .Select(cells => new SeedPerson(E164(cells[0]), cells[1].Trim(), cells[2].Trim(), cells[3].Trim()))
            .ToList();

    private static string E164(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        return "+" + (digits.StartsWith('0') ? "62" + digits[1..] : digits);
    }
}
