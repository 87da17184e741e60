using DtksTraining.Web.Data;
using DtksTraining.Web.Sandbox.Kabupaten;
using Hangfire;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sandbox.Pages.Staf.SandboxKabupaten;

public sealed record Hitungan(string Kode, string Nama, int Keluarga, int Jiwa);
public sealed record TandaKecamatan(string Kode, string Nama, int Pns, int Mobil);
public sealed record TempatNik(string Nama, string NoKk, string Desa, string Kecamatan);
public sealed record NikGanda(string Nik, List<TempatNik> Tempat);
public sealed record KeluargaTertanda(string NoKk, string Desa, string Kecamatan, bool Pns, bool Mobil, ProgramBantuan Program);

// Read-only regency register for data-quality practice: counts, NIK in several desa, inclusion-error flags (DTKS.md §4.7).
public class IndexModel(AppDbContext db, IBackgroundJobClient jobs, ProgresKabupaten progres, TimeProvider clock,
    IStringLocalizer<SharedResource> S) : PageModel
{
    public const int UkuranHalaman = 20;
    private const int Pns = (int)StatusPekerjaan.PnsTniPolriBumnBumdLegislator;
    private const int Mobil = (int)Aset.Mobil;

    [BindProperty(SupportsGet = true)] public string? Kecamatan { get; set; }
    [BindProperty(SupportsGet = true)] public int HalGanda { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int HalTanda { get; set; } = 1;

    public KabupatenGenerasi? Generasi { get; private set; }
    public int JumlahKeluarga { get; private set; }
    public int JumlahJiwa { get; private set; }
    public List<Hitungan> PerKecamatan { get; private set; } = [];
    public string? NamaKecamatan { get; private set; }
    public List<Hitungan> PerDesa { get; private set; } = [];
    public int JumlahGanda { get; private set; }
    public List<NikGanda> Ganda { get; private set; } = [];
    public List<TandaKecamatan> TandaPerKecamatan { get; private set; } = [];
    public int JumlahTertanda { get; private set; }
    public List<KeluargaTertanda> Tertanda { get; private set; } = [];
    public bool Siap => Generasi?.Status == StatusGenerasiKabupaten.Selesai;
    public static int Halaman(int jumlah) => Math.Max(1, (jumlah + UkuranHalaman - 1) / UkuranHalaman);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Generasi = await db.KabupatenGenerasi.AsNoTracking().OrderByDescending(g => g.Id).FirstOrDefaultAsync(ct);
        if (!Siap) return;
        var kecamatan = await db.Kecamatan.AsNoTracking().ToDictionaryAsync(k => k.Kode, k => k.Nama, ct);
        var desa = await db.Desa.AsNoTracking().ToDictionaryAsync(d => d.Kode, d => d.Nama, ct);

        var keluarga = await db.KabupatenKeluarga.GroupBy(k => k.KecamatanKode)
            .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        var jiwa = await db.KabupatenAnggota.GroupBy(a => a.KecamatanKode)
            .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        PerKecamatan = [.. keluarga.Keys.Order().Select(k => new Hitungan(k, kecamatan.GetValueOrDefault(k, k), keluarga[k], jiwa.GetValueOrDefault(k)))];
        JumlahKeluarga = keluarga.Values.Sum();
        JumlahJiwa = jiwa.Values.Sum();

        if (Kecamatan is { } kec && kecamatan.TryGetValue(kec, out var nama))
        {
            NamaKecamatan = nama;
            var kelDesa = await db.KabupatenKeluarga.Where(k => k.KecamatanKode == kec).GroupBy(k => k.DesaKode)
                .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
            var jiwaDesa = await db.KabupatenAnggota.Where(a => a.KecamatanKode == kec).GroupBy(a => a.DesaKode)
                .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
            PerDesa = [.. kelDesa.Keys.Order().Select(d => new Hitungan(d, desa.GetValueOrDefault(d, d), kelDesa[d], jiwaDesa.GetValueOrDefault(d)))];
        }

        // NIK active in more than one desa: one GROUP BY ... HAVING MIN(desa) <> MAX(desa), paged on the NIK.
        var ganda = db.KabupatenAnggota.Where(a => a.Aktif).GroupBy(a => a.Nik)
            .Where(g => g.Min(a => a.DesaKode) != g.Max(a => a.DesaKode)).Select(g => g.Key);
        JumlahGanda = await ganda.CountAsync(ct);
        HalGanda = Math.Clamp(HalGanda, 1, Halaman(JumlahGanda));
        var nikHalaman = await ganda.OrderBy(n => n).Skip((HalGanda - 1) * UkuranHalaman).Take(UkuranHalaman).ToListAsync(ct);
        var baris = await db.KabupatenAnggota.AsNoTracking().Where(a => a.Aktif && nikHalaman.Contains(a.Nik))
            .OrderBy(a => a.Nik).ThenBy(a => a.DesaKode)
            .Select(a => new { a.Nik, a.Nama, a.NoKk, a.DesaKode, a.KecamatanKode }).ToListAsync(ct);
        Ganda = [.. baris.GroupBy(b => b.Nik).Select(g => new NikGanda(g.Key, [.. g.Select(b => new TempatNik(b.Nama, b.NoKk,
            desa.GetValueOrDefault(b.DesaKode, b.DesaKode), kecamatan.GetValueOrDefault(b.KecamatanKode, b.KecamatanKode)))]))];

        // Inclusion-error flags: a family with an active PNS/TNI/Polri member or owning a car.
        var pnsKeluarga = db.KabupatenAnggota.Where(a => a.Aktif && a.Pekerjaan == Pns).Select(a => a.KeluargaId);
        var pnsPerKec = await db.KabupatenKeluarga.Where(k => pnsKeluarga.Contains(k.Id)).GroupBy(k => k.KecamatanKode)
            .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        var mobilPerKec = await db.KabupatenKeluarga.Where(k => (k.Aset & Mobil) != 0).GroupBy(k => k.KecamatanKode)
            .Select(g => new { g.Key, Jumlah = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Jumlah, ct);
        TandaPerKecamatan = [.. kecamatan.Keys.Order().Where(k => pnsPerKec.ContainsKey(k) || mobilPerKec.ContainsKey(k))
            .Select(k => new TandaKecamatan(k, kecamatan[k], pnsPerKec.GetValueOrDefault(k), mobilPerKec.GetValueOrDefault(k)))];
        var tertanda = db.KabupatenKeluarga.Where(k => (k.Aset & Mobil) != 0 || pnsKeluarga.Contains(k.Id));
        var sampel = Kecamatan is { } k2 && NamaKecamatan is not null ? tertanda.Where(k => k.KecamatanKode == k2) : tertanda;
        JumlahTertanda = await sampel.CountAsync(ct);
        HalTanda = Math.Clamp(HalTanda, 1, Halaman(JumlahTertanda));
        var halTanda = await sampel.OrderBy(k => k.Id).Skip((HalTanda - 1) * UkuranHalaman).Take(UkuranHalaman)
            .Select(k => new { k.NoKk, k.DesaKode, k.KecamatanKode, k.Program, Pns = pnsKeluarga.Contains(k.Id), Mobil = (k.Aset & Mobil) != 0 })
            .ToListAsync(ct);
        Tertanda = [.. halTanda.Select(k => new KeluargaTertanda(k.NoKk, desa.GetValueOrDefault(k.DesaKode, k.DesaKode),
            kecamatan.GetValueOrDefault(k.KecamatanKode, k.KecamatanKode), k.Pns, k.Mobil, (ProgramBantuan)k.Program))];
    }

    public async Task<IActionResult> OnPostBuatAsync(bool yakin, CancellationToken ct)
    {
        var terakhir = await db.KabupatenGenerasi.AsNoTracking().OrderByDescending(g => g.Id).FirstOrDefaultAsync(ct);
        if (terakhir?.Status is StatusGenerasiKabupaten.Menunggu or StatusGenerasiKabupaten.Berjalan) return RedirectToPage();
        if (terakhir?.Status == StatusGenerasiKabupaten.Selesai && !yakin)
        {
            TempData["Galat"] = S["Centang konfirmasi untuk membuat ulang register kabupaten."].Value;
            return RedirectToPage();
        }
        var generasi = new KabupatenGenerasi { Seed = 2024, Status = StatusGenerasiKabupaten.Menunggu, DibuatPada = clock.GetUtcNow() };
        db.KabupatenGenerasi.Add(generasi);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<RegisterKabupatenJob>(j => j.JalankanAsync(generasi.Id, CancellationToken.None));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetKemajuanAsync(int id, CancellationToken ct)
    {
        var g = await db.KabupatenGenerasi.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (g is null) return NotFound();
        var (selesai, jumlah) = Angka(g, progres);
        return new JsonResult(new { status = g.Status.ToString(), selesai, jumlah, teks = Teks(g, progres, S) });
    }

    public ProgresKabupaten Progres => progres;

    public static (int Selesai, int Jumlah) Angka(KabupatenGenerasi g, ProgresKabupaten p)
    {
        return g.Status == StatusGenerasiKabupaten.Berjalan && p.GenerasiId == g.Id
            ? (p.Selesai, Math.Max(1, p.Total))
            : (g.BarisSelesai, Math.Max(1, g.BarisTotal));
    }

    public static string Teks(KabupatenGenerasi g, ProgresKabupaten p, IStringLocalizer<SharedResource> S) => g.Status switch
    {
        StatusGenerasiKabupaten.Selesai => S["Selesai: {0} baris tersimpan.", g.BarisSelesai],
        StatusGenerasiKabupaten.Gagal => S["Gagal: {0}", g.Pesan ?? ""],
        StatusGenerasiKabupaten.Berjalan => S["Membuat dan menyimpan baris {0} dari {1}…", Angka(g, p).Selesai, Angka(g, p).Jumlah],
        _ => S["Menunggu giliran…"],
    };
}
