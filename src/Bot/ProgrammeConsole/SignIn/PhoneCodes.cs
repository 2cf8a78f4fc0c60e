using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Console;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// Codes sent to a phone and checked. A request looks the same from outside whoever the number
/// is: the same answer, the same limits; only a person who may sign in and has not opted out is
/// sent a code, through the outbox like any other message, on the channel they last wrote on.
/// </summary>
public sealed class PhoneCodes(IDatabase database, TimeProvider clock, IOptions<SignInOptions> options, IHostEnvironment environment, ILogger<PhoneCodes> logger)
{
    public enum Requested { Accepted, Limited }

    public sealed record SignedIn(string SessionId, long PersonId, string Name, string Role);

    private SignInOptions Options => options.Value;

    public async Task<Requested> RequestAsync(string phone, string clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var code = SignInCode.New();
        var sent = await database.WriteAsync(async (connection, transaction) =>
        {
            var (forPhone, forAddress) = await SignInCodes.CountRequestsAsync(connection, transaction, phone, clientAddress, now - Options.LimitWindow);
            if (forPhone >= Options.CodesPerNumber || forAddress >= Options.CodesPerAddress) return (bool?)null;
            await SignInCodes.RecordRequestAsync(connection, transaction, phone, clientAddress, now);

            var recipient = await SignInCodes.FindRecipientAsync(connection, transaction, phone);
            if (recipient is null || recipient.OptedOutAt is not null || !ConsoleRoles.MaySignIn(recipient.Role)) return false;
            var salt = SignInCode.NewSalt();
            await SignInCodes.ReplaceAsync(connection, transaction, phone, recipient.PersonId, salt, SignInCode.Hash(salt, code),
                Options.CodeTries, now + Options.CodeLifetime, now);
            await Outbox.QueueAsync(connection, transaction,
                new QueueOutbound(phone, null, SignInTexts.CodeSms(code, Options.CodeLifetime), OutboundKinds.SignInCode), null, now);
            return true;
        }, cancellationToken);

        if (sent is null) return Requested.Limited;
        // Offline demos have no phone to receive it. Never outside Development: a log is read by many.
        if (sent == true && environment.IsDevelopment())
            logger.LogInformation("Development only: sign-in code for {Phone} is {Code}", IndonesianPhone.Mask(phone), code);
        return Requested.Accepted;
    }

    /// <summary>The session begun when <paramref name="typed"/> is the phone's live code; a wrong code spends a try.</summary>
    public Task<SignedIn?> CheckAsync(string phone, string? typed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.WriteAsync(async (connection, transaction) =>
        {
            var stored = await SignInCodes.FindAsync(connection, transaction, phone);
            if (stored is null) return null;
            if (stored.ExpiresAt <= now)
            {
                await SignInCodes.DeleteAsync(connection, transaction, phone);
                return null;
            }
            if (!SignInCode.Matches(stored.Salt, stored.CodeHash, typed))
            {
                await SignInCodes.SpendTryAsync(connection, transaction, phone);
                return null;
            }
            await SignInCodes.DeleteAsync(connection, transaction, phone);
            var sessionId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var person = await ConsoleSessions.StartAsync(connection, transaction, sessionId, stored.PersonId, now);
            return new SignedIn(sessionId, stored.PersonId, person.Name, person.Role);
        }, cancellationToken);
    }
}
