using System.Globalization;
using System.Text.Json;

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

// A fake of Twilio's Messages endpoint for bench/run.sh --outbound: takes every message at once
// and answers as Twilio does (201, a fresh SM sid, status queued), so the outbound worker's rate
// is measured against the fastest Twilio this machine can offer.
var messages = 0L;
app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", async (string accountSid, HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var sid = "SM" + Interlocked.Increment(ref messages).ToString("x32", CultureInfo.InvariantCulture);
    var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
    string Json(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
    var body = $$"""
        {"sid":{{Json(sid)}},"account_sid":{{Json(accountSid)}},"to":{{Json(form["To"])}},"from":{{Json(form["From"])}},
         "body":{{Json(form["Body"])}},"status":"queued","direction":"outbound-api","api_version":"2010-04-01",
         "num_segments":"1","num_media":"0","date_created":{{Json(now)}},"date_updated":{{Json(now)}},"date_sent":null,
         "error_code":null,"error_message":null,"uri":{{Json($"/2010-04-01/Accounts/{accountSid}/Messages/{sid}.json")}}}
        """;
    return Results.Text(body, "application/json", statusCode: 201);
}).DisableAntiforgery();

app.Run();
