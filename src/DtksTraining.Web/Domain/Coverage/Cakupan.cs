namespace DtksTraining.Web.Domain.Coverage;

public sealed record DesaWilayah(string Kode, string Nama, string KecamatanKode, string KecamatanNama);

// One participant's standing: role, desa, whether they hold a seat, attended, or did not show.
public sealed record FaktaPeserta(string PesertaId, string Nama, string Peran, string DesaKode, bool Terdaftar, bool Hadir, bool TidakDatang);

public sealed record CakupanDesa(DesaWilayah Desa, bool KadesTerdaftar, bool KadesHadir, bool OperatorTerdaftar, bool OperatorHadir, int TidakDatang)
{
    public bool TerlatihLengkap => KadesHadir && OperatorHadir;
    public bool BelumAdaYangTerlatih => !KadesHadir && !OperatorHadir;
}

public sealed record CakupanKecamatan(string Kode, string Nama, int JumlahDesa, int KadesTerdaftar, int KadesHadir,
    int OperatorTerdaftar, int OperatorHadir, int DesaLengkap, int DesaBelumTerlatih, int TidakDatang)
{
    // Coverage: the share of desa whose Kepala Desa and operator have both attended.
    public double PersenCakupan => JumlahDesa == 0 ? 0 : 100.0 * DesaLengkap / JumlahDesa;
}

public static class HitungCakupan
{
    public static IReadOnlyList<CakupanDesa> PerDesa(IEnumerable<DesaWilayah> desa, IEnumerable<FaktaPeserta> peserta)
    {
        var perDesa = peserta.GroupBy(p => p.DesaKode).ToDictionary(g => g.Key, g => g.ToList());
        return desa.OrderBy(d => d.Kode).Select(d =>
        {
            var orang = perDesa.GetValueOrDefault(d.Kode) ?? [];
            bool Ada(string peran, Func<FaktaPeserta, bool> syarat) => orang.Any(o => o.Peran == peran && syarat(o));
            return new CakupanDesa(d,
                Ada(Peran.KepalaDesa, o => o.Terdaftar), Ada(Peran.KepalaDesa, o => o.Hadir),
                Ada(Peran.Operator, o => o.Terdaftar), Ada(Peran.Operator, o => o.Hadir),
                orang.Count(o => o.TidakDatang));
        }).ToList();
    }

    public static IReadOnlyList<CakupanKecamatan> PerKecamatan(IReadOnlyList<CakupanDesa> desa) =>
        desa.GroupBy(d => (d.Desa.KecamatanKode, d.Desa.KecamatanNama))
            .OrderBy(g => g.Key.KecamatanKode)
            .Select(g => new CakupanKecamatan(g.Key.KecamatanKode, g.Key.KecamatanNama, g.Count(),
                g.Count(d => d.KadesTerdaftar), g.Count(d => d.KadesHadir),
                g.Count(d => d.OperatorTerdaftar), g.Count(d => d.OperatorHadir),
                g.Count(d => d.TerlatihLengkap), g.Count(d => d.BelumAdaYangTerlatih), g.Sum(d => d.TidakDatang)))
            .ToList();
}
