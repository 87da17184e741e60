using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;
using DtksTraining.Web.Data;
using DtksTraining.Web.Jadwal;
using DtksTraining.Web.Sandbox;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Cakupan.Pages.Staf.Cakupan;

public class IndexModel(AppDbContext db, PustakaLatihan pustaka, MailOutbox outbox, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Putaran { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kecamatan { get; set; }
    public List<(int Id, string Nama)> DaftarPutaran { get; private set; } = [];
    public IReadOnlyList<CakupanKecamatan> PerKecamatan { get; private set; } = [];
    public IReadOnlyList<CakupanDesa> DesaTerpilih { get; private set; } = [];
    public List<FaktaPeserta> PesertaTerpilih { get; private set; } = [];
    public string? NamaKecamatan { get; private set; }
    public string Grafik { get; private set; } = "";
    public int JumlahLatihanWajib { get; private set; }
    public int? UndanganTerkirim { get; private set; }
    public List<string> TanpaEmail { get; private set; } = [];
    // Whom "Undang ke sesi terbuka" reaches, said before it is pressed.
    public int OrangDiundang { get; private set; }
    public int DesaDiundang { get; private set; }

    public async Task OnGetAsync()
    {
        var (desa, peserta) = await MuatAsync();
        var perDesa = HitungCakupan.PerDesa(desa, peserta, JumlahLatihanWajib);
        PerKecamatan = HitungCakupan.PerKecamatan(perDesa, peserta, JumlahLatihanWajib);
        var desaBelum = perDesa.Where(d => d.BelumAdaYangTerlatih && (Kecamatan is null || d.Desa.KecamatanKode == Kecamatan))
            .Select(d => d.Desa.Kode).ToHashSet();
        DesaDiundang = desaBelum.Count;
        OrangDiundang = peserta.Where(p => desaBelum.Contains(p.DesaKode)).Select(p => p.PesertaId).Distinct().Count();
        Grafik = GrafikBatang.Svg("Cakupan desa terlatih lengkap per kecamatan (%)",
            PerKecamatan.Select(k => (k.Nama, k.PersenCakupan)).ToList());
        if (Kecamatan is not null)
        {
            DesaTerpilih = perDesa.Where(d => d.Desa.KecamatanKode == Kecamatan).ToList();
            NamaKecamatan = DesaTerpilih.FirstOrDefault()?.Desa.KecamatanNama;
            var kode = DesaTerpilih.Select(d => d.Desa.Kode).ToHashSet();
            PesertaTerpilih = peserta.Where(p => kode.Contains(p.DesaKode)).OrderBy(p => p.DesaKode).ThenBy(p => p.Peran).ToList();
        }
    }

    // "Undang ke sesi terbuka": mails the Kepala Desa and operators of every desa where nobody is trained yet
    // (in the chosen kecamatan, or everywhere) the open sessions serving their kecamatan. Keyed per participant and
    // round in the outbox, so pressing the button twice sends nothing twice; people without e-mail are listed.
    public async Task<IActionResult> OnPostUndangAsync(CancellationToken ct)
    {
        var (desa, peserta) = await MuatAsync();
        var belum = HitungCakupan.PerDesa(desa, peserta, JumlahLatihanWajib)
            .Where(d => d.BelumAdaYangTerlatih && (Kecamatan is null || d.Desa.KecamatanKode == Kecamatan))
            .ToDictionary(d => d.Desa.Kode, d => d.Desa);
        var now = clock.GetUtcNow();
        var sesi = await db.Sesi.AsNoTracking()
            .Where(s => s.PutaranId == Putaran && s.Status == StatusSesi.Dibuka && s.Terkonfirmasi < s.Kapasitas)
            .Select(s => new { s.Id, s.Tanggal, s.MulaiUtc, s.SelesaiUtc, Venue = s.Venue!.Nama, Kecamatan = s.Kecamatan.Select(k => k.KecamatanKode).ToList() })
            .ToListAsync(ct);
        sesi = sesi.Where(s => s.MulaiUtc > now).OrderBy(s => s.MulaiUtc).ToList();
        var idDiundang = peserta.Where(p => belum.ContainsKey(p.DesaKode)).Select(p => p.PesertaId).ToList();
        var kontak = await db.Users.AsNoTracking().Where(u => idDiundang.Contains(u.Id))
            .Select(u => new { u.Id, u.NamaLengkap, u.Email, u.DesaKode }).ToListAsync(ct);
        var terkirim = 0;
        foreach (var orang in kontak.OrderBy(k => k.DesaKode).ThenBy(k => k.NamaLengkap))
        {
            var wilayah = belum[orang.DesaKode!];
            if (string.IsNullOrWhiteSpace(orang.Email))
            {
                TanpaEmail.Add($"{orang.NamaLengkap} ({wilayah.Nama}, {wilayah.KecamatanNama})");
                continue;
            }
            var cocok = sesi.Where(s => s.Kecamatan.Contains(wilayah.KecamatanKode)).ToList();
            if (cocok.Count == 0) continue;
            var daftar = string.Join("\n", cocok.Select(s =>
                $"- {s.Tanggal.ToString("dddd, d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))} pukul {Wib.Dari(s.MulaiUtc):HH.mm}–{Wib.Dari(s.SelesaiUtc):HH.mm} WIB, {s.Venue}"));
            var teks = $"Yth. {orang.NamaLengkap},\n\nDi Desa {wilayah.Nama}, Kecamatan {wilayah.KecamatanNama}, belum ada Kepala Desa atau operator " +
                       $"yang mengikuti pelatihan pemutakhiran DTKS. Sesi berikut masih memiliki kursi untuk kecamatan Anda:\n\n{daftar}\n\n" +
                       "Silakan mendaftar melalui menu Jadwal di aplikasi pelatihan atau hubungi Dinas Sosial.\n\nSalam,\nDinas Sosial Kabupaten Pesawaran";
            var pesan = MailComposer.Compose(orang.Email, orang.NamaLengkap, "Undangan sesi pelatihan DTKS yang masih terbuka", teks);
            if (await outbox.QueueAsync($"cakupan:undang-terbuka:putaran-{Putaran}:peserta-{orang.Id}", pesan, ct) is not null) terkirim++;
        }
        UndanganTerkirim = terkirim;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var baris = await BarisEksporAsync();
        await using var tulisan = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(tulisan, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            csv.WriteField(Judul);
            await csv.NextRecordAsync();
            foreach (var b in baris)
            {
                foreach (var sel in b) csv.WriteField(sel);
                await csv.NextRecordAsync();
            }
        }
        // BOM so Excel in Indonesia opens the semicolon file correctly.
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(tulisan.ToString())).ToArray(),
            "text/csv; charset=utf-8", "cakupan-pelatihan-dtks.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        var baris = await BarisEksporAsync();
        using var aliran = new MemoryStream();
        using (var buku = SpreadsheetDocument.Create(aliran, SpreadsheetDocumentType.Workbook))
        {
            var bagianBuku = buku.AddWorkbookPart();
            bagianBuku.Workbook = new Workbook();
            var lembar = bagianBuku.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var isi in new[] { Judul }.Concat(baris))
                data.Append(new Row(isi.Select(Sel)));
            lembar.Worksheet = new Worksheet(data);
            bagianBuku.Workbook.AppendChild(new Sheets(new Sheet { Id = bagianBuku.GetIdOfPart(lembar), SheetId = 1, Name = "Cakupan" }));
            bagianBuku.Workbook.Save();
        }
        return File(aliran.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cakupan-pelatihan-dtks.xlsx");
    }

    private static Cell Sel(string isi) => int.TryParse(isi, out var angka)
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(angka) }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(isi)) };

    private static readonly string[] Judul =
        ["Kode kecamatan", "Kecamatan", "Kode desa", "Desa", "Kades terdaftar", "Kades hadir", "Operator terdaftar", "Operator hadir", "Tidak datang",
         "Kades lulus kuis", "Operator lulus kuis", "Sandbox selesai", "Kesiapan", "Kades bersertifikat", "Operator bersertifikat"];

    private async Task<List<string[]>> BarisEksporAsync()
    {
        var (desa, peserta) = await MuatAsync();
        return HitungCakupan.PerDesa(desa, peserta, JumlahLatihanWajib).Select(d => new[]
        {
            d.Desa.KecamatanKode, d.Desa.KecamatanNama, d.Desa.Kode, d.Desa.Nama,
            d.KadesTerdaftar ? "1" : "0", d.KadesHadir ? "1" : "0", d.OperatorTerdaftar ? "1" : "0", d.OperatorHadir ? "1" : "0",
            d.TidakDatang.ToString(CultureInfo.InvariantCulture),
            d.KadesLulusKuis ? "1" : "0", d.OperatorLulusKuis ? "1" : "0", d.SandboxSelesai ? "1" : "0",
            d.Kesiapan.ToString(CultureInfo.InvariantCulture),
            d.KadesBersertifikat ? "1" : "0", d.OperatorBersertifikat ? "1" : "0",
        }).ToList();
    }

    private async Task<(List<DesaWilayah> Desa, List<FaktaPeserta> Peserta)> MuatAsync()
    {
        DaftarPutaran = (await db.PutaranPelatihan.AsNoTracking().OrderByDescending(p => p.TanggalMulai)
            .Select(p => new { p.Id, p.Nama }).ToListAsync()).Select(p => (p.Id, p.Nama)).ToList();
        Putaran ??= await PutaranKini.PilihAsync(db, clock);
        var data = await SumberCakupan.MuatAsync(db, pustaka, Putaran);
        JumlahLatihanWajib = data.JumlahLatihanWajib;
        return (data.Desa, data.Peserta);
    }
}
