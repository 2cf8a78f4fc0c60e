namespace Pkkpm.Conversations.Money;

/// <summary>Builds a number under 1.000 from words, largest part first:
/// "tujuh ratus lima puluh" is 700 + 50, "rong atus seket loro" is 200 + 50 + 2.
/// Parts out of order or doubled ("lima puluh dua puluh", "dua tiga") make it invalid.</summary>
internal sealed class WordChunk
{
    private const long NoPartsYet = 1000;

    private long _value;
    private long _limit = NoPartsYet; // the next part must be smaller than this
    private long? _digit;             // a digit waiting to see whether puluh/belas/ratus follows
    private bool _half;

    /// <returns>False when the word cannot go here.</returns>
    public bool Add(NumberWord word)
    {
        if (_half)
            return false; // "setengah" ends a quantity: only a unit may follow
        switch (word.Kind)
        {
            case WordKind.Digit:
                if (!FlushDigit()) return false;
                _digit = word.Value;
                return true;
            case WordKind.Value:
                return FlushDigit() && AddPart(word.Value);
            case WordKind.Tens or WordKind.Teens or WordKind.Hundreds:
                if (_digit is not { } digit || digit is < 1 or > 9) return false;
                _digit = null;
                return AddPart(word.Kind switch
                {
                    WordKind.Tens => digit * 10,
                    WordKind.Teens => digit + 10,
                    _ => digit * 100,
                });
            case WordKind.Half:
                _half = true;
                return FlushDigit();
            default:
                return false;
        }
    }

    /// <returns>The number (with a half from "setengah"), or null when a digit is left over
    /// that does not fit ("lima puluh lima tiga").</returns>
    public ExactNumber? Finish() =>
        FlushDigit() ? new ExactNumber(_value, _half ? 5 : 0, _half ? 1 : 0) : null;

    private bool FlushDigit()
    {
        if (_digit is not { } digit) return true;
        _digit = null;
        return AddPart(digit);
    }

    private bool AddPart(long part)
    {
        if (part >= _limit || (part == 0 && _limit != NoPartsYet))
            return false;
        _value += part;
        // After hundreds come tens, after tens come units; 15 or 25 leave room for nothing.
        _limit = part == 0 ? 0 : part % 10 != 0 ? 1 : part % 100 == 0 ? 100 : 10;
        return true;
    }
}
