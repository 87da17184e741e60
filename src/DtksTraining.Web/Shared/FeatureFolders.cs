using DtksTraining.Web.Akun;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DtksTraining.Web.Shared;

// Each feature keeps its pages in <Fitur>/Pages/ beside its rules and data; below Pages/ the folders spell the public URL.
public static class FeatureFolders
{
    public static readonly string[] Fitur =
        ["Akun", "Beranda", "Belajar", "Cakupan", "Jadwal", "Kehadiran", "Sandbox", "Sertifikat", "Shared"];

    public static void UseFeatureFolders(this RazorPagesOptions options)
    {
        // The project root, not /Pages: a page belongs to its feature's folder, and the route convention below keeps URLs.
        options.RootDirectory = "/";
        options.Conventions.Add(new RuteTanpaFolderFitur());
        foreach (var fitur in Fitur)
        {
            options.Conventions.AuthorizeFolder($"/{fitur}/Pages/Admin", Peran.Admin);
            options.Conventions.AuthorizeFolder($"/{fitur}/Pages/Staf", Kebijakan.Staf);
            options.Conventions.AuthorizeFolder($"/{fitur}/Pages/Peserta", Kebijakan.Peserta);
        }
        options.Conventions.AuthorizeFolder("/Akun/Pages/Akun/Saya");
    }

    // "Jadwal/Pages/Admin/Jadwal/Index" answers at "Admin/Jadwal/Index" (and "Admin/Jadwal"), as it did from Pages/.
    private sealed class RuteTanpaFolderFitur : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            var segmen = model.ViewEnginePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segmen.Length < 3 || segmen[1] != "Pages" || !Fitur.Contains(segmen[0])) return;
            var awalan = segmen[0] + "/Pages";
            foreach (var selector in model.Selectors)
            {
                var rute = selector.AttributeRouteModel;
                if (rute?.Template is not { } template || !template.StartsWith(awalan, StringComparison.Ordinal)) continue;
                rute.Template = template[awalan.Length..].TrimStart('/');
            }
        }
    }
}
