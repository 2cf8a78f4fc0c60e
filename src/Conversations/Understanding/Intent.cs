namespace Pkkpm.Conversations.Understanding;

/// <summary>What a member's message asks for. The words behind each one live in <see cref="Vocabulary"/>.</summary>
public enum Intent
{
    Unknown,
    Balance, Loan, Deposit, Repayment, Withdrawal, MemberList, Summary, Correction,
    Accept, Reject,
    Present, Excused, Sick, AttendanceRoll,
    History, Schedule, Broadcast, BroadcastStatus, Tips, Help,
    Stop, Start,
    Yes, No, Cancel, Continue, Skip,
    Greeting, Thanks,
    /// <summary>A pendamping manages people: DAFTAR ANGGOTA with a number, GANTI NOMOR, KELUAR, GANTI KETUA/BENDAHARA.</summary>
    Register, ChangeNumber, Leave, NameOfficer,
    /// <summary>TANYA pesan: a member's question to her pendamping; JAWAB kode pesan: the pendamping's answer.</summary>
    Ask, Answer,
    /// <summary>CAIR: a pendamping records a loan's disbursement.</summary>
    Disburse,
    /// <summary>TUNGGAKAN from a bendahara or pendamping: who in the group is behind.</summary>
    ArrearsList,
    /// <summary>INGATKAN / INGATKAN BERHENTI: a member's weekly reminder while in arrears.</summary>
    ArrearsReminder,
    /// <summary>While something waits for an answer: the message says both yes and no, or yes with
    /// an unrelated request. The question is asked again; nothing is done.</summary>
    Unclear,
}
