using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// The console's loan book reads every loan at once, with what it had repaid by the day; SALDO
/// reads one member's loans. Both must give <see cref="Loan"/>'s answers, monthly loans from the
/// 31st included, and the 14-day (dwimingguan) and 35-day (selapanan) cadences. A day before a
/// loan's latest repayment reads the ledger: nearer the disbursement, the repayments up to it;
/// nearer the latest repayment, the kept total less those after it (3-1 and 3-15 for loans 13 and
/// 15, 3-1 being a repayment's day). A scope of a few KPB asks loan by loan; PostgreSQL sums a
/// scope of many KPB's in one pass, on the side of the day nearer the ledger's first or last day
/// (2-1 and 2-2 the first side, 2-27 to 3-15 the last, from 3-20 the kept totals alone).
/// </summary>
public class LoanBookParityTests
{
    private sealed record Case(long LoanId, long PersonId, long Principal, DateOnly Disbursed, int Instalments, long Amount, LoanFrequency Frequency, (DateOnly Day, long Amount)[] Payments);

    private static readonly Case[] Cases =
    [
        new(11, Tini, 1_000_000, new DateOnly(2026, 1, 31), 12, 100_000, LoanFrequency.Bulanan, [(new DateOnly(2026, 2, 1), 150_000)]),
        new(12, Yuli, 1_000_000, new DateOnly(2026, 8, 15), 6, 200_000, LoanFrequency.Bulanan, []),
        new(13, Sri, 600_000, new DateOnly(2026, 2, 28), 10, 70_000, LoanFrequency.Mingguan, [(new DateOnly(2026, 3, 2), 70_000), (new DateOnly(2026, 3, 20), 100_000)]),
        new(14, Yuli, 500_000, new DateOnly(2026, 1, 15), 10, 60_000, LoanFrequency.Dwimingguan, [(new DateOnly(2026, 2, 2), 60_000)]),
        new(15, Sri, 800_000, new DateOnly(2026, 1, 8), 8, 110_000, LoanFrequency.Selapanan, [(new DateOnly(2026, 3, 1), 110_000), (new DateOnly(2026, 3, 20), 50_000)]),
    ];

    [SkippableTheory, Providers]
    public async Task The_books_arrears_match_the_loan_that_saldo_uses_for_a_scope_of_a_few_kpb_and_of_many(string provider)
    {
        await using var db = await CreateAsync(provider);
        foreach (var c in Cases)
        {
            await db.ExecuteAsync("""
                insert into loans (id, person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at)
                values (@LoanId, @PersonId, @Group, @Principal, @Disbursed, @Instalments, @Amount, @Frequency, @Disbursed)
                """, new { c.LoanId, c.PersonId, Group = c.PersonId == Tini ? Kenanga : Mawar, c.Principal, c.Disbursed, c.Instalments, c.Amount,
                    Frequency = c.Frequency.ToString().ToLowerInvariant() });
            foreach (var (day, amount) in c.Payments)
                await db.RecordAsync(new NewEntry(c.PersonId == Tini ? Kenanga : Mawar, c.PersonId, EntryKind.Angsuran, amount, c.LoanId),
                    from: c.PersonId == Tini ? DewiPhone : EndangPhone, at: On(day));
        }
        var figures = new MonitoringFigures(db.Database);
        await CompareAsync(figures);

        // More KPB (empty) than a scope of a few.
        await db.ExecuteAsync($"""
            with recursive n(i) as (select 1 union all select i + 1 from n where i <= {MonitoringFigures.ListedUpToGroups})
            insert into groups (id, code, name, village, meeting_day, meeting_time, meeting_place)
            select 1000 + i, 'BARU' || i, 'KPB Baru', 'Sumberejo', 'Senin', '15:00', 'Balai Desa' from n
            """);
        await CompareAsync(figures);
    }

    private static async Task CompareAsync(MonitoringFigures figures)
    {
        foreach (var day in new[] { new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31),
                     new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 10), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 15), new DateOnly(2027, 3, 1) })
        {
            var inBook = (await figures.GetMembersInArrearsAsync(MonitoringScope.Programme(), ReportPeriod.Custom(day, day)))
                .Where(m => Cases.Any(c => c.LoanId == m.LoanId))
                .Select(m => (m.LoanId, m.Arrears, m.InstalmentsLate, m.DaysLate, m.Outstanding))
                .ToList();
            var inCSharp = Cases.Where(c => c.Disbursed <= day)
                .Select(c => (c, loan: new Loan(c.LoanId, c.Principal, c.Disbursed, c.Instalments, c.Amount, c.Frequency,
                    c.Payments.Where(p => p.Day <= day).Sum(p => p.Amount))))
                .Where(x => x.loan.Arrears(day) > 0)
                .Select(x => (x.c.LoanId, x.loan.Arrears(day), x.loan.InstalmentsLate(day),
                    day.DayNumber - x.loan.DueDate((int)(x.loan.Repaid / x.loan.InstalmentAmount) + 1).DayNumber, x.loan.Outstanding))
                .OrderBy(x => x.LoanId)
                .ToList();
            Assert.True(inCSharp.SequenceEqual(inBook.OrderBy(x => x.LoanId)),
                $"{day:yyyy-MM-dd}: Loan says {string.Join(", ", inCSharp)}; the book says {string.Join(", ", inBook)}");
        }
    }
}
