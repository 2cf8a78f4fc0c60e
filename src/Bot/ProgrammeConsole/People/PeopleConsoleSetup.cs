namespace Pkkpm.Bot.ProgrammeConsole.People;

public static class PeopleConsoleSetup
{
    /// <summary>The console's forms about people (/console/kpb/{code}/anggota-baru, ganti-nomor, keluar, pengurus).</summary>
    public static IServiceCollection AddPeopleConsole(this IServiceCollection services) => services.AddSingleton<PeopleDesk>();
}
