namespace DtksTraining.Web.Akun;

public static class NamaPengguna
{
    // Several desa share a name across kecamatan, so kades.sidodadi may already exist: add 2, 3, ...
    public static string Bebas(string dasar, Func<string, bool> terpakai)
    {
        if (!terpakai(dasar)) return dasar;
        for (var i = 2; ; i++)
        {
            var calon = dasar + i;
            if (!terpakai(calon)) return calon;
        }
    }

    public static string Rapikan(string? teks) => (teks ?? "").Trim().ToLowerInvariant();
}
