using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Shared.Pages.Admin.KotakKeluar;

public class IndexModel(AppDbContext db) : PageModel
{
    public const int UkuranHalaman = 50;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int Halaman { get; set; } = 1;

    public IReadOnlyList<Baris> Daftar { get; private set; } = [];
    public int Jumlah { get; private set; }
    public int JumlahHalaman => Math.Max(1, (Jumlah + UkuranHalaman - 1) / UkuranHalaman);

    public sealed record Baris(long Id, string Kepada, string Subjek, DateTimeOffset DibuatPada, DateTimeOffset? TerkirimPada,
        string? DikirimLewat, int Percobaan, string? GalatTerakhir);

    public async Task OnGetAsync()
    {
        var q = db.OutboxMail.AsNoTracking();
        q = Status switch
        {
            "terkirim" => q.Where(m => m.TerkirimPada != null),
            "menunggu" => q.Where(m => m.TerkirimPada == null && m.GalatTerakhir == null),
            "gagal" => q.Where(m => m.TerkirimPada == null && m.GalatTerakhir != null),
            _ => q,
        };
        Jumlah = await q.CountAsync();
        Halaman = Math.Clamp(Halaman, 1, JumlahHalaman);
        Daftar = await q.OrderByDescending(m => m.DibuatPada).ThenByDescending(m => m.Id)
            .Skip((Halaman - 1) * UkuranHalaman).Take(UkuranHalaman)
            .Select(m => new Baris(m.Id, m.Kepada, m.Subjek, m.DibuatPada, m.TerkirimPada, m.DikirimLewat, m.Percobaan, m.GalatTerakhir))
            .ToListAsync();
    }

    public string? UrlHalaman(int halaman) => Url.Page("Index", new { Status, Halaman = halaman });
}
