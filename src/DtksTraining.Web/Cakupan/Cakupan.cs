using DtksTraining.Web.Akun;
using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Cakupan;

public sealed record DesaWilayah(string Kode, string Nama, string KecamatanKode, string KecamatanNama);

// One participant's standing: role, desa, whether they hold a seat, attended, or did not show; whether they took
// and passed a quiz; how many of the round's required sandbox exercises they passed; whether they hold a valid certificate.
public sealed record FaktaPeserta(string PesertaId, string Nama, string Peran, string DesaKode, bool Terdaftar, bool Hadir, bool TidakDatang,
    bool IkutKuis = false, bool LulusKuis = false, int LatihanLulus = 0, bool Bersertifikat = false);

public sealed record CakupanDesa(DesaWilayah Desa, bool KadesTerdaftar, bool KadesHadir, bool OperatorTerdaftar, bool OperatorHadir, int TidakDatang,
    bool KadesLulusKuis = false, bool OperatorLulusKuis = false, bool SandboxSelesai = false, int Kesiapan = 0,
    bool KadesBersertifikat = false, bool OperatorBersertifikat = false)
{
    public bool TerlatihLengkap => KadesHadir && OperatorHadir;
    public bool BelumAdaYangTerlatih => !KadesHadir && !OperatorHadir;
}

public sealed record CakupanKecamatan(string Kode, string Nama, int JumlahDesa, int KadesTerdaftar, int KadesHadir,
    int OperatorTerdaftar, int OperatorHadir, int DesaLengkap, int DesaBelumTerlatih, int TidakDatang,
    int IkutKuis = 0, int LulusKuis = 0, int Operator = 0, int OperatorSandboxSelesai = 0, double RataKesiapan = 0,
    int KadesBersertifikat = 0, int OperatorBersertifikat = 0)
{
    // Coverage: the share of desa whose Kepala Desa and operator have both attended.
    public double PersenCakupan => JumlahDesa == 0 ? 0 : 100.0 * DesaLengkap / JumlahDesa;
    // Quiz pass rate: of the participants who finished at least one quiz attempt, the share who passed one.
    public double PersenLulusKuis => IkutKuis == 0 ? 0 : 100.0 * LulusKuis / IkutKuis;
    // Sandbox completion: of the active operators, the share who passed every required exercise of the round.
    public double PersenSandbox => Operator == 0 ? 0 : 100.0 * OperatorSandboxSelesai / Operator;
}

public static class HitungCakupan
{
    // Readiness of a desa (Kesiapan, 0–100 points):
    //   attendance 40 = 20 if the Kepala Desa attended + 20 if an operator attended;
    //   quiz       30 = 15 if the Kepala Desa passed a quiz + 15 if an operator passed a quiz;
    //   sandbox    30 = 30 × (required exercises passed by the desa's best operator ÷ required exercises of the round);
    //                   with no required exercises, 30 if an operator passed at least one exercise.
    // A desa is "siap" at 80 points or more: both attended, both passed, and most of the sandbox done.
    public const int AmbangSiap = 80;

    public static int Kesiapan(bool kadesHadir, bool operatorHadir, bool kadesLulusKuis, bool operatorLulusKuis,
        int latihanLulusTerbaik, int jumlahLatihanWajib)
    {
        var sandbox = jumlahLatihanWajib > 0
            ? 30.0 * Math.Min(latihanLulusTerbaik, jumlahLatihanWajib) / jumlahLatihanWajib
            : latihanLulusTerbaik > 0 ? 30 : 0;
        return (kadesHadir ? 20 : 0) + (operatorHadir ? 20 : 0) + (kadesLulusKuis ? 15 : 0) + (operatorLulusKuis ? 15 : 0)
               + (int)Math.Round(sandbox, MidpointRounding.AwayFromZero);
    }

    public static bool SandboxSelesai(int latihanLulus, int jumlahLatihanWajib) =>
        jumlahLatihanWajib > 0 ? latihanLulus >= jumlahLatihanWajib : latihanLulus > 0;

    public static IReadOnlyList<CakupanDesa> PerDesa(IEnumerable<DesaWilayah> desa, IEnumerable<FaktaPeserta> peserta, int jumlahLatihanWajib = 0)
    {
        var perDesa = peserta.GroupBy(p => p.DesaKode).ToDictionary(g => g.Key, g => g.ToList());
        return desa.OrderBy(d => d.Kode, StringComparer.Ordinal).Select(d =>
        {
            var orang = perDesa.GetValueOrDefault(d.Kode) ?? [];
            bool Ada(string peran, Func<FaktaPeserta, bool> syarat) => orang.Any(o => o.Peran == peran && syarat(o));
            var kadesHadir = Ada(Peran.KepalaDesa, o => o.Hadir);
            var operatorHadir = Ada(Peran.Operator, o => o.Hadir);
            var kadesLulus = Ada(Peran.KepalaDesa, o => o.LulusKuis);
            var operatorLulus = Ada(Peran.Operator, o => o.LulusKuis);
            var latihanTerbaik = orang.Where(o => o.Peran == Peran.Operator).Select(o => o.LatihanLulus).DefaultIfEmpty(0).Max();
            return new CakupanDesa(d,
                Ada(Peran.KepalaDesa, o => o.Terdaftar), kadesHadir,
                Ada(Peran.Operator, o => o.Terdaftar), operatorHadir,
                orang.Count(o => o.TidakDatang),
                kadesLulus, operatorLulus, SandboxSelesai(latihanTerbaik, jumlahLatihanWajib),
                Kesiapan(kadesHadir, operatorHadir, kadesLulus, operatorLulus, latihanTerbaik, jumlahLatihanWajib),
                Ada(Peran.KepalaDesa, o => o.Bersertifikat), Ada(Peran.Operator, o => o.Bersertifikat));
        }).ToList();
    }

    public static IReadOnlyList<CakupanKecamatan> PerKecamatan(IReadOnlyList<CakupanDesa> desa,
        IEnumerable<FaktaPeserta>? peserta = null, int jumlahLatihanWajib = 0)
    {
        var kecamatanDesa = desa.ToDictionary(d => d.Desa.Kode, d => d.Desa.KecamatanKode);
        var perKecamatan = (peserta ?? []).Where(p => kecamatanDesa.ContainsKey(p.DesaKode))
            .GroupBy(p => kecamatanDesa[p.DesaKode]).ToDictionary(g => g.Key, g => g.ToList());
        return desa.GroupBy(d => (d.Desa.KecamatanKode, d.Desa.KecamatanNama))
            .OrderBy(g => g.Key.KecamatanKode, StringComparer.Ordinal)
            .Select(g =>
            {
                var orang = perKecamatan.GetValueOrDefault(g.Key.KecamatanKode) ?? [];
                var operatorAktif = orang.Where(o => o.Peran == Peran.Operator).ToList();
                return new CakupanKecamatan(g.Key.KecamatanKode, g.Key.KecamatanNama, g.Count(),
                    g.Count(d => d.KadesTerdaftar), g.Count(d => d.KadesHadir),
                    g.Count(d => d.OperatorTerdaftar), g.Count(d => d.OperatorHadir),
                    g.Count(d => d.TerlatihLengkap), g.Count(d => d.BelumAdaYangTerlatih), g.Sum(d => d.TidakDatang),
                    orang.Count(o => o.IkutKuis), orang.Count(o => o.LulusKuis),
                    operatorAktif.Count, operatorAktif.Count(o => SandboxSelesai(o.LatihanLulus, jumlahLatihanWajib)),
                    g.Average(d => (double)d.Kesiapan),
                    g.Count(d => d.KadesBersertifikat), g.Count(d => d.OperatorBersertifikat));
            })
            .ToList();
    }
}
