using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Conversations.Tests.Attendance;

/// <summary>ABSEN's list of who came, as a treasurer types it.</summary>
public class AttendanceArgumentsTests
{
    [Theory]
    [InlineData("1 2 3 5-9, 12", "1 2 3 5 6 7 8 9 12")]
    [InlineData("1#2#3", "1 2 3")]
    [InlineData("3,1,2,2", "1 2 3")]
    [InlineData("1.2.3", "1 2 3")]
    [InlineData("1;2\n3", "1 2 3")]
    [InlineData("5 - 7", "5 6 7")]
    [InlineData("5\u20137", "5 6 7")]
    [InlineData("5 s/d 7, 9", "5 6 7 9")]
    [InlineData("5 sampai 7", "5 6 7")]
    [InlineData("1-3 2-4", "1 2 3 4")]
    [InlineData("7-7", "7")]
    [InlineData("no 1, 2 dan 3", "1 2 3")]
    [InlineData("99", "99")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    public void ReadsNumbersAndRanges(string arguments, string expected)
    {
        var list = AttendanceArguments.Parse(arguments);
        Assert.Null(list.Error);
        Assert.Equal(expected, string.Join(' ', list.Numbers));
    }

    [Theory]
    [InlineData("1 2 Sri", "Sri")]
    [InlineData("1 2 x3", "x3")]
    [InlineData("9-5", "9-5")]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("1-200", "1-200")]
    [InlineData("1 5-", "5-")]
    [InlineData("1-2-3", "1-2-3")]
    public void NamesTheFirstPartThatIsNotANumber(string arguments, string fragment)
    {
        var list = AttendanceArguments.Parse(arguments);
        Assert.Equal(fragment, list.Error);
        Assert.Empty(list.Numbers);
    }
}
