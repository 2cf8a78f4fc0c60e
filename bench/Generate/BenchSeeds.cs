namespace Pkkpm.Bench.Generate;

/// <summary>
/// The demo seeds plus as many extra groups as the deposit runs have connections: the demo has
/// six treasurers, and a deposit pair (SETOR, then YA) only stays in order when each treasurer
/// is driven by one connection. Each extra group has a bendahara and five anggota whose full
/// names are distinct within the group, so SETOR never has to ask which member was meant.
/// </summary>
internal static class BenchSeeds
{
    public static readonly string[] MemberNames = ["Suparmi Lestari", "Tukinem Wati", "Wagiyem Rahayu", "Sumarni Hartati", "Painah Kasiyem"];

    public static int Write(string demoFolder, string outputFolder, int extraGroups)
    {
        Directory.CreateDirectory(outputFolder);
        foreach (var file in Directory.GetFiles(demoFolder, "*.csv"))
            File.Copy(file, Path.Combine(outputFolder, Path.GetFileName(file)), overwrite: true);

        using var groups = File.AppendText(Path.Combine(outputFolder, "groups.csv"));
        using var people = File.AppendText(Path.Combine(outputFolder, "people.csv"));
        for (var g = 1; g <= extraGroups; g++)
        {
            var code = $"B{g:D4}";
            groups.WriteLine($"{code},KPB Bench {g},Sumberejo,Senin,15:00,Balai Desa");
            // 0813 9 GGGGG M: twelve digits, a Telkomsel range the demo does not use.
            people.WriteLine($"08139{g:D5}0,Bendahara Bench,bendahara,{code},Ibu,");
            for (var m = 0; m < MemberNames.Length; m++)
                people.WriteLine($"08139{g:D5}{m + 1},{MemberNames[m]},anggota,{code},Ibu,");
        }
        return 0;
    }
}
