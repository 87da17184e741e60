using DtksTraining.Web.Wilayah;
using Microsoft.AspNetCore.Identity;

namespace DtksTraining.Web.Data;

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
