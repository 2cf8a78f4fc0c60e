namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>What the figures partial needs: the figures and the period they cover (carried on in its links).</summary>
public sealed record FiguresView(FigureSet Figures, ConsolePeriod Period);
