using System.Security.Claims;
using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Sandbox.Pages.Sandbox;

// Who is acting: sandbox pages only ever use the sandbox of the signed-in user, never an id from the request.
public static class SandboxSaya
{
    public static string UserId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Pengguna belum masuk.");

    public static async Task<PelakuTercatat> PelakuAsync(AppDbContext db, ClaimsPrincipal user)
    {
        var id = UserId(user);
        var nama = await db.Users.Where(u => u.Id == id).Select(u => u.NamaLengkap).SingleAsync();
        return new PelakuTercatat(id, nama);
    }
}
