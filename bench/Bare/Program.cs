// The bare endpoint the service is measured against: the same Kestrel, the same form read in
// full, a fixed TwiML answer. Whatever the service is slower than this is the service's own cost
// (signature check, turn, database, logging), not the framework's or the machine's.
var builder = WebApplication.CreateSlimBuilder(args);
// Logging as the service is run in the bench (Warning): run.sh reads the port from the start line.
var app = builder.Build();

const string Reply = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Saldo Ibu Rp50.000. Terima kasih.</Message></Response>";

app.MapPost("/twilio/messages", async (HttpRequest request) =>
{
    // Read the form as the service must (every field is signed), and touch what it reads first.
    var form = await request.ReadFormAsync();
    return form["MessageSid"].Count == 0
        ? Results.BadRequest()
        : TypedResults.Text(Reply, "application/xml");
}).DisableAntiforgery();

app.Run();
