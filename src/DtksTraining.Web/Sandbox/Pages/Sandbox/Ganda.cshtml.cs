using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

public class GandaModel(AppDbContext db, SandboxPenyimpan penyimpan) : PageModel
{
    public List<(KelompokGanda Kelompok, List<IdentitasAnggota> Anggota)> Kelompok { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var sandbox = await penyimpan.PastikanAsync(SandboxSaya.UserId(User));
        var aktif = await db.SandboxAnggota.AsNoTracking().Where(a => a.SandboxId == sandbox.Id && a.Aktif)
            .OrderBy(a => a.Id).Select(a => new IdentitasAnggota(a.Nik, a.Nama, a.TanggalLahir, a.NoKk)).ToListAsync();
        Kelompok = PencariGanda.Cari(aktif).Select(k => (k, k.Indeks.Select(i => aktif[i]).ToList())).ToList();
    }
}
