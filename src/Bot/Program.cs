using Pkkpm.Bot.Backup;
using Pkkpm.Bot.Broadcasts;
using Pkkpm.Bot.ProgrammeConsole;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Bot.ProgrammeConsole.Downloads;
using Pkkpm.Bot.ProgrammeConsole.Meetings;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Bot.ProgrammeConsole.Simulator;
using Pkkpm.Bot.Database;
using Pkkpm.Bot.Deployment;
using Pkkpm.Bot.Floods;
using Pkkpm.Bot.Health;
using Pkkpm.Bot.Import;
using Pkkpm.Bot.LocalSend;
using Pkkpm.Bot.Messages;
using Pkkpm.Bot.Observability;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Overload;
using Pkkpm.Bot.Scheduling;
using Pkkpm.Bot.Twilio;
using Pkkpm.Bot.Voice;

// `dotnet run --project src/Bot -- send <phone> <text>` talks to a running service as Twilio would.
if (args is ["send", .. var sendArgs]) return await SendCommand.RunAsync(sendArgs);
if (args is ["health", .. var healthArgs]) return await HealthCommand.RunAsync(healthArgs);
if (args is ["backup", .. var backupArgs]) return await BackupCommand.RunAsync(backupArgs);
if (args is ["import", .. var importArgs]) return await ImportCommand.RunAsync(importArgs);
if (args is ["export", .. var exportArgs]) return await ExportCommand.RunAsync(exportArgs);
if (args is ["call", .. var callArgs]) return await CallCommand.RunAsync(callArgs);

// Unsafe settings (no Twilio account in Production, the public token on a public address) stop
// the start before anything listens: the operator reads one line naming them, not a stack trace.
AppDomain.CurrentDomain.UnhandledException += StartRefusal.ExitWithOneLine;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTwilioChannel(builder.Configuration, builder.Environment);
builder.Services.AddFloodGuard();
builder.Services.AddOverloadShedding();
builder.Services.AddMessageTurns();
builder.Services.AddBroadcastFanOut(builder.Configuration);
builder.Services.AddOutbound(builder.Configuration, builder.Environment);
builder.Services.AddOutboundFaults(builder.Configuration);
builder.Services.AddScheduledWork(builder.Configuration);
builder.Services.AddObservability(builder.Configuration);
builder.Services.AddHealth(builder.Configuration);
builder.Services.AddConsole(builder.Environment);
builder.Services.AddSimulator(builder.Environment);
builder.Services.AddPeopleConsole();
builder.Services.AddMeetingConsole();
builder.Services.AddDashboard(builder.Configuration);
builder.Services.AddVoice(builder.Configuration);

var app = builder.Build();
StartRefusal.ThrowIfRefused(app.Services);

app.UseDatabaseUnavailableRefusal();
app.MapHealth();
app.MapTwilioWebhooks();
app.MapVoice();
app.MapConsole();
app.MapDownloads();

app.Run();
return 0;

public partial class Program;
