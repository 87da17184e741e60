using System.Globalization;
using System.Net;
using System.Text;

namespace DtksTraining.Web.Cakupan;

// A horizontal bar chart as plain SVG, drawn on the server: no chart script to download on a weak connection.
public static class GrafikBatang
{
    public static string Svg(string judul, IReadOnlyList<(string Label, double Persen)> batang)
    {
        const int tinggiBatang = 22, jarak = 8, kiri = 130, lebarMaks = 200, kanan = 50;
        var tinggi = 30 + batang.Count * (tinggiBatang + jarak);
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {kiri + lebarMaks + kanan} {tinggi}\" role=\"img\" aria-labelledby=\"grafik-judul\" class=\"chart\">");
        svg.Append(inv, $"<title id=\"grafik-judul\">{WebUtility.HtmlEncode(judul)}</title>");
        for (var i = 0; i < batang.Count; i++)
        {
            var (label, persen) = batang[i];
            var y = 20 + i * (tinggiBatang + jarak);
            var lebar = Math.Clamp(persen, 0, 100) / 100 * lebarMaks;
            svg.Append(inv, $"<text x=\"{kiri - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{WebUtility.HtmlEncode(label)}</text>");
            svg.Append(inv, $"<rect x=\"{kiri}\" y=\"{y}\" width=\"{lebarMaks}\" height=\"{tinggiBatang}\" fill=\"#e8ecef\"/>");
            svg.Append(inv, $"<rect x=\"{kiri}\" y=\"{y}\" width=\"{lebar:F1}\" height=\"{tinggiBatang}\" fill=\"#0b5d3b\"/>");
            svg.Append(inv, $"<text x=\"{kiri + lebarMaks + 6}\" y=\"{y + 15}\" font-size=\"12\">{persen:F0}%</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
