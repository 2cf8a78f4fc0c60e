using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// What a viewer may see: the whole programme, a few villages, the groups a pendamping accompanies,
/// or one group; optionally narrowed to one village or one group inside it (drill-down). It becomes
/// a condition on the groups table (alias <c>g</c>) with at most a handful of parameters, never a
/// list of group ids: the programme has 50,000 groups and SQLite allows about 32,000 parameters.
/// </summary>
public sealed record MonitoringScope
{
    public enum Reach { Programme, Villages, Pendamping, Group }

    private MonitoringScope(Reach kind, IReadOnlyList<string> villages, long? personId, long? groupId)
    {
        Kind = kind;
        Villages = villages;
        PersonId = personId;
        GroupId = groupId;
    }

    public Reach Kind { get; }
    public IReadOnlyList<string> Villages { get; }
    public long? PersonId { get; }
    public long? GroupId { get; }

    /// <summary>Drill-down inside the scope: never widens it.</summary>
    public string? NarrowedToVillage { get; private init; }
    public long? NarrowedToGroup { get; private init; }

    public static MonitoringScope Programme() => new(Reach.Programme, [], null, null);

    public static MonitoringScope OfVillages(IEnumerable<string> villages) =>
        new(Reach.Villages, villages.Distinct(StringComparer.Ordinal).ToList(), null, null);

    /// <summary>The groups a pendamping accompanies, read from memberships when each query runs.</summary>
    public static MonitoringScope OfPendamping(long personId) => new(Reach.Pendamping, [], personId, null);

    public static MonitoringScope OfGroup(long groupId) => new(Reach.Group, [], null, groupId);

    /// <summary>Every group, nothing narrowed: the scope's condition selects nothing out.</summary>
    internal bool IsWholeProgramme => Kind == Reach.Programme && NarrowedToVillage is null && NarrowedToGroup is null;

    /// <summary>Equal for equal scopes (the record's own equality compares the villages' list by reference).</summary>
    internal string Key => $"{Kind}|{string.Join(",", Villages)}|{PersonId}|{GroupId}|{NarrowedToVillage}|{NarrowedToGroup}";

    public MonitoringScope ToVillage(string village) => this with { NarrowedToVillage = village };

    public MonitoringScope ToGroup(long groupId) => this with { NarrowedToGroup = groupId };

    /// <summary>The condition on <c>g</c> (groups), its parameters added to <paramref name="parameters"/>.</summary>
    internal string Where(DbConnection connection, DynamicParameters parameters)
    {
        var conditions = new List<string>();
        switch (Kind)
        {
            case Reach.Villages:
                // One parameter however many villages a pemantau is given.
                parameters.Add("ScopeVillages", Dialect.Values(connection, Villages));
                conditions.Add(Villages.Count == 0 ? "1 = 0" : Dialect.In(connection, "g.village", "@ScopeVillages"));
                break;
            case Reach.Pendamping:
                parameters.Add("ScopePerson", PersonId);
                conditions.Add("g.id in (select sm.group_id from memberships sm where sm.person_id = @ScopePerson)");
                break;
            case Reach.Group:
                parameters.Add("ScopeGroup", GroupId);
                conditions.Add("g.id = @ScopeGroup");
                break;
        }
        if (NarrowedToVillage is { } village)
        {
            parameters.Add("NarrowVillage", village);
            conditions.Add("g.village = @NarrowVillage");
        }
        if (NarrowedToGroup is { } group)
        {
            parameters.Add("NarrowGroup", group);
            conditions.Add("g.id = @NarrowGroup");
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join(" and ", conditions);
    }
}
