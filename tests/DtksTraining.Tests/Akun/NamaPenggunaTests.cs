using DtksTraining.Web.Akun;

namespace DtksTraining.Tests.Akun;

public class NamaPenggunaTests
{
    [Theory]
    [InlineData("kades.bagelen", "", "kades.bagelen")]
    [InlineData("kades.bagelen", "kades.bagelen", "kades.bagelen2")]
    [InlineData("kades.bagelen", "kades.bagelen,kades.bagelen2", "kades.bagelen3")]
    [InlineData("kades.bagelen", "kades.bagelen2", "kades.bagelen")]
    public void Free_name_adds_the_first_unused_number(string dasar, string terpakai, string diharapkan)
    {
        var set = terpakai.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Equal(diharapkan, NamaPengguna.Bebas(dasar, set.Contains));
    }

    [Theory]
    [InlineData("  Kades.Bagelen ", "kades.bagelen")]
    [InlineData(null, "")]
    public void Tidy_trims_and_lowercases(string? masuk, string keluar) => Assert.Equal(keluar, NamaPengguna.Rapikan(masuk));
}
