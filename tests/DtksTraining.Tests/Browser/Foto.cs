using Microsoft.Playwright;

namespace DtksTraining.Tests.Browser;

// Screenshots are a journey's kept artifacts, not its checks. Chromium's capture can stall on a loaded 2-core
// machine (seen once in CI: 60 s after "fonts loaded"), so a stalled capture is tried again, the last time
// without the full-page resize; a picture still missing is listed in foto-gagal.txt beside the others
// instead of failing the weight, axe, width and console checks the journey already made.
public static class Foto
{
    private const float BatasWaktuMs = 20_000;
    private static readonly Lock KunciCatatan = new();

    public static async Task SimpanAsync(IPage page, string nama)
    {
        var path = Path.Combine(BrowserFixture.ArtifactFolder, $"{nama}.png");
        string? gagal = null;
        foreach (var fullPage in new[] { true, true, false })
        {
            try
            {
                await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage, Timeout = BatasWaktuMs });
                if (gagal is not null) Catat($"{nama}: berhasil setelah ulang ({gagal})");
                return;
            }
            catch (TimeoutException e)
            {
                gagal = e.Message.Split('\n')[0];
            }
        }
        Catat($"{nama}: tidak tersimpan ({gagal}) di {page.Url}");
    }

    private static void Catat(string baris)
    {
        lock (KunciCatatan) File.AppendAllText(Path.Combine(BrowserFixture.ArtifactFolder, "foto-gagal.txt"), baris + Environment.NewLine);
    }
}
