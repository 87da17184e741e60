using System.Diagnostics;
using System.Text;

namespace DtksTraining.Tests.Shared;

// Renders a PDF page with poppler's pdftoppm (installed by .ci/run) into grey pixels, as a reader's screen would show it.
public static class GambarPdf
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    public static (int Lebar, int Tinggi, byte[] Piksel) Halaman(byte[] pdf, int dpi, int halaman = 1)
    {
        Assert.True(File.Exists(Pdftoppm), "pdftoppm tidak terpasang: pasang paket poppler-utils (lihat .ci/run).");
        var berkas = Path.Combine(Path.GetTempPath(), $"gambar-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(berkas, pdf);
        try
        {
            var proses = Process.Start(new ProcessStartInfo(Pdftoppm,
                ["-r", dpi.ToString(), "-gray", "-f", halaman.ToString(), "-l", halaman.ToString(), berkas])
            {
                RedirectStandardOutput = true,
            })!;
            using var pgm = new MemoryStream();
            proses.StandardOutput.BaseStream.CopyTo(pgm);
            proses.WaitForExit();
            Assert.Equal(0, proses.ExitCode);
            return BacaPgm(pgm.ToArray());
        }
        finally
        {
            File.Delete(berkas);
        }
    }

    // Binary PGM (P5): header "P5 w h maxval" then one byte per pixel.
    private static (int Lebar, int Tinggi, byte[] Piksel) BacaPgm(byte[] isi)
    {
        var token = new List<string>();
        var i = 0;
        while (token.Count < 4)
        {
            while (char.IsWhiteSpace((char)isi[i])) i++;
            var awal = i;
            while (!char.IsWhiteSpace((char)isi[i])) i++;
            token.Add(Encoding.ASCII.GetString(isi, awal, i - awal));
        }
        Assert.Equal("P5", token[0]);
        int lebar = int.Parse(token[1]), tinggi = int.Parse(token[2]);
        return (lebar, tinggi, isi.AsSpan(i + 1, lebar * tinggi).ToArray());
    }
}
