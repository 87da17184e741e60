namespace DtksTraining.Web.Belajar;

public sealed record MasalahKonten(string Berkas, long Baris, string Pesan)
{
    public override string ToString() => $"{Berkas}, baris {Baris}: {Pesan}";
}

public sealed class KontenTidakSahException(IReadOnlyList<MasalahKonten> masalah)
    : Exception($"Konten pelatihan tidak sah ({masalah.Count} masalah):{Environment.NewLine}"
                + string.Join(Environment.NewLine, masalah.Select(m => "- " + m)))
{
    public IReadOnlyList<MasalahKonten> Masalah { get; } = masalah;
}
