using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Shared.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class GalatModel(IStringLocalizer<SharedResource> S) : PageModel
{
    public string Judul { get; private set; } = "";
    public string Penjelasan { get; private set; } = "";

    public void OnGet(int? kode) => Describe(kode);
    public void OnPost(int? kode) => Describe(kode);

    private void Describe(int? kode)
    {
        (Judul, Penjelasan) = kode switch
        {
            404 => (S["Halaman tidak ditemukan"].Value, S["Alamat yang Anda buka tidak ada atau sudah dipindahkan."].Value),
            403 => (S["Akses ditolak"].Value, S["Anda tidak berhak membuka halaman ini."].Value),
            429 => (S["Terlalu banyak percobaan"].Value, S["Tunggu satu menit lalu coba lagi."].Value),
            400 => (S["Permintaan tidak sah"].Value, S["Formulir sudah kedaluwarsa. Muat ulang halaman lalu kirim lagi."].Value),
            _ => (S["Terjadi masalah"].Value, S["Maaf, terjadi kesalahan di server. Coba lagi sebentar lagi."].Value),
        };
    }
}
