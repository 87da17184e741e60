
namespace DtksTraining.Tests.ScaleOut;

// Two app processes need a PostgreSQL server: without DTKS_TEST_PG they are skipped, except on CI where that is a failure.
public static class ScaleOutGate
{
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("DTKS_TEST_PG") is { Length: > 0 } server ? server : null;

    public static bool OnCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => PostgresServer is null && !OnCi
        ? "DTKS_TEST_PG tidak di-set: uji dua node memerlukan server PostgreSQL."
        : null;
}

public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute() => Skip = ScaleOutGate.SkipReason;
}

public sealed class ScaleOutTheoryAttribute : TheoryAttribute
{
    public ScaleOutTheoryAttribute() => Skip = ScaleOutGate.SkipReason;
}
