using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// What a pendamping is told about a member's failing number: the member by name and group, the
/// number's last four digits (enough to compare with the one in her own phone book, and no more
/// for a notice read over a shoulder), and what to do.
/// </summary>
internal static class FailingNumberNotice
{
    public static string For(OutboxDelivery.FailingNumberContact contact, string phone, int failures)
    {
        string Text(string name)
        {
            var who = $"{Salutations.Short(contact.MemberSalutation)} {name}".Trim(); // "Bu Sri Wahyuni"
            return $"Pesan ke {who} ({contact.GroupCode}, no. HP akhiran {phone[^4..]}) gagal terkirim {failures} kali berturut-turut. "
                   + "Mohon dicek bersama beliau: nomornya masih aktif atau sudah ganti?";
        }
        // A long name: the name the group calls her still says who it is.
        var full = Text(Gsm7Text.Fold(contact.MemberName));
        return SmsLength.FitsOneSegment(full) ? full : Text(Gsm7Text.Fold(Names.Short(contact.MemberName, contact.MemberPanggilan)));
    }
}
