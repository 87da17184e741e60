using System.Security.Claims;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Akun;

// Rights come from roles only; the app stores no user or role claims. Signing in and the one-minute stamp check then read
// the user's roles in one query, not their claims, each role row and its claims as well (six queries down to two).
public sealed class KlaimPengguna(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var klaim = Options.ClaimsIdentity;
        var id = new ClaimsIdentity(IdentityConstants.ApplicationScheme, klaim.UserNameClaimType, klaim.RoleClaimType);
        id.AddClaim(new Claim(klaim.UserIdClaimType, user.Id));
        id.AddClaim(new Claim(klaim.UserNameClaimType, user.UserName!));
        if (!string.IsNullOrEmpty(user.Email)) id.AddClaim(new Claim(klaim.EmailClaimType, user.Email));
        if (user.SecurityStamp is { } stempel) id.AddClaim(new Claim(klaim.SecurityStampClaimType, stempel));
        foreach (var peran in await UserManager.GetRolesAsync(user))
            id.AddClaim(new Claim(klaim.RoleClaimType, peran));
        return id;
    }
}
