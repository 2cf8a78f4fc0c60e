namespace Pkkpm.Conversations.Money;

/// <summary>Adds up the tokens of an amount: quantities (digits or words), each closed by a
/// unit, largest unit first ("1 jt 500 rb", "satu juta dua ratus ribu"), and perhaps a last
/// quantity with no unit ("1jt500", "seribu lima ratus", or just "50.000").</summary>
internal sealed class AmountGrammar
{
    /// <param name="HasUnit">False for a plain number ("50", "50.000"): only those can be asked back.</param>
    internal readonly record struct Sum(AmountOutcome Outcome, long Value, bool HasUnit);

    private long _total;
    private long _lastUnit;          // 0 until a unit has closed a quantity
    private NumberLiteral? _literal; // the open quantity, typed in digits...
    private WordChunk? _words;       // ...or in words
    private bool _ended;             // "sejuta setengah": nothing may follow

    private bool HasQuantity => _literal is not null || _words is not null;

    public static Sum Read(IEnumerable<AmountToken> tokens)
    {
        var grammar = new AmountGrammar();
        foreach (var token in tokens)
        {
            var outcome = grammar.Take(token);
            if (outcome != AmountOutcome.Ok)
                return new Sum(outcome, outcome == AmountOutcome.TooLarge ? long.MaxValue : 0, false);
        }
        return grammar.End();
    }

    private AmountOutcome Take(AmountToken token)
    {
        if (_ended || HasQuantity && token.Number is not null)
            return AmountOutcome.NotANumber; // "50 5", "dua 50", "sejuta setengah 2"
        if (token.Number is { } literal)
        {
            _literal = literal;
            return AmountOutcome.Ok;
        }
        if (NumberWords.Find(token.Word!) is not { } word)
            return AmountOutcome.NotANumber;
        switch (word.Kind)
        {
            case WordKind.Unit:
                return TakeQuantity(withUnit: true) is { } quantity
                    ? Close(word.Value, quantity)
                    : AmountOutcome.NotANumber;
            case WordKind.OneUnit:
                return HasQuantity
                    ? AmountOutcome.NotANumber
                    : Close(word.Value, LiteralReading.Ok(ExactNumber.Of(1)));
            case WordKind.Half when !HasQuantity && _lastUnit != 0:
                // "sejuta setengah", "dua juta setengah": half of the unit just closed.
                _total += _lastUnit / 2;
                _ended = true;
                return AmountOutcome.Ok;
            case WordKind.Currency:
                return AmountOutcome.NotANumber; // only at either end, where the parser drops it
            // "2 puluh ribu", "5 ratus": a digit typed as a figure before puluh, belas or ratus.
            case WordKind.Tens or WordKind.Teens or WordKind.Hundreds when _literal is { Separators.Count: 0, Groups: [{ Length: 1 } digit] }:
                _literal = null;
                _words = new WordChunk();
                return _words.Add(new NumberWord(WordKind.Digit, digit[0] - '0')) && _words.Add(word)
                    ? AmountOutcome.Ok
                    : AmountOutcome.NotANumber;
            default:
                if (_literal is not null) return AmountOutcome.NotANumber;
                _words ??= new WordChunk();
                return _words.Add(word) ? AmountOutcome.Ok : AmountOutcome.NotANumber;
        }
    }

    private AmountOutcome Close(long unit, LiteralReading quantity)
    {
        if (quantity.Outcome != AmountOutcome.Ok)
            return quantity.Outcome;
        if (_lastUnit != 0 && unit >= _lastUnit)
            return AmountOutcome.NotANumber; // "50rb 2jt", "1rb 2rb"
        if (quantity.Number.Times(unit) is not { } value)
            return AmountOutcome.Ambiguous;  // not whole rupiah: 1,2345rb
        if (_lastUnit != 0 && value >= _lastUnit)
            return AmountOutcome.Ambiguous;  // "1jt 1500rb": did they mean 2,5 juta?
        _total += value;
        _lastUnit = unit;
        return AmountOutcome.Ok;
    }

    private Sum End()
    {
        if (TakeQuantity(withUnit: false) is not { } trailing)
            return new Sum(_lastUnit == 0 ? AmountOutcome.NotANumber : AmountOutcome.Ok, _total, true);
        if (trailing.Outcome != AmountOutcome.Ok)
            return new Sum(trailing.Outcome, trailing.Outcome == AmountOutcome.TooLarge ? long.MaxValue : 0, false);
        if (!trailing.Number.IsWhole)
            return new Sum(AmountOutcome.NotANumber, 0, false); // "setengah" with no unit
        var value = trailing.Number.Whole;
        if (_lastUnit == 0)
            return new Sum(AmountOutcome.Ok, value, false);
        // After a unit a bare number counts in the next smaller unit, as people say it:
        // "1jt500" and "sejuta lima ratus" are 1.500.000, "50rb500" is 50.500.
        // A larger number is plain rupiah ("1 juta 500.000"), if it fits below the unit.
        if (value < 1000)
            return new Sum(AmountOutcome.Ok, _total + value * (_lastUnit / 1000), true);
        return value < _lastUnit
            ? new Sum(AmountOutcome.Ok, _total + value, true)
            : new Sum(AmountOutcome.Ambiguous, 0, true);
    }

    private LiteralReading? TakeQuantity(bool withUnit)
    {
        if (_literal is { } literal)
        {
            _literal = null;
            return withUnit ? literal.ReadWithUnit() : literal.ReadPlain();
        }
        if (_words is { } words)
        {
            _words = null;
            return words.Finish() is { } number
                ? LiteralReading.Ok(number)
                : new LiteralReading(AmountOutcome.NotANumber, default);
        }
        return null;
    }
}
