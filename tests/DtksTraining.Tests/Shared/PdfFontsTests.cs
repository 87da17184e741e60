using DtksTraining.Web.Shared;

namespace DtksTraining.Tests.Shared;

public sealed class PdfFontsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dtks-font-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_machine_without_the_font_packages_is_told_which_packages_to_install()
    {
        var resolver = new PdfFontResolver([folder]);

        var e = Assert.Throws<FileNotFoundException>(resolver.PastikanBerkasAda);

        Assert.Equal(resolver.BerkasHilang(), e.Message);
        Assert.Contains("LiberationSans-Regular.ttf", e.Message);
        Assert.Contains("DejaVuSans-BoldOblique.ttf", e.Message);
        Assert.Contains("pasang paket fonts-dejavu-core dan fonts-liberation2", e.Message);
    }

    [Fact]
    public void Only_the_missing_files_are_named_and_a_face_is_found_in_any_listed_folder()
    {
        var dejavu = Directory.CreateDirectory(Path.Combine(folder, "dejavu")).FullName;
        foreach (var nama in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf" })
            File.Copy(Path.Combine("/usr/share/fonts/truetype/dejavu", nama), Path.Combine(dejavu, nama));
        var resolver = new PdfFontResolver([folder, dejavu]);

        var e = Assert.Throws<FileNotFoundException>(resolver.PastikanBerkasAda);

        Assert.Contains("LiberationSans-Bold.ttf", e.Message);
        Assert.DoesNotContain("DejaVuSans", e.Message.Split(" tidak ditemukan")[0]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dejavu, "DejaVuSans-Bold.ttf")), resolver.GetFont("DejaVuSans-Bold"));
    }

    [Fact]
    public void The_installed_packages_provide_every_face_the_documents_use()
    {
        var resolver = new PdfFontResolver(["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2"]);

        resolver.PastikanBerkasAda();
        Assert.Null(resolver.BerkasHilang());
        Assert.Null(new BerkasFont(BerkasFont.FolderSistem).Hilang());

        foreach (var (keluarga, tebal, miring, wajah) in new[]
                 {
                     ("Liberation Sans", false, false, "LiberationSans"), ("Arial", true, true, "LiberationSans-BoldItalic"),
                     ("DejaVu Sans", true, false, "DejaVuSans-Bold"), ("Courier", false, true, "DejaVuSans-Oblique"),
                 })
        {
            var info = resolver.ResolveTypeface(keluarga, tebal, miring);
            Assert.Equal(wajah, info.FaceName);
            Assert.NotEmpty(resolver.GetFont(info.FaceName)!);
        }
    }
}
