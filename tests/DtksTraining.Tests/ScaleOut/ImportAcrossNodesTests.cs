using System.Net.Http.Headers;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using DtksTraining.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Tests.ScaleOut;

// The balancer may send the preview and the confirm of an account import to different nodes.
[Collection(TwoNodesCollection.Name)]
[Trait("Category", "ScaleOut")]
public class ImportAcrossNodesTests(TwoNodes nodes)
{
    [ScaleOutFact]
    public async Task A_csv_previewed_on_node_A_is_imported_on_node_B()
    {
        var akhiran = Guid.NewGuid().ToString("N")[..6];
        var csv = $"Nama,Jabatan,Kode_Desa,Telepon,E-mail\nOperator Dua Node {akhiran},Operator,18.09.01.2004,,\n";
        var (a, cookies) = await TwoNodes.LoginAsync(nodes.A, "admin");
        var upload = await a.GetDocumentAsync("/Admin/Impor");
        var form = (IHtmlFormElement)upload.QuerySelector("form[enctype='multipart/form-data']")!;
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, ((IHtmlInputElement)form.QuerySelector("input[type=file]")!).Name!, "peserta.csv");
        var periksa = await a.PostAsync("/Admin/Impor?handler=Periksa", body);
        Assert.Equal(HttpStatusCode.Redirect, periksa.StatusCode);
        var pratinjauUrl = periksa.Headers.Location!.OriginalString;
        Assert.Contains("unggahan=", pratinjauUrl);

        var (b, _) = TwoNodes.Client(nodes.B, TwoNodes.CookiesFor(cookies, nodes.A, nodes.B));
        var pratinjau = await b.GetDocumentAsync(pratinjauUrl);
        Assert.Single(pratinjau.QuerySelectorAll("table.pratinjau tbody tr"));
        var simpan = await b.SubmitAsync(pratinjau, new Dictionary<string, string>(), "form[action*='Simpan']");
        var hasil = await simpan.ReadDocumentAsync();

        Assert.Single(hasil.QuerySelectorAll("table.hasil tbody tr"));
        await using var db = nodes.Db();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NamaLengkap == $"Operator Dua Node {akhiran}"));
        Assert.Equal(0, await db.UnggahanImpor.CountAsync());
    }
}
