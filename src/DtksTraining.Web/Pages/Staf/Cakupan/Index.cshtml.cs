using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DtksTraining.Web.Data;
using DtksTraining.Web.Domain;
using DtksTraining.Web.Domain.Coverage;
using DtksTraining.Web.Domain.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Pages.Staf.Cakupan;

public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Putaran { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kecamatan { get; set; }
    public List<(int Id, string Nama)> DaftarPutaran { get; private set; } = [];
    public IReadOnlyList<CakupanKecamatan> PerKecamatan { get; private set; } = [];
    public IReadOnlyList<CakupanDesa> DesaTerpilih { get; private set; } = [];
    public List<FaktaPeserta> PesertaTerpilih { get; private set; } = [];
    public string? NamaKecamatan { get; private set; }
    public string Grafik { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var (desa, peserta) = await MuatAsync();
        var perDesa = HitungCakupan.PerDesa(desa, peserta);
        PerKecamatan = HitungCakupan.PerKecamatan(perDesa);
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
        ["Kode kecamatan", "Kecamatan", "Kode desa", "Desa", "Kades terdaftar", "Kades hadir", "Operator terdaftar", "Operator hadir", "Tidak datang"];

    private async Task<List<string[]>> BarisEksporAsync()
    {
        var (desa, peserta) = await MuatAsync();
        return HitungCakupan.PerDesa(desa, peserta).Select(d => new[]
        {
            d.Desa.KecamatanKode, d.Desa.KecamatanNama, d.Desa.Kode, d.Desa.Nama,
            d.KadesTerdaftar ? "1" : "0", d.KadesHadir ? "1" : "0", d.OperatorTerdaftar ? "1" : "0", d.OperatorHadir ? "1" : "0",
            d.TidakDatang.ToString(CultureInfo.InvariantCulture),
        }).ToList();
    }

    private async Task<(List<DesaWilayah> Desa, List<FaktaPeserta> Peserta)> MuatAsync()
    {
        DaftarPutaran = (await db.PutaranPelatihan.AsNoTracking().OrderByDescending(p => p.TanggalMulai)
            .Select(p => new { p.Id, p.Nama }).ToListAsync()).Select(p => (p.Id, p.Nama)).ToList();
        Putaran ??= DaftarPutaran.Select(p => (int?)p.Id).FirstOrDefault();
        var desa = await db.Desa.AsNoTracking()
            .Select(d => new DesaWilayah(d.Kode, d.Nama, d.KecamatanKode, d.Kecamatan!.Nama)).ToListAsync();
        var peserta = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where u.DesaKode != null && u.Aktif && (r.Name == Peran.KepalaDesa || r.Name == Peran.Operator)
                             select new { u.Id, u.NamaLengkap, Peran = r.Name!, DesaKode = u.DesaKode! }).AsNoTracking().ToListAsync();
        var enrolmen = await db.Enrolmen.AsNoTracking().Where(e => e.PutaranId == Putaran)
            .Select(e => new { e.PesertaId, e.Status }).ToListAsync();
        var perPeserta = enrolmen.GroupBy(e => e.PesertaId).ToDictionary(g => g.Key, g => g.Select(e => e.Status).ToList());
        return (desa, peserta.Select(p =>
        {
            var status = perPeserta.GetValueOrDefault(p.Id) ?? [];
            return new FaktaPeserta(p.Id, p.NamaLengkap, p.Peran, p.DesaKode,
                status.Any(s => s is StatusEnrolmen.Terkonfirmasi or StatusEnrolmen.Hadir or StatusEnrolmen.TidakHadir),
                status.Contains(StatusEnrolmen.Hadir), status.Contains(StatusEnrolmen.TidakHadir));
        }).ToList());
    }
}
