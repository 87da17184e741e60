using System.Text;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DtksTraining.Tests.Shared;

[Trait("Category", "Data")]
public class AuditDanKotakKeluarTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Audit_lists_a_created_user_with_the_admin_who_made_it()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetDocumentAsync("/Admin/Pengguna/Buat");
        await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.NamaLengkap"] = "Eko Prasetyo", ["Input.Peran"] = "Fasilitator", ["Input.NamaPengguna"] = "fasilitator.eko",
        });

        var audit = await admin.GetDocumentAsync("/Admin/Audit?entitas=AppUser&aksi=Tambah&pengguna=admin");
        var baris = audit.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("UserName: fasilitator.eko"));
        Assert.Equal("admin", baris.QuerySelector(".pengguna")!.TextContent);
        Assert.Contains("NamaLengkap: Eko Prasetyo", baris.TextContent);
        Assert.Contains("PasswordHash: ••••", baris.TextContent);

        var id = baris.QuerySelector(".muted")!.TextContent;
        page = await admin.GetDocumentAsync($"/Admin/Pengguna/Ubah/{id}");
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.NamaLengkap"] = "Eko Prasetya" });
        var ubah = await admin.GetDocumentAsync($"/Admin/Audit?aksi=Ubah&kunci={id}");
        Assert.Contains(ubah.QuerySelectorAll("tbody li"), li => li.TextContent.Trim() == "NamaLengkap: Eko Prasetyo → Eko Prasetya");

        var kosong = await admin.GetDocumentAsync("/Admin/Audit?dari=2000-01-01&sampai=2000-01-02");
        Assert.Empty(kosong.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("{\"A\":{\"lama\":null,\"baru\":true}}", "A", "(kosong)", "ya", true)]
    [InlineData("{\"Nama\":\"Budi\"}", "Nama", null, "Budi", false)]
    [InlineData("{\"Kapasitas\":40}", "Kapasitas", null, "40", false)]
    [InlineData("bukan json", "", null, "bukan json", false)]
    public void Changes_json_reads_as_field_old_new(string json, string kolom, string? lama, string baru, bool diubah) =>
        Assert.Equal(new Web.Shared.Pages.Admin.AuditModel.Perubahan(kolom, lama, baru, diubah), Web.Shared.Pages.Admin.AuditModel.Urai(json).Single());

    [Fact]
    public async Task Outbox_lists_a_queued_mail_and_its_detail_shows_subject_body_and_attachment()
    {
        var admin = await app.LoginAsync("admin");
        var lampiran = new MimePart("text", "csv")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes("nik;nama\n1809014101900001;Ani\n"))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = "daftar-hadir.csv",
        };
        var pesan = MailComposer.Compose("kades.bagelen@desa.example", "Sutrisno", "Jadwal pelatihan DTKS Bagelen",
            "Pelatihan dimulai pukul 08.00 WIB.", [lampiran]);
        long? id;
        await using (var scope = app.Services.CreateAsyncScope())
            id = await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync("uji-kotak-keluar", pesan);
        Assert.NotNull(id);

        var daftar = await admin.GetDocumentAsync("/Admin/KotakKeluar");
        var baris = daftar.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Jadwal pelatihan DTKS Bagelen"));
        Assert.Contains("kades.bagelen@desa.example", baris.TextContent);
        Assert.NotNull(baris.QuerySelector(".badge"));

        var detail = await admin.GetDocumentAsync($"/Admin/KotakKeluar/Detail/{id}");
        Assert.Equal("Jadwal pelatihan DTKS Bagelen", detail.QuerySelector("h1")!.TextContent);
        Assert.Contains("Pelatihan dimulai pukul 08.00 WIB.", detail.QuerySelector("pre.isi")!.TextContent);
        var tautan = detail.QuerySelector("ul.lampiran a")!;
        Assert.Equal("daftar-hadir.csv", tautan.TextContent);
        var unduh = await admin.GetAsync(tautan.GetAttribute("href"));
        Assert.Equal("nik;nama\n1809014101900001;Ani\n", await unduh.Content.ReadAsStringAsync());
        Assert.Equal("daftar-hadir.csv", unduh.Content.Headers.ContentDisposition!.FileName);
    }
}
