using DtksTraining.Tests.Jadwal;
using DtksTraining.Web.Sertifikat;

namespace DtksTraining.Tests.Sertifikat;

[Trait("Category", "Data")]
public class PenomoranSertifikatTests : IAsyncLifetime
{
    private readonly JadwalAppFactory _app = new();
    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Twenty_parallel_takers_get_numbers_one_to_twenty_and_a_rolled_back_number_is_reused()
    {
        _app.CreateClient();
        var nomor = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _app.WithDbAsync(async db =>
        {
            for (var coba = 0; ; coba++)
            {
                try
                {
                    await using var tx = await db.Database.BeginTransactionAsync();
                    var n = await PenomoranSertifikat.AmbilAsync(db, 2026);
                    await tx.CommitAsync();
                    return n;
                }
                catch (Exception) when (coba < 50)
                {
                    // SQLite "database is locked" / PostgreSQL serialization: the whole transaction is retried.
                    await Task.Delay(20);
                }
            }
        }))));
        Assert.Equal(Enumerable.Range(1, 20), nomor.Select(n => n.Urutan).Order());
        Assert.All(nomor, n => Assert.StartsWith("DTKS-PSW/2026/0000", n.ToString()));

        await _app.WithDbAsync(async db =>
        {
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                Assert.Equal(21, (await PenomoranSertifikat.AmbilAsync(db, 2026)).Urutan);
                await tx.RollbackAsync();
            }
            await using var tx2 = await db.Database.BeginTransactionAsync();
            Assert.Equal(21, (await PenomoranSertifikat.AmbilAsync(db, 2026)).Urutan);
            Assert.Equal(1, (await PenomoranSertifikat.AmbilAsync(db, 2027)).Urutan);
            await tx2.CommitAsync();
        });
    }
}
