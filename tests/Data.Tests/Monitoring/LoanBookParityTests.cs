using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// The console computes arrears in SQL, over every loan at once; SALDO computes them with
/// <see cref="Loan"/>, one member at a time. Both must give the same answer, monthly loans from
/// the 31st included (PostgreSQL and .NET clamp to the month's end; SQLite would roll over), and
/// the 14-day (dwimingguan) and 35-day (selapanan) cadences. A day before a loan's latest repayment
/// reads the ledger: nearer the disbursement, the repayments up to it; nearer the latest repayment,
/// the kept total less those after it (3-1 and 3-15 for loans 13 and 15, 3-1 being a repayment's day).
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
    public async Task Arrears_in_sql_match_the_loan_that_saldo_uses(string provider)
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

        foreach (var day in new[] { new DateOnly(2026, 2, 27), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31),
                     new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 10), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 15), new DateOnly(2027, 3, 1) })
        {
            var inSql = (await figures.GetMembersInArrearsAsync(MonitoringScope.Programme(), ReportPeriod.Custom(day, day)))
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
            Assert.True(inCSharp.SequenceEqual(inSql.OrderBy(x => x.LoanId)),
                $"{day:yyyy-MM-dd}: Loan says {string.Join(", ", inCSharp)}; SQL says {string.Join(", ", inSql)}");
        }
    }
}
