using DtksTraining.Web.Data;

namespace DtksTraining.Web.Sertifikat;

// The credential signing key: an ECDSA P-256 key made on first use and kept in the database, so every node signs alike.
public static class KunciPenerbitAplikasi
{
    public const string NamaRahasia = "kunci-penerbit-vc";

    public static async Task<KunciPenerbit> KunciPenerbitAsync(this AppDbContext db, TimeProvider clock, CancellationToken ct = default) =>
        KunciPenerbit.DariJwk(await db.RahasiaAsync(NamaRahasia, () => KunciPenerbit.Buat().KeJwkPrivat(), clock, ct));

    public static async Task<string> JwksPenerbitAsync(this AppDbContext db, TimeProvider clock, CancellationToken ct = default) =>
        KunciPenerbit.Jwks([(await db.KunciPenerbitAsync(clock, ct)).Publik()]);
}
