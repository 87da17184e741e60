using System.Text.Json;
using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Belajar;

public class ModuleProgress
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string ModuleId { get; set; }
    public string SectionsReadJson { get; set; } = "[]";
    public int LastSection { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlySet<int> SectionsRead => JsonSerializer.Deserialize<SortedSet<int>>(SectionsReadJson) ?? [];

    public void MarkRead(int section, DateTimeOffset now)
    {
        var read = new SortedSet<int>(SectionsRead) { section };
        SectionsReadJson = JsonSerializer.Serialize(read);
        LastSection = section;
        UpdatedAt = now;
    }
}

public class QuizAttempt
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuizId { get; set; }
    public int Seed { get; set; }
    public required string DrawJson { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public DateTimeOffset? GradedAt { get; set; }
    public double? Score { get; set; }
    public bool? Passed { get; set; }
    public List<QuizAnswer> Answers { get; set; } = [];
}

public class QuizAnswer
{
    public long Id { get; set; }
    public long AttemptId { get; set; }
    public required string QuestionId { get; set; }
    public required string AnswerJson { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

public sealed class ModuleProgressConfiguration : IEntityTypeConfiguration<ModuleProgress>
{
    public void Configure(EntityTypeBuilder<ModuleProgress> e)
    {
        e.Property(p => p.ModuleId).HasMaxLength(100);
        e.HasIndex(p => new { p.UserId, p.ModuleId }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(p => p.SectionsRead);
    }
}

public sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> e)
    {
        e.Property(a => a.QuizId).HasMaxLength(100);
        e.HasIndex(a => new { a.UserId, a.QuizId });
        e.HasIndex(a => a.QuizId);
        e.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class QuizAnswerConfiguration : IEntityTypeConfiguration<QuizAnswer>
{
    public void Configure(EntityTypeBuilder<QuizAnswer> e)
    {
        e.Property(a => a.QuestionId).HasMaxLength(100);
        e.HasIndex(a => new { a.AttemptId, a.QuestionId }).IsUnique();
    }
}
