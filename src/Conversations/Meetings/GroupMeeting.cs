namespace Pkkpm.Conversations.Meetings;

/// <summary>One group's part of RAPAT SEMUA: its notice (with its own name) and its place.</summary>
internal sealed class GroupMeeting
{
    public long GroupId { get; set; }

    public string GroupName { get; set; } = "";

    public string Notice { get; set; } = "";

    public string Place { get; set; } = "";
}
