namespace Pkkpm.Bot.ProgrammeConsole.Meetings;

public static class MeetingConsoleSetup
{
    /// <summary>The console's form to call a meeting (/console/rapat).</summary>
    public static IServiceCollection AddMeetingConsole(this IServiceCollection services) => services.AddSingleton<MeetingDesk>();
}
