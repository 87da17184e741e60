using System.Text.Json;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Shared.Pages.Admin;

public class AuditModel(AppDbContext db) : PageModel
{
    public const int UkuranHalaman = 50;
    public static readonly IReadOnlyList<string> SemuaAksi = ["Tambah", "Ubah", "Hapus", "Masuk gagal", "Masuk ditahan"];

    [BindProperty(SupportsGet = true)] public string? Entitas { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pengguna { get; set; }
    [BindProperty(SupportsGet = true)] public string? Aksi { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Dari { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Sampai { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kunci { get; set; }
    [BindProperty(SupportsGet = true)] public int Halaman { get; set; } = 1;

    public IReadOnlyList<string> DaftarEntitas { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Daftar { get; private set; } = [];
    public int Jumlah { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Jumlah + UkuranHalaman - 1) / UkuranHalaman);

    public sealed record Perubahan(string Kolom, string? Lama, string Baru, bool Diubah);

    public async Task OnGetAsync()
    {
        DaftarEntitas = await db.AuditEntry.Select(a => a.Entitas).Distinct().OrderBy(e => e).ToListAsync();
        var q = db.AuditEntry.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entitas)) q = q.Where(a => a.Entitas == Entitas);
        if (!string.IsNullOrWhiteSpace(Pengguna))
        {
            var pengguna = Pengguna.Trim().ToLower();
            q = q.Where(a => a.Pengguna.ToLower().Contains(pengguna));
        }
        if (!string.IsNullOrWhiteSpace(Aksi)) q = q.Where(a => a.Aksi == Aksi);
        if (Dari is { } dari)
        {
            var mulai = Wib.Pada(dari, TimeOnly.MinValue).ToUniversalTime();
            q = q.Where(a => a.Waktu >= mulai);
        }
        if (Sampai is { } sampai)
        {
            var akhir = Wib.Pada(sampai.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
            q = q.Where(a => a.Waktu < akhir);
        }
        if (!string.IsNullOrWhiteSpace(Kunci))
        {
            var kunci = Kunci.Trim();
            q = q.Where(a => a.Kunci.Contains(kunci));
        }
        Jumlah = await q.CountAsync();
        Halaman = Math.Clamp(Halaman, 1, JumlahHalaman);
        Daftar = await q.OrderByDescending(a => a.Waktu).ThenByDescending(a => a.Id)
            .Skip((Halaman - 1) * UkuranHalaman).Take(UkuranHalaman).ToListAsync();
    }

    public string? UrlHalaman(int halaman) =>
        Url.Page("Audit", new { Entitas, Pengguna, Aksi, Dari, Sampai, Kunci, Halaman = halaman });

    // The interceptor writes {"Kolom": nilai} for additions and {"Kolom": {"lama": x, "baru": y}} for edits.
    public static IReadOnlyList<Perubahan> Urai(string json)
    {
        try
        {
            using var dokumen = JsonDocument.Parse(json);
            if (dokumen.RootElement.ValueKind != JsonValueKind.Object) return [new("", null, json, false)];
            return dokumen.RootElement.EnumerateObject().Select(p =>
                p.Value.ValueKind == JsonValueKind.Object
                && p.Value.TryGetProperty("lama", out var lama) && p.Value.TryGetProperty("baru", out var baru)
                    ? new Perubahan(p.Name, Teks(lama), Teks(baru), true)
                    : new Perubahan(p.Name, null, Teks(p.Value), false)).ToList();
        }
        catch (JsonException)
        {
            return [new("", null, json, false)];
        }
    }

    private static string Teks(JsonElement nilai) => nilai.ValueKind switch
    {
        JsonValueKind.Null => "(kosong)",
        JsonValueKind.String => nilai.GetString() ?? "",
        JsonValueKind.True => "ya",
        JsonValueKind.False => "tidak",
        _ => nilai.GetRawText(),
    };
}
