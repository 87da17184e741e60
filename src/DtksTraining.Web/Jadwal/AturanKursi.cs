using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Jadwal;

// Seats held for a kecamatan until DilepasPada; from then on its unused seats are open to anyone.
public sealed record KuotaKecamatan(string KecamatanKode, int Kursi, DateTimeOffset DilepasPada)
{
    public bool Berlaku(DateTimeOffset now) => now < DilepasPada;
}

public sealed record KeadaanSesi(
    int Kapasitas,
    IReadOnlyList<KuotaKecamatan> Kuota,
    IReadOnlyDictionary<string, int> Terkonfirmasi);

public enum HasilPermintaanKursi
{
    Terkonfirmasi,
    DaftarTunggu,
}

public sealed record AntreanTunggu(int EnrolmenId, string KecamatanKode, DateTimeOffset DidaftarPada);

public enum StatusEnrolmen
{
    DaftarTunggu,
    Terkonfirmasi,
    Hadir,
    Dibatalkan,
    TidakHadir,
}

public sealed record EnrolmenPeserta(int EnrolmenId, string PesertaId, int PutaranId, StatusEnrolmen Status);

public static class AturanKursi
{
    public static int KursiTersedia(KeadaanSesi sesi, string kecamatanKode, DateTimeOffset now)
    {
        var terisi = sesi.Terkonfirmasi.Values.Sum();
        var kuotaAktif = sesi.Kuota.Where(q => q.Berlaku(now)).ToList();
        var milikSendiri = kuotaAktif
            .Where(q => q.KecamatanKode == kecamatanKode)
            .Sum(q => Math.Max(0, q.Kursi - sesi.Terkonfirmasi.GetValueOrDefault(q.KecamatanKode)));
        var ditahanUntukLain = kuotaAktif
            .Where(q => q.KecamatanKode != kecamatanKode)
            .Sum(q => Math.Max(0, q.Kursi - sesi.Terkonfirmasi.GetValueOrDefault(q.KecamatanKode)));
        var umum = Math.Max(0, sesi.Kapasitas - terisi - milikSendiri - ditahanUntukLain);
        return Math.Max(0, Math.Min(milikSendiri + umum, sesi.Kapasitas - terisi));
    }

    public static HasilPermintaanKursi Minta(KeadaanSesi sesi, string kecamatanKode, DateTimeOffset now) =>
        KursiTersedia(sesi, kecamatanKode, now) > 0 ? HasilPermintaanKursi.Terkonfirmasi : HasilPermintaanKursi.DaftarTunggu;

    public static AntreanTunggu? PilihPromosi(KeadaanSesi sesi, IEnumerable<AntreanTunggu> daftarTunggu, DateTimeOffset now) =>
        UrutanDatang(daftarTunggu).FirstOrDefault(a => KursiTersedia(sesi, a.KecamatanKode, now) > 0);

    // Fills every seat that can be filled now, e.g. after a cancellation or when a quota is released.
    public static IReadOnlyList<AntreanTunggu> Promosikan(KeadaanSesi sesi, IEnumerable<AntreanTunggu> daftarTunggu, DateTimeOffset now)
    {
        var terkonfirmasi = new Dictionary<string, int>(sesi.Terkonfirmasi);
        var naik = new List<AntreanTunggu>();
        foreach (var a in UrutanDatang(daftarTunggu))
        {
            if (KursiTersedia(sesi with { Terkonfirmasi = terkonfirmasi }, a.KecamatanKode, now) <= 0) continue;
            terkonfirmasi[a.KecamatanKode] = terkonfirmasi.GetValueOrDefault(a.KecamatanKode) + 1;
            naik.Add(a);
        }
        return naik;
    }

    public static bool Aktif(StatusEnrolmen status) => status is not StatusEnrolmen.Dibatalkan;

    // A wait-list entry counts as active: it could otherwise be promoted into a second seat in the same round.
    public static string? CekSatuKursiPerPutaran(string pesertaId, int putaranId, IEnumerable<EnrolmenPeserta> enrolmen, int? kecualiEnrolmenId = null)
    {
        var ada = enrolmen.FirstOrDefault(e =>
            e.PesertaId == pesertaId && e.PutaranId == putaranId && Aktif(e.Status) && e.EnrolmenId != kecualiEnrolmenId);
        return ada switch
        {
            null => null,
            { Status: StatusEnrolmen.DaftarTunggu } =>
                "Anda sudah masuk daftar tunggu di sesi lain pada putaran ini. Batalkan dulu pendaftaran itu bila ingin pindah sesi.",
            _ => "Anda sudah punya kursi di sesi lain pada putaran ini. Satu peserta hanya boleh memegang satu kursi per putaran.",
        };
    }

    private static IEnumerable<AntreanTunggu> UrutanDatang(IEnumerable<AntreanTunggu> daftarTunggu) =>
        daftarTunggu.OrderBy(a => a.DidaftarPada).ThenBy(a => a.EnrolmenId);
}

public sealed record AturanPembatalan(int HariSebelum, TimeOnly Jam)
{
    public static readonly AturanPembatalan Bawaan = new(1, new TimeOnly(17, 0));

    public DateTimeOffset BatasUtc(DateTimeOffset sesiMulaiUtc) =>
        Wib.Pada(Wib.Hari(sesiMulaiUtc).AddDays(-HariSebelum), Jam).ToUniversalTime();

    public bool BolehBatal(DateTimeOffset sesiMulaiUtc, DateTimeOffset now) => now < BatasUtc(sesiMulaiUtc);
}
