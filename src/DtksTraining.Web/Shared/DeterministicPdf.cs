using System.Security.Cryptography;
using System.Text;

namespace DtksTraining.Web.Shared;

// PDFsharp draws random font-subset tags and XMP uuids on every save; replacing them in place (same length, so the
// xref offsets hold) with values derived from the document's own input makes equal input give equal bytes.
public static class DeterministicPdf
{
    private static readonly byte[][] PenandaFont = [Encoding.ASCII.GetBytes("/FontName/"), Encoding.ASCII.GetBytes("/BaseFont/")];
    private static readonly byte[][] PenandaUuid =
        [Encoding.ASCII.GetBytes("<xmpMM:DocumentID>uuid:"), Encoding.ASCII.GetBytes("<xmpMM:InstanceID>uuid:")];
    private const int PanjangTag = 6;
    private const int PanjangUuid = 36;

    public static byte[] Stabilkan(byte[] pdf, string benih)
    {
        var tagLama = TagSubset(pdf);
        for (var i = 0; i < tagLama.Count; i++)
            GantiSemua(pdf, tagLama[i], TagBaru(benih, i));
        for (var i = 0; i < PenandaUuid.Length; i++)
        {
            var posisi = pdf.AsSpan().IndexOf(PenandaUuid[i]);
            if (posisi >= 0) Uuid(benih, i).CopyTo(pdf.AsSpan(posisi + PenandaUuid[i].Length, PanjangUuid));
        }
        return pdf;
    }

    private static List<byte[]> TagSubset(byte[] pdf)
    {
        var tag = new List<byte[]>();
        foreach (var penanda in PenandaFont)
        {
            var dari = 0;
            while (true)
            {
                var posisi = pdf.AsSpan(dari).IndexOf(penanda);
                if (posisi < 0) break;
                var awal = dari + posisi + penanda.Length;
                dari = awal;
                if (awal + PanjangTag >= pdf.Length || pdf[awal + PanjangTag] != (byte)'+') continue;
                var calon = pdf.AsSpan(awal, PanjangTag + 1).ToArray();
                if (!calon.AsSpan(0, PanjangTag).ContainsAnyExceptInRange((byte)'A', (byte)'Z') && !tag.Any(t => t.SequenceEqual(calon)))
                    tag.Add(calon);
            }
        }
        return tag;
    }

    private static void GantiSemua(byte[] pdf, byte[] lama, byte[] baru)
    {
        var dari = 0;
        while (true)
        {
            var posisi = pdf.AsSpan(dari).IndexOf(lama);
            if (posisi < 0) return;
            baru.CopyTo(pdf.AsSpan(dari + posisi));
            dari += posisi + lama.Length;
        }
    }

    private static byte[] TagBaru(string benih, int urutan)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"font:{urutan}:{benih}"));
        var tag = new byte[PanjangTag + 1];
        for (var i = 0; i < PanjangTag; i++) tag[i] = (byte)('A' + hash[i] % 26);
        tag[PanjangTag] = (byte)'+';
        return tag;
    }

    private static byte[] Uuid(string benih, int urutan)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"xmp:{urutan}:{benih}"));
        return Encoding.ASCII.GetBytes(new Guid(hash.AsSpan(0, 16)).ToString("D"));
    }
}
