using Pkkpm.Bench.Generate;

// bench/run.sh calls these; each writes files and prints nothing but errors (message prints its one line).
//   seeds DEMO_SEEDS OUT_FOLDER EXTRA_GROUPS
//   scale OUT_FOLDER MEMBERS WEEKS
//   console OUT_FOLDER MEMBERS WEEKS   (the scale set with weekly repayments, for the console bench)
//   saldo URL TOKEN SEEDS OUT_FILE COUNT
//   deposits URL TOKEN SEEDS OUT_FOLDER TREASURERS PAIRS_EACH MEMBERS_PER_SETOR
//   message URL TOKEN PHONE TEXT
return args switch
{
    ["seeds", var demo, var output, var groups] => BenchSeeds.Write(demo, output, int.Parse(groups)),
    ["scale", var output, var members, var weeks] => ScaleSeeds.Write(output, int.Parse(members), int.Parse(weeks)),
    ["console", var output, var members, var weeks] => ScaleSeeds.Write(output, int.Parse(members), int.Parse(weeks), repayments: true),
    ["saldo", var url, var token, var seeds, var output, var count] =>
        SignedRequests.Saldo(new WebhookSigner(url, token), SeedPeople.Read(seeds), output, int.Parse(count)),
    ["deposits", var url, var token, var seeds, var output, var treasurers, var pairs, var members] =>
        SignedRequests.Deposits(new WebhookSigner(url, token), SeedPeople.Read(seeds), output, int.Parse(treasurers), int.Parse(pairs), int.Parse(members)),
    ["message", var url, var token, var phone, var text] => SignedRequests.Message(new WebhookSigner(url, token), phone, text),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seeds DEMO OUT GROUPS | scale OUT MEMBERS WEEKS | console OUT MEMBERS WEEKS | saldo URL TOKEN SEEDS OUT COUNT | deposits URL TOKEN SEEDS OUT TREASURERS PAIRS MEMBERS | message URL TOKEN PHONE TEXT");
    return 2;
}
