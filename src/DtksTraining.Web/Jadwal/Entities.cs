using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Jadwal;

public enum StatusPutaran
{
    Draf,
    Berjalan,
    Selesai,
}

public class PutaranPelatihan
{
    public int Id { get; set; }
    public required string Nama { get; set; }
    public DateOnly TanggalMulai { get; set; }
    public DateOnly TanggalSelesai { get; set; }
    public List<DayOfWeek> HariKerja { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public TimeOnly JamMulai { get; set; } = new(8, 0);
    public TimeOnly JamSelesai { get; set; } = new(15, 0);
    public int FasilitatorPerSesi { get; set; } = 2;
    public int BatalHariSebelum { get; set; } = AturanPembatalan.Bawaan.HariSebelum;
    public TimeOnly BatalJam { get; set; } = AturanPembatalan.Bawaan.Jam;
    // Seats held for a kecamatan are opened to everyone this many days before the session, at 00.00 WIB.
    public int KuotaDilepasHariSebelum { get; set; } = 3;
    public StatusPutaran Status { get; set; }
    // Sandbox exercise ids (content/exercises) an operator must pass for this round's certificate.
    public List<string> LatihanWajib { get; set; } = [];
    public DateTimeOffset DibuatPada { get; set; }
    public List<Sesi> Sesi { get; set; } = [];

    public AturanPembatalan AturanPembatalan => new(BatalHariSebelum, BatalJam);

    public DateTimeOffset KuotaDilepasPada(DateOnly tanggalSesi) =>
        Wib.Pada(tanggalSesi.AddDays(-KuotaDilepasHariSebelum), TimeOnly.MinValue).ToUniversalTime();

    public PutaranJadwal Jadwal() => new(TanggalMulai, TanggalSelesai)
    {
        HariKerja = HariKerja,
        JamMulai = JamMulai,
        JamSelesai = JamSelesai,
        FasilitatorPerSesi = FasilitatorPerSesi,
    };
}

public class Sesi
{
    public int Id { get; set; }
    public int PutaranId { get; set; }
    public PutaranPelatihan? Putaran { get; set; }
    public DateOnly Tanggal { get; set; }
    public DateTimeOffset MulaiUtc { get; set; }
    public DateTimeOffset SelesaiUtc { get; set; }
    public required string VenueKode { get; set; }
    public TempatPelatihan? Venue { get; set; }
    public int Kapasitas { get; set; }
    public StatusSesi Status { get; set; }
    // Changed only by conditional SQL updates so concurrent enrolments never overbook.
    public int Terkonfirmasi { get; set; }
    // iCalendar SEQUENCE base: raised whenever the time or place changes; also guards concurrent admin edits.
    public int Sequence { get; set; }
    public List<SesiKecamatan> Kecamatan { get; set; } = [];
    public List<SesiFasilitator> Fasilitator { get; set; } = [];
    public List<Enrolmen> Enrolmen { get; set; } = [];

    public TimeOnly JamMulai => TimeOnly.FromDateTime(Wib.Dari(MulaiUtc).DateTime);
    public TimeOnly JamSelesai => TimeOnly.FromDateTime(Wib.Dari(SelesaiUtc).DateTime);

    public void AturWaktu(DateOnly tanggal, TimeOnly mulai, TimeOnly selesai)
    {
        Tanggal = tanggal;
        MulaiUtc = Wib.Pada(tanggal, mulai).ToUniversalTime();
        SelesaiUtc = Wib.Pada(tanggal, selesai).ToUniversalTime();
    }
}

public class SesiKecamatan
{
    public int SesiId { get; set; }
    public required string KecamatanKode { get; set; }
    public Kecamatan? Kecamatan { get; set; }
    public int Kursi { get; set; }
    public DateTimeOffset DilepasPada { get; set; }
}

public class SesiFasilitator
{
    public int SesiId { get; set; }
    public required string FasilitatorId { get; set; }
    public AppUser? Fasilitator { get; set; }
}

public class Enrolmen
{
    public int Id { get; set; }
    public int SesiId { get; set; }
    public Sesi? Sesi { get; set; }
    // Copied from the session so the database can keep one active seat per participant per round.
    public int PutaranId { get; set; }
    public required string PesertaId { get; set; }
    public AppUser? Peserta { get; set; }
    public required string KecamatanKode { get; set; }
    public StatusEnrolmen Status { get; set; }
    public const int PanjangAlasanMaks = 500;
    public string? Alasan { get; set; }
    public required string DidaftarkanOleh { get; set; }
    public DateTimeOffset DidaftarPada { get; set; }
    public DateTimeOffset? DikonfirmasiPada { get; set; }
    public DateTimeOffset? DibatalkanPada { get; set; }
    public int Sequence { get; set; }
    public required string Pin { get; set; }
    public required string TokenQr { get; set; }

    public static bool MemegangKursi(StatusEnrolmen status) =>
        status is StatusEnrolmen.Terkonfirmasi or StatusEnrolmen.Hadir or StatusEnrolmen.TidakHadir;
}
