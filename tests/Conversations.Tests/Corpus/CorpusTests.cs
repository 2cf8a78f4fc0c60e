using System.Text;
using Pkkpm.Conversations.Understanding;
using Xunit.Abstractions;

namespace Pkkpm.Conversations.Tests.Corpus;

/// <summary>
/// Understanding, measured: every message of the corpus (see README.md beside this file) is read in
/// its context and compared with its label. The accuracy of each intent and every confusion are
/// printed; any intent under 98 % fails the test.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const double Required = 0.98;

    private static readonly IReadOnlyList<CorpusMessage> Messages =
        CorpusMessage.Load(Path.Combine(AppContext.BaseDirectory, "Corpus"));

    [Fact]
    public void Every_intent_is_read_right_at_least_98_percent_of_the_time()
    {
        var results = Messages.Select(m => (Message: m, Reading: MessageReader.Read(m.Text, m.Context))).ToList();
        var report = new StringBuilder();
        report.AppendLine($"{results.Count} messages; by intent (right / all):");
        var failing = new List<Intent>();
        foreach (var group in results.GroupBy(r => r.Message.Intent).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var right = group.Count(r => IsRight(r.Message, r.Reading));
            var accuracy = (double)right / group.Count();
            if (accuracy < Required) failing.Add(group.Key);
            report.AppendLine($"  {group.Key,-16} {right,4} / {group.Count(),-4} {accuracy,7:P1}");
        }
        foreach (var file in results.GroupBy(r => r.Message.Source))
            report.AppendLine($"  file {file.Key,-16} {file.Count(r => IsRight(r.Message, r.Reading)),4} / {file.Count()}");

        var wrong = results.Where(r => !IsRight(r.Message, r.Reading)).ToList();
        report.AppendLine($"Confusions ({wrong.Count}):");
        foreach (var (message, reading) in wrong)
            report.AppendLine($"  {message.Intent} -> {reading.Intent} [{reading.Arguments}] expected [{message.Arguments}]: {message}");
        output.WriteLine(report.ToString());

        Assert.True(failing.Count == 0, $"Under {Required:P0}: {string.Join(", ", failing)}.\n{report}");
    }

    [Fact]
    public void The_corpus_covers_every_intent_in_every_state_it_names()
    {
        Assert.True(Messages.Count >= 500, $"{Messages.Count} messages");
        var missing = Enum.GetValues<Intent>().Where(intent => Messages.Count(m => m.Intent == intent) < 5).ToList();
        Assert.Empty(missing);
        Assert.All(Enum.GetValues<Awaiting>(), awaiting => Assert.True(Messages.Count(m => m.Awaiting == awaiting) >= 50, $"{awaiting}"));
    }

    private static bool IsRight(CorpusMessage message, Reading reading) =>
        reading.Intent == message.Intent && ArgumentsAgree(message, reading.Arguments);

    // The README's rule: reasons are checked as contained, arguments of intents that carry none are
    // not checked, the rest are compared without regard to case, spacing or punctuation at the ends.
    private static bool ArgumentsAgree(CorpusMessage message, string actual) => message.Intent switch
    {
        Intent.Excused or Intent.Sick => Comparable(actual).Contains(Comparable(message.Arguments), StringComparison.Ordinal),
        Intent.Deposit or Intent.Repayment or Intent.Withdrawal or Intent.MemberList or Intent.Summary or Intent.Correction
            or Intent.Accept or Intent.Reject or Intent.AttendanceRoll or Intent.Broadcast or Intent.BroadcastStatus or Intent.Tips
            => Comparable(actual) == Comparable(message.Arguments),
        // A meeting call carries its details; a question about the next meeting carries nothing to check.
        Intent.Schedule => message.Arguments.Length == 0 || Comparable(actual) == Comparable(message.Arguments),
        Intent.Ask or Intent.Answer => Comparable(actual) == Comparable(message.Arguments),
        _ => true,
    };

    private static string Comparable(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim(".,:;!?#-'\"()".ToCharArray());
    }
}
