using CoopHub.Shared.Migrations;
using CoopHub.Shared.Text;

namespace CoopHub.ProjectBank.Model;

/// <summary>An idea's stored search key (ADR 0021): titles, problem, solution and beneficiaries.</summary>
internal static class IdeaSearch
{
    public static string Key(IdeaRow row) => SearchAnalyzer.Key(row.TitleAr, row.TitleFr, row.Problem, row.Solution, row.Beneficiaries);

    /// <summary>Migration 0013: every idea's key re-computed.</summary>
    internal sealed class Reindex : SearchKeyReindex<IdeaRow>
    {
        protected override string SelectSql => $"SELECT {IdeaRow.Columns} FROM bank_ideas i";

        protected override string UpdateSql => "UPDATE bank_ideas SET search_text = @Key WHERE id = @Id";

        protected override (Guid Id, string Key) KeyOf(IdeaRow row) => (row.Id, Key(row));
    }
}
