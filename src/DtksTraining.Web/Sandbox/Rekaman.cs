
namespace DtksTraining.Web.Sandbox;

public sealed record DesaSumber(string Kode, string Nama, string KodeKecamatan, string NamaKecamatan);

public sealed class RumahTangga
{
    public int Nomor { get; set; }
    public required string IdRumahTangga { get; set; }
    public KepemilikanBangunan KepemilikanBangunan { get; set; }
    public int LuasLantai { get; set; }
    public SumberPenerangan SumberPenerangan { get; set; }
    public int DayaListrik { get; set; }
    public BahanBakarMemasak BahanBakar { get; set; }
    public FasilitasBab FasilitasBab { get; set; }
    public Aset Aset { get; set; }
    public JenisLantai Lantai { get; set; } = JenisLantai.Semen;
    public JenisDinding Dinding { get; set; } = JenisDinding.Tembok;
    public JenisAtap Atap { get; set; } = JenisAtap.BetonGenteng;
    public SumberAirMinum AirMinum { get; set; } = SumberAirMinum.SumurTerlindung;
    public int LuasLahan { get; set; }
    public int TernakSapi { get; set; }
    public int TernakKambing { get; set; }
    public int TernakUnggas { get; set; }
    public double? Lintang { get; set; }
    public double? Bujur { get; set; }
    public List<Keluarga> Keluarga { get; } = [];
}

public sealed class Keluarga
{
    public int Nomor { get; set; }
    public required string NoKk { get; set; }
    public required RumahTangga RumahTangga { get; set; }
    public required string DesaKode { get; set; }
    public required string Alamat { get; set; }
    public ProgramBantuan Program { get; set; }
    public string? CatatanVerval { get; set; }
    public string? IdDtsen { get; set; }
    public byte? Desil { get; set; }
    public List<AnggotaKeluarga> Anggota { get; } = [];

    public AnggotaKeluarga? Kepala => Anggota.FirstOrDefault(a => a.Hubungan == HubunganKeluarga.KepalaKeluarga && a.Aktif);
    public bool Aktif => Anggota.Any(a => a.Aktif);
}

public sealed class AnggotaKeluarga
{
    public int Nomor { get; set; }
    public required string Nik { get; set; }
    public required string Nama { get; set; }
    public JenisKelamin JenisKelamin { get; set; }
    public DateOnly TanggalLahir { get; set; }
    public HubunganKeluarga Hubungan { get; set; }
    public StatusPerkawinan StatusPerkawinan { get; set; }
    public StatusHamil? StatusHamil { get; set; }
    public Disabilitas Disabilitas { get; set; }
    public PenyakitKronis PenyakitKronis { get; set; }
    public PartisipasiSekolah PartisipasiSekolah { get; set; }
    public Ijazah? Ijazah { get; set; }
    public StatusPekerjaan? Pekerjaan { get; set; }
    public StatusKeberadaan Keberadaan { get; set; } = StatusKeberadaan.TinggalDiRumahTangga;
    public ProgramBantuan Program { get; set; }
    public string? NamaIbuKandung { get; set; }
    public bool Aktif { get; set; } = true;
    public AlasanNonaktif? AlasanNonaktif { get; set; }
    public KesulitanFungsi KesulitanFungsi { get; set; }
    public TingkatKesulitan TingkatKesulitan { get; set; }
    public string? TempatLahir { get; set; }
    public Pendidikan? Pendidikan { get; set; }
    public LapanganUsaha? LapanganUsaha { get; set; }
    public string? JenisPekerjaan { get; set; }

    public int Umur(DateOnly hariIni)
    {
        var umur = hariIni.Year - TanggalLahir.Year;
        return TanggalLahir.AddYears(umur) > hariIni ? umur - 1 : umur;
    }
}

public sealed class DataDesa
{
    public required DesaSumber Desa { get; init; }
    public List<RumahTangga> RumahTangga { get; } = [];
    public IEnumerable<Keluarga> Keluarga => RumahTangga.SelectMany(r => r.Keluarga);
    public IEnumerable<AnggotaKeluarga> Anggota => Keluarga.SelectMany(k => k.Anggota);
}
