using System.Globalization;
using DtksTraining.Web.Akun;
using DtksTraining.Web.Shared;

namespace DtksTraining.Web.Jadwal;

public sealed record PutaranJadwal(DateOnly TanggalMulai, DateOnly TanggalSelesai)
{
    public IReadOnlyList<DayOfWeek> HariKerja { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public IReadOnlyCollection<DateOnly> HariLibur { get; init; } = [];
    public TimeOnly JamMulai { get; init; } = new(8, 0);
    public TimeOnly JamSelesai { get; init; } = new(15, 0);
    public int FasilitatorPerSesi { get; init; } = 2;

    // Who comes from each desa; the 2024 round invited the Kepala Desa and the operator SIKS-NG.
    public IReadOnlyDictionary<string, int> PesertaPerDesa { get; init; } =
        new Dictionary<string, int> { [Peran.KepalaDesa] = 1, [Peran.Operator] = 1 };

    public IReadOnlyList<DateOnly> DaftarHariKerja()
    {
        var hari = new List<DateOnly>();
        for (var d = TanggalMulai; d <= TanggalSelesai; d = d.AddDays(1))
            if (HariKerja.Contains(d.DayOfWeek) && !HariLibur.Contains(d)) hari.Add(d);
        return hari;
    }

    public int JumlahPeserta(KecamatanPeserta kecamatan) =>
        kecamatan.JumlahDesa * PesertaPerDesa.Values.Sum() + kecamatan.PesertaTambahan;
}

public sealed record KecamatanPeserta(string Kode, string Nama, int JumlahDesa, int PesertaTambahan = 0);

public sealed record VenueJadwal(string Kode, int Kapasitas);

public sealed record PermintaanJadwal(
    PutaranJadwal Putaran,
    IReadOnlyList<KecamatanPeserta> Kecamatan,
    IReadOnlyList<VenueJadwal> Venue,
    IReadOnlyDictionary<string, IReadOnlyList<string>> VenueTerdekat,
    IReadOnlyList<string> Fasilitator);

public sealed record KursiKecamatan(string KecamatanKode, int Kursi);

public sealed record SesiUsulan(
    DateOnly Tanggal,
    TimeOnly JamMulai,
    TimeOnly JamSelesai,
    string VenueKode,
    int Kapasitas,
    IReadOnlyList<string> Fasilitator,
    IReadOnlyList<KursiKecamatan> Kecamatan)
{
    public DateTimeOffset MulaiUtc => Wib.Pada(Tanggal, JamMulai).ToUniversalTime();
    public DateTimeOffset SelesaiUtc => Wib.Pada(Tanggal, JamSelesai).ToUniversalTime();
    public int KursiDipesan => Kecamatan.Sum(k => k.Kursi);
}

public enum AlasanTakTertampung
{
    TidakAdaVenuePilihan,
    KursiTidakCukup,
    HariKerjaTidakCukup,
    FasilitatorTidakCukup,
}

public sealed record KecamatanTakTertampung(
    string KecamatanKode,
    string Nama,
    int Peserta,
    int BelumTertampung,
    AlasanTakTertampung Alasan,
    string Pesan);

public sealed record HasilJadwal(IReadOnlyList<SesiUsulan> Sesi, IReadOnlyList<KecamatanTakTertampung> TakTertampung)
{
    public bool Berhasil => TakTertampung.Count == 0;
}

// Rules: a venue holds at most one session a day and a facilitator serves at most one session a day.
// Kecamatan are placed largest first (ties by kode). A kecamatan goes whole into the first session that can hold it,
// searching venues nearest first and, per venue, days earliest first; it may share a session with other kecamatan
// while seats remain. Only when no single session can hold it is it split: each part opens a new session where one
// can still be opened (nearest venue, then earliest day), otherwise it fills leftover seats in existing sessions.
public static class PerencanaJadwal
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static HasilJadwal Susun(PermintaanJadwal permintaan)
    {
        var putaran = permintaan.Putaran;
        if (putaran.JamSelesai <= putaran.JamMulai)
            throw new ArgumentException("Jam selesai sesi harus setelah jam mulai.", nameof(permintaan));
        if (putaran.FasilitatorPerSesi < 0)
            throw new ArgumentException("Jumlah fasilitator per sesi tidak boleh negatif.", nameof(permintaan));

        var hari = putaran.DaftarHariKerja();
        var venue = permintaan.Venue
            .GroupBy(v => v.Kode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var fasilitator = permintaan.Fasilitator.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var papan = new Papan(hari, fasilitator, putaran.FasilitatorPerSesi);

        var urutan = permintaan.Kecamatan
            .Select(k => (Kecamatan: k, Peserta: putaran.JumlahPeserta(k)))
            .OrderByDescending(k => k.Peserta)
            .ThenBy(k => k.Kecamatan.Kode, StringComparer.Ordinal)
            .ToList();

        var sisa = new List<(KecamatanPeserta Kecamatan, int Peserta, IReadOnlyList<VenueJadwal> Terjangkau, int Sisa)>();
        foreach (var (kecamatan, peserta) in urutan)
        {
            var terjangkau = Terjangkau(kecamatan, permintaan.VenueTerdekat, venue);
            var belum = papan.Tempatkan(kecamatan.Kode, peserta, terjangkau.Where(v => v.Kapasitas > 0).ToList());
            if (belum > 0) sisa.Add((kecamatan, peserta, terjangkau, belum));
        }

        var takTertampung = sisa
            .OrderBy(s => s.Kecamatan.Kode, StringComparer.Ordinal)
            .Select(s => Jelaskan(s.Kecamatan, s.Peserta, s.Sisa, s.Terjangkau, putaran, hari, fasilitator.Count, papan))
            .ToList();

        var sesi = papan.Sesi
            .OrderBy(s => s.Tanggal)
            .ThenBy(s => s.Venue.Kode, StringComparer.Ordinal)
            .Select(s => new SesiUsulan(
                s.Tanggal, putaran.JamMulai, putaran.JamSelesai, s.Venue.Kode, s.Venue.Kapasitas, s.Fasilitator,
                s.Kursi.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new KursiKecamatan(k.Key, k.Value)).ToList()))
            .ToList();

        return new HasilJadwal(sesi, takTertampung);
    }

    private static List<VenueJadwal> Terjangkau(
        KecamatanPeserta kecamatan,
        IReadOnlyDictionary<string, IReadOnlyList<string>> venueTerdekat,
        Dictionary<string, VenueJadwal> venue)
    {
        if (!venueTerdekat.TryGetValue(kecamatan.Kode, out var pilihan)) return [];
        return pilihan.Distinct(StringComparer.Ordinal).Where(venue.ContainsKey).Select(k => venue[k]).ToList();
    }

    private static KecamatanTakTertampung Jelaskan(
        KecamatanPeserta kecamatan,
        int peserta,
        int belum,
        IReadOnlyList<VenueJadwal> terjangkau,
        PutaranJadwal putaran,
        IReadOnlyList<DateOnly> hari,
        int jumlahFasilitator,
        Papan papan)
    {
        var nama = $"Kecamatan {kecamatan.Nama}";
        var rentang = $"{putaran.TanggalMulai.ToString("d MMMM yyyy", Indonesia)} s.d. {putaran.TanggalSelesai.ToString("d MMMM yyyy", Indonesia)}";

        (AlasanTakTertampung, string) alasan;
        if (terjangkau.Count == 0)
            alasan = (AlasanTakTertampung.TidakAdaVenuePilihan,
                $"{nama} belum punya venue pilihan yang terdaftar, jadi {belum} peserta tidak bisa ditempatkan.");
        else if (hari.Count == 0)
            alasan = (AlasanTakTertampung.HariKerjaTidakCukup,
                $"Tidak ada hari kerja pada {rentang}, jadi {belum} peserta {nama} tidak bisa dijadwalkan.");
        else if (terjangkau.All(v => v.Kapasitas <= 0))
            alasan = (AlasanTakTertampung.KursiTidakCukup,
                $"Semua venue pilihan {nama} berkapasitas 0 kursi, jadi {belum} peserta tidak mendapat kursi.");
        else if (jumlahFasilitator < putaran.FasilitatorPerSesi)
            alasan = (AlasanTakTertampung.FasilitatorTidakCukup,
                $"Setiap sesi butuh {putaran.FasilitatorPerSesi} fasilitator, padahal hanya tersedia {jumlahFasilitator}; {belum} peserta {nama} belum terjadwal.");
        else if (papan.AdaVenueKosongTanpaFasilitator(terjangkau))
            alasan = (AlasanTakTertampung.FasilitatorTidakCukup,
                $"Masih ada venue pilihan {nama} yang kosong, tetapi semua fasilitator sudah bertugas pada hari itu; {belum} peserta belum terjadwal. Tambah fasilitator.");
        else
            alasan = (AlasanTakTertampung.HariKerjaTidakCukup,
                $"Semua venue pilihan {nama} sudah penuh pada {hari.Count} hari kerja ({rentang}); {belum} dari {peserta} peserta belum mendapat kursi. Tambah hari pelatihan atau venue.");

        return new KecamatanTakTertampung(kecamatan.Kode, kecamatan.Nama, peserta, belum, alasan.Item1, alasan.Item2);
    }

    private sealed class SesiKerja(DateOnly tanggal, VenueJadwal venue, IReadOnlyList<string> fasilitator)
    {
        public DateOnly Tanggal { get; } = tanggal;
        public VenueJadwal Venue { get; } = venue;
        public IReadOnlyList<string> Fasilitator { get; } = fasilitator;
        public Dictionary<string, int> Kursi { get; } = new(StringComparer.Ordinal);
        public int Bebas => Venue.Kapasitas - Kursi.Values.Sum();
    }

    private sealed class Papan(IReadOnlyList<DateOnly> hari, IReadOnlyList<string> fasilitator, int perSesi)
    {
        private readonly Dictionary<(DateOnly, string), SesiKerja> sesi = [];
        private readonly Dictionary<DateOnly, HashSet<string>> bertugas = hari.ToDictionary(h => h, _ => new HashSet<string>(StringComparer.Ordinal));
        private readonly Dictionary<string, int> beban = fasilitator.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);

        public IEnumerable<SesiKerja> Sesi => sesi.Values;

        public int Tempatkan(string kecamatanKode, int peserta, IReadOnlyList<VenueJadwal> terjangkau)
        {
            var sisa = peserta;
            while (sisa > 0)
            {
                var slot = Cari(terjangkau, (ada, v) => ada is null ? BisaDibuka(v.Tanggal) && v.Venue.Kapasitas >= sisa : ada.Bebas >= sisa)
                    ?? Cari(terjangkau, (ada, v) => ada is null && BisaDibuka(v.Tanggal))
                    ?? Cari(terjangkau, (ada, _) => ada is not null && ada.Bebas > 0);
                if (slot is null) break;

                var s = slot.Value.Ada ?? Buka(slot.Value.Tanggal, slot.Value.Venue);
                var ambil = Math.Min(s.Bebas, sisa);
                s.Kursi[kecamatanKode] = s.Kursi.GetValueOrDefault(kecamatanKode) + ambil;
                sisa -= ambil;
            }
            return sisa;
        }

        public bool AdaVenueKosongTanpaFasilitator(IReadOnlyList<VenueJadwal> terjangkau) =>
            terjangkau.Any(v => v.Kapasitas > 0 && hari.Any(h => !sesi.ContainsKey((h, v.Kode)) && !BisaDibuka(h)));

        private (SesiKerja? Ada, DateOnly Tanggal, VenueJadwal Venue)? Cari(
            IReadOnlyList<VenueJadwal> terjangkau, Func<SesiKerja?, (DateOnly Tanggal, VenueJadwal Venue), bool> cocok)
        {
            foreach (var v in terjangkau)
                foreach (var h in hari)
                {
                    var ada = sesi.GetValueOrDefault((h, v.Kode));
                    if (cocok(ada, (h, v))) return (ada, h, v);
                }
            return null;
        }

        private bool BisaDibuka(DateOnly tanggal) => fasilitator.Count - bertugas[tanggal].Count >= perSesi;

        private SesiKerja Buka(DateOnly tanggal, VenueJadwal venue)
        {
            // Spread the work: the least-used free facilitators go first, ties by id.
            var dipilih = fasilitator
                .Where(f => !bertugas[tanggal].Contains(f))
                .OrderBy(f => beban[f])
                .ThenBy(f => f, StringComparer.Ordinal)
                .Take(perSesi)
                .ToList();
            foreach (var f in dipilih)
            {
                bertugas[tanggal].Add(f);
                beban[f]++;
            }
            var baru = new SesiKerja(tanggal, venue, dipilih.Order(StringComparer.Ordinal).ToList());
            sesi[(tanggal, venue.Kode)] = baru;
            return baru;
        }
    }
}
