namespace Pkkpm.Conversations.Meetings;

/// <summary>The Javanese five-day market week: a selapanan group meets on one weekday and one
/// pasaran ("Kamis Legi"), which come together again every 35 days.</summary>
public static class Pasaran
{
    public static readonly string[] Names = ["Legi", "Pahing", "Pon", "Wage", "Kliwon"];

    // 17 August 1945, the proclamation, was Jumat Legi (and 1 January 1900 Senin Pahing, which agrees).
    private static readonly int LegiDayNumber = new DateOnly(1945, 8, 17).DayNumber;

    /// <summary>The market day of <paramref name="date"/>: Thursday 3 December 2026 is Kamis Wage.</summary>
    public static string Of(DateOnly date) => Names[(((date.DayNumber - LegiDayNumber) % 5) + 5) % 5];

    /// <summary>The market day written after the weekday ("Kamis Legi", "Kemis Paing"), if any.</summary>
    public static string? Named(string? meetingDay)
    {
        var second = meetingDay?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();
        return second is null ? null : Read(second);
    }

    /// <summary>The market day a word names ("legi", "Paing", "Kliwon."), if it names one.</summary>
    public static string? Read(string word)
    {
        // "Paing" is how many write Pahing.
        if (word.TrimEnd(',', '.').Equals("paing", StringComparison.OrdinalIgnoreCase)) return "Pahing";
        return Names.FirstOrDefault(n => n.Equals(word.TrimEnd(',', '.'), StringComparison.OrdinalIgnoreCase));
    }
}
