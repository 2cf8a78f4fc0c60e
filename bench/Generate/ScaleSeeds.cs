namespace Pkkpm.Bench.Generate;

/// <summary>
/// The scale dataset: <c>members</c> members in groups of 20 (a bendahara and 19 anggota), 20 groups
/// a village, every fourth member with a running loan, and <c>weeks</c> weekly deposits each,
/// written week by week as a ledger grows (a member's rows are spread over the whole table, not
/// side by side). No demo people: SALDO then reads a ledger of this size only. With
/// <c>repayments</c> (the console bench) each borrower also repays weekly, but every tenth of them
/// stops after half the weeks, so the loan book has arrears of every age to count.
/// </summary>
internal static class ScaleSeeds
{
    private const int GroupSize = 20, GroupsPerVillage = 20;
    private static readonly DateOnly FirstWeek = new(2025, 1, 6);

    public static int Write(string outputFolder, int members, int weeks, bool repayments = false)
    {
        Directory.CreateDirectory(outputFolder);
        var groupCount = (members + GroupSize - 1) / GroupSize;
        using (var groups = File.CreateText(Path.Combine(outputFolder, "groups.csv")))
        {
            groups.WriteLine("code,name,village,meeting_day,meeting_time,meeting_place");
            for (var g = 0; g < groupCount; g++)
                groups.WriteLine($"S{g:D6},KPB Skala {g},Desa {g / GroupsPerVillage},Senin,15:00,Balai Desa");
        }
        using (var people = File.CreateText(Path.Combine(outputFolder, "people.csv")))
        {
            people.WriteLine("phone,name,role,group_codes,salutation,panggilan");
            for (var m = 0; m < members; m++)
                people.WriteLine($"{Phone(m)},Anggota {m},{(m % GroupSize == 0 ? "bendahara" : "anggota")},S{m / GroupSize:D6},Ibu,");
        }
        using (var loans = File.CreateText(Path.Combine(outputFolder, "loans.csv")))
        {
            loans.WriteLine("phone,principal,disbursed_on,instalments,instalment_amount,frequency");
            for (var m = 3; m < members; m += 4)
                loans.WriteLine($"{Phone(m)},1000000,{FirstWeek:yyyy-MM-dd},25,43000,mingguan");
        }
        using var ledger = new StreamWriter(Path.Combine(outputFolder, "ledger.csv"), new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 20 });
        ledger.WriteLine("date,phone,type,amount,note");
        for (var w = 0; w < weeks; w++)
        {
            var day = FirstWeek.AddDays(7 * w).ToString("yyyy-MM-dd");
            for (var m = 0; m < members; m++) ledger.WriteLine($"{day},{Phone(m)},setoran,10000,");
            if (!repayments) continue;
            for (var m = 3; m < members; m += 4)
                if (m % 40 != 3 || w < weeks / 2) ledger.WriteLine($"{day},{Phone(m)},angsuran,43000,");
        }
        return 0;
    }

    /// <summary>0815 and eight digits: a range neither the demo nor the bench groups use.</summary>
    private static string Phone(int member) => $"0815{member:D8}";
}
