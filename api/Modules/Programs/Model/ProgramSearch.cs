using CoopHub.Shared.Migrations;
using CoopHub.Shared.Text;

namespace CoopHub.Programs.Model;

/// <summary>A program's (call's) stored search key (ADR 0021): code and names.</summary>
internal static class ProgramSearch
{
    public static string Key(string code, string? nameAr, string? nameFr, string? nameEn) => SearchAnalyzer.Key(code, nameAr, nameFr, nameEn);

    /// <summary>Migration 0013: every program's key re-computed.</summary>
    internal sealed class Reindex : SearchKeyReindex<ProgramRow>
    {
        protected override string SelectSql => $"SELECT {ProgramRow.Columns} FROM prog_programs p";

        protected override string UpdateSql => "UPDATE prog_programs SET search_text = @Key WHERE id = @Id";

        protected override (Guid Id, string Key) KeyOf(ProgramRow row) => (row.Id, Key(row.Code, row.NameAr, row.NameFr, row.NameEn));
    }
}
