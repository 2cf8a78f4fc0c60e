using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Loans;

/// <summary>CAIR: a loan to one member, recorded on YA with its schedule; the member gets the schedule by SMS.</summary>
internal sealed class LoanDraft : Draft
{
    public long GroupId { get; set; }
    public string GroupCode { get; set; } = "";
    public string GroupName { get; set; } = "";
    public long PersonId { get; set; }
    public string MemberName { get; set; } = "";
    public string MemberPhone { get; set; } = "";
    public string MemberSalutation { get; set; } = "";

    /// <summary>"Ibu Sri": how the summary and her schedule address her.</summary>
    public string MemberAddressed { get; set; } = "";

    public long Principal { get; set; }
    public int Instalments { get; set; }
    public LoanFrequency Frequency { get; set; }
    public decimal FeePercent { get; set; }
    public long Fee { get; set; }
    public long Instalment { get; set; }
    public bool InstalmentGiven { get; set; }

    /// <summary>As the summary showed it; at YA the schedule starts from that day's date.</summary>
    public DateOnly FirstDue { get; set; }

    public override string Noun => "pencairan pinjaman";

    public override string Verb => "catat";

    public override IEnumerable<string> Summary(Sender sender) => [.. LoanTexts.Summary(this), Prompt];

    /// <summary>Still the pendamping of the member's group.</summary>
    public override bool MayBeConfirmedBy(Sender sender) =>
        sender.Role == Role.Pendamping && sender.Groups.Any(g => g.GroupId == GroupId);

    public override async Task RecordAsync(Turn turn)
    {
        // Checked again: a loan recorded or a payment missed between the summary and YA changes the answer.
        await turn.Data.HoldBooksAsync([PersonId], turn.CancellationToken);
        if (await LoanChecks.RefusalAsync(turn, GroupId, GroupCode, GroupName, PersonId, MemberAddressed) is { } refusal)
        {
            turn.Say(refusal);
            return;
        }
        var loan = new Loan(0, Principal, turn.Today, Instalments, Instalment, Frequency, 0);
        await turn.Data.RecordLoanAsync(new NewLoan(GroupId, PersonId, Principal, turn.Today, Instalments, Instalment, Frequency), turn.CancellationToken);
        turn.Send(MemberPhone, LoanTexts.Schedule(this, loan, turn.Sender), OutboundKinds.Receipt);
        turn.Say(LoanTexts.Recorded(this));
    }
}
