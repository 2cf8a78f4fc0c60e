using PhoneNumbers;

namespace Pkkpm.Conversations.Phones;

/// <summary>
/// Phone numbers as people write them (0812-3456-7890, 62812..., +62 (0)812...) to E.164.
/// libphonenumber knows Indonesia's numbering plan; we only remove the "(0)" trunk prefix
/// that people copy from business cards, which it would otherwise read as part of the number.
/// </summary>
public static class IndonesianPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string? text, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Replace("(0)", "").Trim();
        // "62812..." without a plus is how spreadsheets keep numbers; libphonenumber would read
        // it as a national number starting with 62.
        if (cleaned.StartsWith("62") && !cleaned.StartsWith("620")) cleaned = "+" + cleaned;
        try
        {
            var number = Util.Parse(cleaned, "ID");
            if (!Util.IsValidNumber(number)) return false;
            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>For logs: personal data, so only the last three digits show. A sender that is not
    /// plain ASCII is no number we know and is hidden whole: a cut could split an emoji in two.</summary>
    public static string Mask(string? phone) =>
        string.IsNullOrEmpty(phone) || phone.Length <= 5 || !System.Text.Ascii.IsValid(phone) ? "***" : $"{phone[..3]}******{phone[^3..]}";
}
