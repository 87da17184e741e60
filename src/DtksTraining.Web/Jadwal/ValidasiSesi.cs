using System.Globalization;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Jadwal;

public enum StatusSesi
{
    Direncanakan,
    Dibuka,
    Ditutup,
    Dibatalkan,
}

public sealed record GalatIsian(string Field, string Pesan);

public sealed record SesiJadwal(
    int Id,
    DateOnly Tanggal,
    TimeOnly JamMulai,
    TimeOnly JamSelesai,
    string VenueKode,
    int Kapasitas,
    IReadOnlyList<string> Fasilitator,
    StatusSesi Status);

public static class ValidasiSesi
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static string Label(StatusSesi status) => status switch
    {
        StatusSesi.Direncanakan => "Direncanakan",
        StatusSesi.Dibuka => "Dibuka untuk pendaftaran",
        StatusSesi.Ditutup => "Ditutup",
        StatusSesi.Dibatalkan => "Dibatalkan",
        _ => status.ToString(),
    };

    public static string? CekTransisi(StatusSesi dari, StatusSesi ke) => (dari, ke) switch
    {
        _ when dari == ke => null,
        (StatusSesi.Direncanakan, StatusSesi.Dibuka) => null,
        (StatusSesi.Dibuka, StatusSesi.Ditutup) => null,
        (StatusSesi.Ditutup, StatusSesi.Dibatalkan) => "Sesi yang sudah ditutup tidak bisa dibatalkan.",
        (_, StatusSesi.Dibatalkan) => null,
        (StatusSesi.Dibatalkan, _) => "Sesi yang sudah dibatalkan tidak bisa diaktifkan lagi; buat sesi baru.",
        (StatusSesi.Ditutup, _) => "Sesi yang sudah ditutup tidak bisa diubah statusnya.",
        (StatusSesi.Direncanakan, StatusSesi.Ditutup) => "Sesi harus dibuka untuk pendaftaran sebelum ditutup.",
        _ => $"Status tidak bisa diubah dari \"{Label(dari)}\" ke \"{Label(ke)}\".",
    };

    // Field names are the SesiJadwal property names, so a page can prefix them with its input name.
    public static IReadOnlyList<GalatIsian> Periksa(
        SesiJadwal sesi,
        DateOnly putaranMulai,
        DateOnly putaranSelesai,
        int kursiTerkonfirmasi,
        IEnumerable<SesiJadwal> sesiLain,
        StatusSesi? statusSebelumnya = null,
        IReadOnlyDictionary<string, string>? namaFasilitator = null)
    {
        var galat = new List<GalatIsian>();

        if (statusSebelumnya is { } dari && CekTransisi(dari, sesi.Status) is { } pesanStatus)
            galat.Add(new(nameof(SesiJadwal.Status), pesanStatus));

        if (sesi.Tanggal < putaranMulai || sesi.Tanggal > putaranSelesai)
            galat.Add(new(nameof(SesiJadwal.Tanggal),
                $"Tanggal sesi harus di dalam masa putaran, {Tanggal(putaranMulai)} s.d. {Tanggal(putaranSelesai)}."));

        if (sesi.JamSelesai <= sesi.JamMulai)
            galat.Add(new(nameof(SesiJadwal.JamSelesai), "Jam selesai harus setelah jam mulai."));

        if (sesi.Kapasitas <= 0)
            galat.Add(new(nameof(SesiJadwal.Kapasitas), "Kapasitas harus lebih dari 0 kursi."));
        else if (sesi.Kapasitas < kursiTerkonfirmasi)
            galat.Add(new(nameof(SesiJadwal.Kapasitas),
                $"Kapasitas tidak boleh kurang dari {kursiTerkonfirmasi} kursi yang sudah terkonfirmasi."));

        if (sesi.Fasilitator.Count != sesi.Fasilitator.Distinct(StringComparer.Ordinal).Count())
            galat.Add(new(nameof(SesiJadwal.Fasilitator), "Fasilitator yang sama dipilih lebih dari sekali."));

        // A cancelled session holds no venue and no facilitator, so it clashes with nothing.
        if (sesi.Status == StatusSesi.Dibatalkan) return galat;

        var lain = sesiLain
            .Where(s => s.Id != sesi.Id && s.Status != StatusSesi.Dibatalkan && s.Tanggal == sesi.Tanggal)
            .OrderBy(s => s.JamMulai).ThenBy(s => s.Id)
            .ToList();

        if (lain.FirstOrDefault(s => s.VenueKode == sesi.VenueKode) is { } bentrokVenue)
            galat.Add(new(nameof(SesiJadwal.VenueKode),
                $"Venue {sesi.VenueKode} sudah dipakai sesi lain pada {Tanggal(sesi.Tanggal)} ({Jam(bentrokVenue)}). Satu venue hanya untuk satu sesi per hari."));

        foreach (var f in sesi.Fasilitator.Distinct(StringComparer.Ordinal))
        {
            var bentrok = lain.FirstOrDefault(s =>
                s.Fasilitator.Contains(f, StringComparer.Ordinal) && s.JamMulai < sesi.JamSelesai && sesi.JamMulai < s.JamSelesai);
            if (bentrok is null) continue;
            var nama = namaFasilitator?.GetValueOrDefault(f) ?? f;
            galat.Add(new(nameof(SesiJadwal.Fasilitator),
                $"Fasilitator {nama} sudah bertugas di {bentrok.VenueKode} pada {Tanggal(sesi.Tanggal)} {Jam(bentrok)}."));
        }

        return galat;
    }

    private static string Tanggal(DateOnly tanggal) => tanggal.ToString("d MMMM yyyy", Indonesia);

    private static string Jam(SesiJadwal s) => $"{s.JamMulai:HH\\.mm}–{s.JamSelesai:HH\\.mm} WIB";
}
