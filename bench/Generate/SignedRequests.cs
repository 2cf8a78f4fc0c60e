namespace Pkkpm.Bench.Generate;

/// <summary>The request files bench/webhooks.lua cycles through, one signed webhook a line.</summary>
internal static class SignedRequests
{
    /// <summary>SALDO from every member and officer in turn (a pendamping has no savings).</summary>
    public static int Saldo(WebhookSigner signer, IReadOnlyList<SeedPerson> people, string outputFile, int count)
    {
        var members = people.Where(p => p.Role != "pendamping").ToList();
        using var output = File.CreateText(outputFile);
        for (var i = 0; i < count; i++) output.WriteLine(signer.Line(members[i % members.Count].Phone, "SALDO"));
        return 0;
    }

    /// <summary>
    /// One file per treasurer (t0001.txt ...), SETOR of some members of her group then YA, again
    /// and again: the wrk thread that owns the file sends them in order on its one connection.
    /// </summary>
    public static int Deposits(WebhookSigner signer, IReadOnlyList<SeedPerson> people, string outputFolder, int treasurers, int pairsEach, int membersPerSetor)
    {
        var bendahara = people.Where(p => p.Role == "bendahara").ToList();
        if (bendahara.Count < treasurers)
        {
            Console.Error.WriteLine($"the seeds have {bendahara.Count} treasurers, {treasurers} wanted: write bench seeds with more groups");
            return 1;
        }
        Directory.CreateDirectory(outputFolder);
        for (var t = 0; t < treasurers; t++)
        {
            var treasurer = bendahara[t];
            // Full names of anggota only: first names repeat in a group (Sri Wahyuni, Sri Lestari).
            var names = people.Where(p => p.Group == treasurer.Group && p.Role == "anggota").Select(p => p.Name).Take(membersPerSetor);
            var setor = "SETOR " + string.Join(", ", names.Select(n => n + " 20rb"));
            using var output = File.CreateText(Path.Combine(outputFolder, $"t{t + 1:D4}.txt"));
            for (var i = 0; i < pairsEach; i++)
            {
                output.WriteLine(signer.Line(treasurer.Phone, setor));
                output.WriteLine(signer.Line(treasurer.Phone, "YA"));
            }
        }
        return 0;
    }

    /// <summary>One message, signed, on stdout ("signature TAB body"): run.sh posts it with curl.</summary>
    public static int Message(WebhookSigner signer, string phone, string text)
    {
        Console.WriteLine(signer.Line(phone, text));
        return 0;
    }
}
