using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Staf.VerifikasiUsulan;

// Fasilitator and Admin play the Dinsos verifier, the Kepala Dinas and the pendamping PKH's ground check for every sandbox.
public class IndexModel(AppDbContext db) : PageModel
{
    public static readonly StatusUsulan[] Antrean = [StatusUsulan.Diajukan, StatusUsulan.DiverifikasiDinsos, StatusUsulan.Disahkan, StatusUsulan.LapanganSesuai];

    public sealed record Baris(int Id, JenisUsulan Jenis, StatusUsulan Status, string NoKk, string Peserta, string Desa, DateTimeOffset DiubahPada);

    public List<Baris> Usulan { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Usulan = await (from u in db.SandboxUsulan.AsNoTracking()
                        join s in db.SandboxLatihan on u.SandboxId equals s.Id
                        join p in db.Users on s.UserId equals p.Id
                        join d in db.Desa on s.DesaKode equals d.Kode
                        where Antrean.Contains(u.Status)
                        orderby u.DiubahPada
                        select new Baris(u.Id, u.Jenis, u.Status, u.NoKk, p.NamaLengkap, d.Nama, u.DiubahPada))
            .Take(200).ToListAsync();
    }
}
