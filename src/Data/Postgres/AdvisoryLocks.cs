namespace Pkkpm.Data.Postgres;

/// <summary>
/// Keys of the transaction-scoped advisory locks (pg_advisory_xact_lock) that let several instances
/// start at once: each is held until its transaction ends, so the work it guards is done by one
/// instance while the others wait and then find it done. Any fixed numbers will do, as long as
/// nothing else in the database uses them.
/// </summary>
internal static class AdvisoryLocks
{
    public const long Migrations = 7_413_226_470_136_110;
    public const long Seeds = 7_413_226_470_136_111;
}
