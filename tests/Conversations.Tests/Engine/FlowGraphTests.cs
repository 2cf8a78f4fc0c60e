using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>
/// docs/conversations.md shows the conversation machine as Stateless exports it. This test keeps
/// the file current: run it with UPDATE_DOCS=1 to rewrite the file after changing the machine.
/// </summary>
public class FlowGraphTests
{
    [Fact]
    public void The_documented_graph_is_the_machine_as_built()
    {
        var sender = new Sender(1, "Sri", Role.Bendahara, Salutations.Ibu, [new(1, "MAWAR", "KPB Mawar")]);
        var message = new InboundMessage("SM0", "+6281211110003", Channel.Sms, "", DateTimeOffset.UnixEpoch);
        var turn = new Turn(sender, message, new FakeConversationData(), new FakeTimeProvider(), new ConversationOptions(), default);
        var conversation = new Conversation(turn, ConversationState.Idle);
        var expected = $"""
            # Conversation flows

            Generated from the Stateless machine in `src/Conversations/Engine/Conversation.cs`
            (a test keeps this file current; `UPDATE_DOCS=1 dotnet test` rewrites it).

            ```mermaid
            {conversation.ToMermaid().Trim()}
            ```

            """.ReplaceLineEndings("\n");

        var path = Path.Combine(RepoRoot(), "docs", "conversations.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1") File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), "docs/conversations.md is missing: run the tests with UPDATE_DOCS=1");
        // Every transition says what it does: Stateless labels an unnamed action "[Function]".
        Assert.DoesNotContain("[Function]", expected);
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pkkpm.Bot.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Pkkpm.Bot.sln not found");
    }
}
