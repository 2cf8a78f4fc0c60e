using Pkkpm.Conversations.Arrears;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Corrections;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Help;
using Pkkpm.Conversations.History;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.OptOut;
using Pkkpm.Conversations.Repayments;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Tips;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// The table of commands: which flow answers which intent, for whom. Who may do what is decided
/// here, before any flow reads data, so a refused command reveals nothing.
/// </summary>
internal static class Commands
{
    /// <summary>Intents that start something of their own (and so interrupt a waiting step).</summary>
    public static bool IsCommand(Intent intent) => intent is not
        (Intent.Unknown or Intent.Unclear or Intent.Yes or Intent.No or Intent.Cancel or Intent.Continue or Intent.Skip or Intent.Greeting or Intent.Thanks);

    public static async Task<Next> RunAsync(Turn turn, Pending pending, Reading reading)
    {
        var sender = turn.Sender;
        // "BAYAR jumlah" typed from the menu asks how BAYAR works; "SETOR nama jumlah" is no guided round.
        var typedFromTheMenu = reading.Arguments.Length > 0 && MenuWords.WithoutPlaceholders(reading.Arguments).Length == 0;
        reading = reading with { Arguments = MenuWords.WithoutPlaceholders(reading.Arguments) };
        switch (reading.Intent)
        {
            case Intent.Help or Intent.Greeting:
                foreach (var page in Menu.For(sender, Salam.Opens(turn.Message.Body) ? Salam.Answer : $"Selamat {turn.PartOfDay}")) turn.Say(page);
                return Next.Done;
            case Intent.Thanks:
                turn.Say(Texts.YoureWelcome(sender));
                return Next.Done;
            case Intent.Unknown or Intent.Unclear:
                turn.Say(Texts.NotUnderstood(sender));
                return Next.Done;
            case Intent.Yes or Intent.No or Intent.Cancel or Intent.Skip:
                // After "your report expired", a "nothing is waiting" would only repeat it.
                if (!turn.HasSaid) turn.Say(Texts.NothingPending(sender));
                return Next.Done;
            case Intent.Continue:
                turn.Say(GuidedRounds.NothingToContinue(sender));
                return Next.Done;
        }

        if (Permissions.Refusal(sender, reading.Intent) is { } refusal)
        {
            turn.Say(refusal);
            return Next.Done;
        }

        return reading.Intent switch
        {
            Intent.Balance or Intent.Loan => await BalanceFlow.AnswerAsync(turn),
            Intent.Deposit when string.IsNullOrWhiteSpace(reading.Arguments) && !typedFromTheMenu => await GuidedRounds.StartAsync(turn, pending),
            Intent.Deposit => await EntryDrafts.StartAsync(turn, pending, EntryKind.Setoran, reading.Arguments),
            Intent.Withdrawal => await EntryDrafts.StartAsync(turn, pending, EntryKind.Penarikan, reading.Arguments),
            Intent.Repayment when Permissions.IsTreasurer(sender) => await EntryDrafts.StartAsync(turn, pending, EntryKind.Angsuran, reading.Arguments),
            Intent.Repayment => await MemberPayments.StartAsync(turn, pending, reading.Arguments),
            Intent.Correction when Permissions.IsTreasurer(sender) && !Permissions.SaysSalah(turn.Message.Body) =>
                await EntryCorrections.StartAsync(turn, pending, reading.Arguments),
            Intent.Correction => await Disputes.OpenAsync(turn, reading.Arguments),
            Intent.Accept => await TreasurerDecisions.AcceptAsync(turn, reading.Arguments),
            Intent.Reject => await TreasurerDecisions.RejectAsync(turn, reading.Arguments),
            Intent.Present => await AttendanceFlow.ReportAsync(turn, AttendanceStatus.Hadir, null),
            Intent.Excused => await AttendanceFlow.ReportAsync(turn, AttendanceStatus.Izin, reading.Arguments),
            Intent.Sick => await AttendanceFlow.ReportAsync(turn, AttendanceStatus.Sakit, reading.Arguments),
            Intent.AttendanceRoll => await AttendanceFlow.RollAsync(turn, reading.Arguments),
            Intent.History => await HistoryFlow.AnswerAsync(turn),
            Intent.MemberList => await GroupFlows.ListMembersAsync(turn, reading.Arguments),
            Intent.Summary => await GroupFlows.SummarizeAsync(turn, reading.Arguments),
            Intent.Broadcast => await BroadcastFlow.StartAsync(turn, pending, reading.Arguments),
            Intent.BroadcastStatus => await BroadcastFlow.StatusAsync(turn, reading.Arguments),
            // JADWAL alone asks for the next meeting; a ketua calls one with RAPAT and its details.
            Intent.Schedule when Permissions.SchedulesMeetings(sender) && (reading.Arguments.Length > 0 || typedFromTheMenu || !Permissions.IsMember(sender)) =>
                await MeetingFlow.ScheduleAsync(turn, pending, reading.Arguments),
            Intent.Schedule => await MeetingFlow.ShowAsync(turn),
            Intent.Tips => await TipsFlow.AnswerAsync(turn, reading.Arguments),
            Intent.Stop => await OptOutFlow.StopAsync(turn),
            Intent.Start => await OptOutFlow.StartAsync(turn),
            Intent.Register => await People.PeopleFlows.RegisterAsync(turn, pending, reading.Arguments),
            Intent.ChangeNumber => await People.PeopleFlows.ChangeNumberAsync(turn, pending, reading.Arguments),
            Intent.Leave => await People.PeopleFlows.LeaveAsync(turn, pending, reading.Arguments),
            Intent.NameOfficer => await People.PeopleFlows.NameOfficerAsync(turn, pending, reading.Arguments),
            Intent.Ask => await Questions.QuestionFlow.AskAsync(turn, reading.Arguments),
            Intent.Answer => await Questions.QuestionFlow.AnswerAsync(turn, reading.Arguments),
            Intent.Disburse => await DisbursementFlow.StartAsync(turn, pending, reading.Arguments),
            Intent.ArrearsList => await ArrearsFlow.ListAsync(turn, reading.Arguments),
            Intent.ArrearsReminder => await ReminderFlow.SetAsync(turn, reading.Arguments),
            _ => throw new InvalidOperationException($"No flow answers {reading.Intent}."),
        };
    }
}
