using DtksTraining.Web.Sandbox;
using Microsoft.AspNetCore.Identity;

namespace DtksTraining.Web.Data;

public class Kecamatan
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public List<Desa> Desa { get; set; } = [];
}

public class Desa
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string KecamatanKode { get; set; }
    public Kecamatan? Kecamatan { get; set; }
}

public class Venue
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string KecamatanKode { get; set; }
    public Kecamatan? Kecamatan { get; set; }
    public string? DesaKode { get; set; }
    public required string Alamat { get; set; }
    public int Kapasitas { get; set; }
}

public class VenuePreference
{
    public required string KecamatanKode { get; set; }
    public required string VenueKode { get; set; }
    public int Urutan { get; set; }
}

public class Programme
{
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string NamaLengkap { get; set; }
    public required string Penyaluran { get; set; }
    public required string Keterangan { get; set; }
}

public class AppUser : IdentityUser
{
    public required string NamaLengkap { get; set; }
    public string? Jabatan { get; set; }
    public string? DesaKode { get; set; }
    public Desa? Desa { get; set; }
    public bool Aktif { get; set; } = true;
    public bool WajibGantiSandi { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
}

public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset Waktu { get; set; }
    public required string Pengguna { get; set; }
    public required string Aksi { get; set; }
    public required string Entitas { get; set; }
    public required string Kunci { get; set; }
    public required string Perubahan { get; set; }
}

public class OutboxMail
{
    public long Id { get; set; }
    public required string DedupKey { get; set; }
    public required string Kepada { get; set; }
    public required string Subjek { get; set; }
    public required byte[] Mime { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public DateTimeOffset? TerkirimPada { get; set; }
    public string? DikirimLewat { get; set; }
    public int Percobaan { get; set; }
    public string? GalatTerakhir { get; set; }
}
