namespace DtksTraining.Web.Data;

public sealed class SeedDataException(string file, int? row, string problem)
    : Exception(row is null
        ? $"Data awal gagal dimuat dari {file}: {problem}"
        : $"Data awal gagal dimuat dari {file}, baris {row}: {problem}")
{
    public string File { get; } = file;
    public int? Row { get; } = row;
}
