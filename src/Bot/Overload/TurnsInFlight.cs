using Microsoft.Extensions.Options;
using Pkkpm.Bot.Floods;

namespace Pkkpm.Bot.Overload;

/// <summary>
/// How many webhooks are being answered right now, against Limits__TurnsInFlight. A place is
/// taken when a turn starts and given back as soon as its answer is decided, before the answer is
/// written: a sender whose answer has just arrived and who writes again at once never finds her
/// own last turn still counted.
/// </summary>
public sealed class TurnsInFlight(IOptions<LimitsOptions> options)
{
    private int _count;

    /// <summary>False when the service is full: answer 503 at once, without a place to give back.</summary>
    public bool TryEnter()
    {
        var limit = options.Value.TurnsInFlight;
        if (limit == 0) return true;
        if (Interlocked.Increment(ref _count) <= limit) return true;
        Interlocked.Decrement(ref _count);
        return false;
    }

    public void Exit()
    {
        if (options.Value.TurnsInFlight != 0) Interlocked.Decrement(ref _count);
    }
}
