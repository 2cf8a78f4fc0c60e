namespace Pkkpm.Data.Postgres;

/// <summary>
/// Keys of the transaction-scoped advisory locks (pg_advisory_xact_lock). Each is held until its
/// transaction ends. Starting several instances at once: the work a key guards is done by one
/// instance while the others wait and then find it done. Any fixed numbers will do, as long as
/// nothing else in the database uses them.
/// </summary>
internal static class AdvisoryLocks
{
    public const long Migrations = 7_413_226_470_136_110;
    public const long Seeds = 7_413_226_470_136_111;

    /// <summary>
    /// The first of the two-number keys (space, person id) of a member's books, see
    /// <see cref="MemberBooks"/>. PostgreSQL keeps two-number keys apart from the one-number keys above.
    /// </summary>
    public const int MemberBooks = 741_322_647;
}
