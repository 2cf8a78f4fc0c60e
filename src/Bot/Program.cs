using Pkkpm.Bot.Backup;
using Pkkpm.Bot.Database;
using Pkkpm.Bot.Health;
using Pkkpm.Bot.LocalSend;
using Pkkpm.Bot.Messages;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Scheduling;
using Pkkpm.Bot.Twilio;

// `dotnet run --project src/Bot -- send <phone> <text>` talks to a running service as Twilio would.
if (args is ["send", .. var sendArgs]) return await SendCommand.RunAsync(sendArgs);
if (args is ["health", .. var healthArgs]) return await HealthCommand.RunAsync(healthArgs);
if (args is ["backup", .. var backupArgs]) return await BackupCommand.RunAsync(backupArgs);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTwilioChannel(builder.Configuration, builder.Environment);
builder.Services.AddMessageTurns();
builder.Services.AddOutbound(builder.Configuration);
builder.Services.AddScheduledWork(builder.Configuration);

var app = builder.Build();

app.MapHealth();
app.MapTwilioWebhooks();

app.Run();
return 0;

public partial class Program;
