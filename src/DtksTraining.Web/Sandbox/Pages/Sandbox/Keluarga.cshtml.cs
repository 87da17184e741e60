using System.Text.Json.Serialization;
using System.Text.Json;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

public class KeluargaModel(AppDbContext db, SandboxPenyimpan penyimpan, DaftarKode daftar, TimeProvider clock, IStringLocalizer<SharedResource> S)
    : PageModel
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() }, WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [BindProperty] public IsianAnggota Input { get; set; } = new();
    [BindProperty] public IsianRumahTangga Rt { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool UbahRumahTangga { get; set; }
    public DaftarKode Daftar => daftar;
    public string LuasLahanTeks => RumahTangga.LuasLahan >= 10_000
        ? $"{RumahTangga.LuasLahan:N0} m² ({RumahTangga.LuasLahan / 10_000.0:0.##} ha)"
        : $"{RumahTangga.LuasLahan:N0} m²";
    // The member whose perbaikan form is open; null with Tambah for a new member.
    [BindProperty(SupportsGet = true)] public long? Ubah { get; set; }
    [BindProperty(SupportsGet = true)] public bool Tambah { get; set; }
    // Which record when one No KK is recorded for more than one family (rule 17); null: the first.
    [BindProperty(SupportsGet = true)] public int? Nomor { get; set; }

    public SandboxKeluarga Keluarga { get; private set; } = null!;
    public SandboxRumahTangga RumahTangga { get; private set; } = null!;
    public List<SandboxAnggota> Anggota { get; private set; } = [];
    public List<Temuan> Temuan { get; private set; } = [];
    public string? Galat { get; private set; }
    // What was typed in a nonaktif form that failed, to show it again (null anggota = the family form).
    public (long? AnggotaId, string? Catatan)? NonaktifDiketik { get; private set; }
    public string? NoKkDiketik { get; private set; }
    // The families that share this No KK, by their number and head; more than one is data to fix.
    public List<(int Nomor, string Kepala)> KeluargaSama { get; private set; } = [];
    // The record number to keep in links and forms, needed only when the No KK is shared.
    public int? NomorRute => KeluargaSama.Count > 1 ? Keluarga.Nomor : null;

    private int _sandboxId;
    private DateOnly HariIni => Wib.Hari(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(string noKk)
    {
        if (!await MuatAsync(noKk)) return NotFound();
        if (Ubah is { } id && Anggota.FirstOrDefault(a => a.Id == id) is { } orang) Input = IsianAnggota.Dari(orang);
        else Ubah = null;
        Rt = IsianRumahTangga.Dari(RumahTangga);
        return Page();
    }

    // Land and livestock are asked of the household; the operator corrects them like any other field (a perbaikan data).
    public async Task<IActionResult> OnPostRumahTanggaAsync(string noKk)
    {
        // The member form is not part of this post; a number that did not bind ("abc") stays an error, never a silent 0.
        foreach (var kunci in ModelState.Keys.Where(k => !k.StartsWith(nameof(Rt) + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(kunci);
        if (!await MuatAsync(noKk)) return NotFound();
        UbahRumahTangga = true;
        if (!TryValidateModel(Rt, nameof(Rt)) || !ModelState.IsValid) return Page();
        var lama = IsianRumahTangga.Dari(RumahTangga);
        Rt.Terapkan(RumahTangga);
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.PerbaikanData, Keluarga.NoKk, null, null,
            JsonSerializer.Serialize(new { RumahTangga = new { Sebelum = lama, Sesudah = Rt } }, Json), null,
            await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["Data rumah tangga {0} disimpan dan usulan perbaikan data dibuat sebagai draf.", RumahTangga.IdRumahTangga].Value;
        return RedirectToPage(new { noKk, ubahRumahTangga = (bool?)null });
    }

    public async Task<IActionResult> OnPostPerbaikanAsync(string noKk)
    {
        if (!await MuatAsync(noKk)) return NotFound();
        if (Ubah is not { } id || Anggota.FirstOrDefault(a => a.Id == id) is not { } orang) return NotFound();
        if (!await PeriksaAsync(orang)) return Page();

        var lama = IsianAnggota.Dari(orang);
        Input.Terapkan(orang, daftar);
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.PerbaikanData, Keluarga.NoKk, orang.Nik, null,
            JsonSerializer.Serialize(new { Sebelum = lama, Sesudah = Input }, Json), null, await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["Perbaikan data {0} disimpan dan usulan perbaikan data dibuat sebagai draf.", orang.Nama].Value;
        return RedirectToPage(new { noKk, nomor = NomorRute, ubah = (long?)null });
    }

    public async Task<IActionResult> OnPostAnggotaBaruAsync(string noKk)
    {
        if (!await MuatAsync(noKk)) return NotFound();
        Tambah = true;
        var baru = new SandboxAnggota
        {
            SandboxId = _sandboxId, KeluargaNomor = Keluarga.Nomor, NoKk = Keluarga.NoKk, Nik = "", Nama = "",
            Keberadaan = StatusKeberadaan.AnggotaBaru, Aktif = true,
            Nomor = await db.SandboxAnggota.Where(a => a.SandboxId == _sandboxId).MaxAsync(a => (int?)a.Nomor) + 1 ?? 1,
        };
        if (!await PeriksaAsync(baru)) return Page();

        Input.Terapkan(baru, daftar);
        db.SandboxAnggota.Add(baru);
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.AnggotaBaru, Keluarga.NoKk, baru.Nik, null,
            JsonSerializer.Serialize(Input, Json), null, await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["{0} ditambahkan sebagai anggota baru dan usulan anggota baru dibuat sebagai draf.", baru.Nama].Value;
        return RedirectToPage(new { noKk, nomor = NomorRute, tambah = (bool?)null });
    }

    public async Task<IActionResult> OnPostKeberadaanAsync(string noKk, long anggotaId, StatusKeberadaan? keberadaan)
    {
        ModelState.Clear();
        if (!await MuatAsync(noKk)) return NotFound();
        if (Anggota.FirstOrDefault(a => a.Id == anggotaId) is not { } orang) return NotFound();
        if (keberadaan is not { } baru || !Enum.IsDefined(baru))
        {
            Galat = S["Pilih status keberadaan."].Value;
            return Page();
        }
        if (!daftar.Berlaku(baru))
        {
            Galat = S["Status keberadaan \"{0}\" tidak ada di daftar kode {1}: pilih dari daftar yang tersedia.", baru.Teks(), daftar.Nama].Value;
            return Page();
        }
        var lama = orang.Keberadaan;
        orang.Keberadaan = baru;
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.PerbaikanData, Keluarga.NoKk, orang.Nik, null,
            JsonSerializer.Serialize(new { Keberadaan = new { Sebelum = lama, Sesudah = baru } }, Json), null,
            await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["Keberadaan {0} diubah menjadi \"{1}\"; usulan perbaikan data dibuat sebagai draf.", orang.Nama, daftar.Teks(baru)].Value;
        return RedirectToPage(new { noKk, nomor = NomorRute });
    }

    // anggotaId null: the whole family.
    public async Task<IActionResult> OnPostNonaktifAsync(string noKk, long? anggotaId, AlasanNonaktif? alasan, string? catatan)
    {
        ModelState.Clear();
        if (!await MuatAsync(noKk)) return NotFound();
        var sasaran = anggotaId is { } id ? Anggota.Where(a => a.Id == id).ToList() : Anggota.Where(a => a.Aktif).ToList();
        if (anggotaId is not null && sasaran.Count == 0) return NotFound();
        if (alasan is not { } sebab || !Enum.IsDefined(sebab))
        {
            NonaktifDiketik = (anggotaId, catatan);
            Galat = S["Pilih alasan nonaktif (pindah, meninggal, sudah mampu, menolak atau data ganda)."].Value;
            return Page();
        }
        if (sasaran.Count == 0 || sasaran.All(a => !a.Aktif))
        {
            Galat = S["Sudah nonaktif."].Value;
            return Page();
        }
        foreach (var a in sasaran)
        {
            a.Aktif = false;
            a.AlasanNonaktif = sebab;
        }
        var catatanBersih = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim()[..Math.Min(catatan.Trim().Length, 1000)];
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.Nonaktif, Keluarga.NoKk, anggotaId is null ? null : sasaran[0].Nik, sebab,
            JsonSerializer.Serialize(new { Alasan = sebab, Nik = sasaran.Select(a => a.Nik) }, Json), catatanBersih,
            await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = anggotaId is null
            ? S["Keluarga {0} dinonaktifkan dengan alasan \"{1}\"; usulan nonaktif dibuat sebagai draf.", Keluarga.NoKk, sebab.Teks()].Value
            : S["{0} dinonaktifkan dengan alasan \"{1}\"; usulan nonaktif dibuat sebagai draf.", sasaran[0].Nama, sebab.Teks()].Value;
        return RedirectToPage(new { noKk, nomor = NomorRute });
    }

    // The No KK as printed on the family's latest card: after a move to another kecamatan (rule 13) or when it was typed as
    // another family's number (rule 17). Every member follows; the change goes to the verifier as a perbaikan data.
    public async Task<IActionResult> OnPostNoKkAsync(string noKk, string? noKkBaru)
    {
        ModelState.Clear();
        if (!await MuatAsync(noKk)) return NotFound();
        var baru = noKkBaru?.Trim() ?? "";
        NoKkDiketik = noKkBaru;
        if (Web.Sandbox.NoKk.Periksa(baru) is { } galat) Galat = galat;
        else if (baru == Keluarga.NoKk) Galat = S["No KK itu sama dengan yang sudah tercatat."].Value;
        else if (await db.SandboxKeluarga.AnyAsync(k => k.SandboxId == _sandboxId && k.NoKk == baru))
            Galat = S["KK {0} sudah tercatat untuk keluarga lain: periksa lagi kartu keluarganya.", baru].Value;
        if (Galat is not null) return Page();

        var lama = Keluarga.NoKk;
        Keluarga.NoKk = baru;
        foreach (var a in Anggota) a.NoKk = baru;
        db.SandboxUsulan.Add(SandboxUsulan.Draf(_sandboxId, JenisUsulan.PerbaikanData, baru, null, null,
            JsonSerializer.Serialize(new { NoKk = new { Sebelum = lama, Sesudah = baru } }, Json), null,
            await SandboxSaya.PelakuAsync(db, User), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        TempData["Pesan"] = S["No KK diperbaiki dari {0} menjadi {1}; usulan perbaikan data dibuat sebagai draf.", lama, baru].Value;
        return RedirectToPage(new { noKk = baru, nomor = (int?)null });
    }

    // §4 checks on the family as it would be with the form applied; every failure goes to the form, in Bahasa.
    private async Task<bool> PeriksaAsync(SandboxAnggota sasaran)
    {
        if (!ModelState.IsValid) return false;
        var nik = Input.Nik.Trim();
        var salinan = new SandboxAnggota
        {
            Id = sasaran.Id, NoKk = sasaran.NoKk, Nik = "", Nama = "", Aktif = sasaran.Aktif, Keberadaan = sasaran.Keberadaan,
            Program = sasaran.Program, AlasanNonaktif = sasaran.AlasanNonaktif, Disabilitas = sasaran.Disabilitas,
            KesulitanFungsi = sasaran.KesulitanFungsi, TingkatKesulitan = sasaran.TingkatKesulitan,
        };
        Input.Terapkan(salinan, daftar);
        var isian = SandboxPenyimpan.KeDomain(salinan);
        var keluarga = SandboxPenyimpan.KeDomain(Keluarga, SandboxPenyimpan.KeDomain(RumahTangga));
        keluarga.Anggota.AddRange(Anggota.Select(a => a.Id == sasaran.Id ? isian : SandboxPenyimpan.KeDomain(a)));
        if (sasaran.Id == 0) keluarga.Anggota.Add(isian);
        var kkLain = await db.SandboxAnggota
            .Where(a => a.SandboxId == _sandboxId && a.Nik == nik && a.Aktif && a.Id != sasaran.Id)
            .Select(a => a.NoKk).ToListAsync();
        if (sasaran.Id == 0 && Anggota.Any(a => a.Aktif && a.Nik == nik))
            ModelState.AddModelError("", $"NIK {nik} sudah tercatat di keluarga ini.");
        foreach (var pesan in PeriksaIsian.Anggota(keluarga, isian, kkLain, HariIni, daftar))
            ModelState.AddModelError("", pesan);
        return ModelState.IsValid;
    }

    private async Task<bool> MuatAsync(string noKk)
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        _sandboxId = sandbox.Id;
        var sama = await db.SandboxKeluarga.Where(k => k.SandboxId == _sandboxId && k.NoKk == noKk).OrderBy(k => k.Nomor).ToListAsync();
        var keluarga = Nomor is { } nomor ? sama.FirstOrDefault(k => k.Nomor == nomor) : sama.FirstOrDefault();
        if (keluarga is null) return false;
        Keluarga = keluarga;
        if (sama.Count > 1)
        {
            var nomorSama = sama.Select(k => k.Nomor).ToList();
            var kepala = await db.SandboxAnggota
                .Where(a => a.SandboxId == _sandboxId && nomorSama.Contains(a.KeluargaNomor) && a.Hubungan == HubunganKeluarga.KepalaKeluarga)
                .Select(a => new { a.KeluargaNomor, a.Nama }).ToListAsync();
            KeluargaSama = sama.Select(k => (k.Nomor, kepala.FirstOrDefault(a => a.KeluargaNomor == k.Nomor)?.Nama ?? "")).ToList();
        }
        RumahTangga = await db.SandboxRumahTangga.SingleAsync(r => r.SandboxId == _sandboxId && r.Nomor == keluarga.RumahTanggaNomor);
        Anggota = await db.SandboxAnggota.Where(a => a.SandboxId == _sandboxId && a.KeluargaNomor == keluarga.Nomor)
            .OrderBy(a => a.Id).ToListAsync();
        var domain = SandboxPenyimpan.KeDomain(Keluarga, SandboxPenyimpan.KeDomain(RumahTangga));
        domain.Anggota.AddRange(Anggota.Select(SandboxPenyimpan.KeDomain));
        Temuan = ValidasiDtks.PeriksaKeluarga(domain, HariIni, daftar);
        if (KeluargaSama.Count > 1) Temuan.Add(ValidasiDtks.NoKkGanda(noKk, KeluargaSama.Count));
        // The scenario's Dukcapil is rebuilt from its seed: the civil registry the operator would check the deaths against.
        Temuan.AddRange(ValidasiDtks.MeninggalMenurutDukcapil([domain], (await penyimpan.SkenarioAsync(sandbox)).Dukcapil));
        return true;
    }
}
