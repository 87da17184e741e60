using System.Globalization;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Sandbox;

// The monthly DTSEN windows Dinsos sets (DTKS.md §2b). Defaults: one desa's public timeline (tlogojati.desacantik.id, 2025-12-26).
public sealed class JadwalDtsenOptions
{
    public int InputMulai { get; set; } = 1;
    public int InputSelesai { get; set; } = 11;
    public int MusdesPalingLambat { get; set; } = 14;
    public int PengesahanMulai { get; set; } = 15;
    public int PengesahanSelesai { get; set; } = 17;
    public int TarikData { get; set; } = 18;
}

// Start-up refuses a schedule that cannot happen in every month, with a message naming the setting.
public sealed class JadwalDtsenValidator : IValidateOptions<JadwalDtsenOptions>
{
    public ValidateOptionsResult Validate(string? name, JadwalDtsenOptions o)
    {
        var galat = SiklusDtsen.Periksa(o);
        return galat.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(galat);
    }
}

public enum TahapSiklus { SebelumInput = 1, Input, Musdes, Pengesahan, TarikData, Selesai }

public sealed record SiklusBulan(int Tahun, int Bulan)
{
    public int Kode => Tahun * 100 + Bulan;
    public string Teks => new DateOnly(Tahun, Bulan, 1).ToString("MMMM yyyy", SiklusDtsen.Indonesia);
    public SiklusBulan Berikutnya => Bulan == 12 ? new(Tahun + 1, 1) : new(Tahun, Bulan + 1);
    public static SiklusBulan DariKode(int kode) => new(kode / 100, kode % 100);
}

public sealed record JendelaHari(TahapSiklus Tahap, string Kegiatan, DateOnly Mulai, DateOnly Selesai);

public static class SiklusDtsen
{
    public static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static List<string> Periksa(JadwalDtsenOptions o)
    {
        var galat = new List<string>();
        void Hari(string nama, int nilai)
        {
            // Day 28 is the last that every month has.
            if (nilai is < 1 or > 28) galat.Add($"JadwalDtsen:{nama} harus tanggal 1 sampai 28, bukan {nilai}.");
        }
        Hari(nameof(o.InputMulai), o.InputMulai);
        Hari(nameof(o.InputSelesai), o.InputSelesai);
        Hari(nameof(o.MusdesPalingLambat), o.MusdesPalingLambat);
        Hari(nameof(o.PengesahanMulai), o.PengesahanMulai);
        Hari(nameof(o.PengesahanSelesai), o.PengesahanSelesai);
        Hari(nameof(o.TarikData), o.TarikData);
        if (galat.Count > 0) return galat;
        if (o.InputMulai > o.InputSelesai) galat.Add("JadwalDtsen: InputMulai harus sebelum atau sama dengan InputSelesai.");
        if (o.MusdesPalingLambat < o.InputSelesai) galat.Add("JadwalDtsen: MusdesPalingLambat tidak boleh sebelum InputSelesai.");
        if (o.PengesahanMulai <= o.MusdesPalingLambat) galat.Add("JadwalDtsen: PengesahanMulai harus sesudah MusdesPalingLambat.");
        if (o.PengesahanMulai > o.PengesahanSelesai) galat.Add("JadwalDtsen: PengesahanMulai harus sebelum atau sama dengan PengesahanSelesai.");
        if (o.TarikData <= o.PengesahanSelesai) galat.Add("JadwalDtsen: TarikData harus sesudah PengesahanSelesai.");
        return galat;
    }

    // The cycle a proposal submitted on this day (WIB) joins: this month's inside the input window, otherwise the next one.
    public static (SiklusBulan Siklus, bool SetelahJendela) SiklusUntuk(DateOnly diajukan, JadwalDtsenOptions o)
    {
        var bulanIni = new SiklusBulan(diajukan.Year, diajukan.Month);
        return diajukan.Day > o.InputSelesai ? (bulanIni.Berikutnya, true) : (bulanIni, false);
    }

    public static IReadOnlyList<JendelaHari> Jendela(SiklusBulan siklus, JadwalDtsenOptions o)
    {
        DateOnly Tgl(int hari) => new(siklus.Tahun, siklus.Bulan, hari);
        return
        [
            new(TahapSiklus.Input, "Input usulan oleh operator desa", Tgl(o.InputMulai), Tgl(o.InputSelesai)),
            new(TahapSiklus.Musdes, "Musdes/musdesus paling lambat", Tgl(o.MusdesPalingLambat), Tgl(o.MusdesPalingLambat)),
            new(TahapSiklus.Pengesahan, "Verifikasi dan pengesahan Dinsos", Tgl(o.PengesahanMulai), Tgl(o.PengesahanSelesai)),
            new(TahapSiklus.TarikData, "Penarikan data", Tgl(o.TarikData), Tgl(o.TarikData)),
        ];
    }

    public static TahapSiklus Tahap(DateOnly hari, JadwalDtsenOptions o) => hari.Day switch
    {
        var d when d < o.InputMulai => TahapSiklus.SebelumInput,
        var d when d <= o.InputSelesai => TahapSiklus.Input,
        var d when d <= o.MusdesPalingLambat => TahapSiklus.Musdes,
        var d when d < o.PengesahanMulai => TahapSiklus.Musdes,
        var d when d <= o.PengesahanSelesai => TahapSiklus.Pengesahan,
        var d when d <= o.TarikData => TahapSiklus.TarikData,
        _ => TahapSiklus.Selesai,
    };

    // One sentence for the operator: where this month stands and what an entry today means.
    public static string KeteranganHariIni(DateOnly hari, JadwalDtsenOptions o)
    {
        var (siklus, terlambat) = SiklusUntuk(hari, o);
        var tutup = new DateOnly(hari.Year, hari.Month, o.InputSelesai).ToString("d MMMM", Indonesia);
        return terlambat
            ? $"Jendela input bulan ini sudah ditutup ({tutup}). Usulan yang diajukan sekarang tetap disimpan dan masuk siklus {siklus.Teks}."
            : $"Jendela input terbuka sampai {tutup}. Usulan yang diajukan sekarang masuk siklus {siklus.Teks}.";
    }

    public static string Rentang(JendelaHari j) => j.Mulai == j.Selesai
        ? j.Mulai.ToString("d MMMM", Indonesia)
        : j.Mulai.Month == j.Selesai.Month
            ? $"{j.Mulai.Day}–{j.Selesai.ToString("d MMMM", Indonesia)}"
            : $"{j.Mulai.ToString("d MMMM", Indonesia)} – {j.Selesai.ToString("d MMMM", Indonesia)}";
}
