using System.Security.Cryptography;
using System.Text;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// Six digits, from a cryptographic random source (digits only: quick to type on a feature phone).
/// Only a salted hash is stored: whoever reads the table cannot use a live code without trying.
/// </summary>
public static class SignInCode
{
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string salt, string code) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(code)));

    /// <summary>Compared in constant time. What people type is forgiven its spaces and dashes ("123 456").</summary>
    public static bool Matches(string salt, string storedHash, string? typed)
    {
        var digits = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(salt, digits)), Encoding.ASCII.GetBytes(storedHash));
    }
}
