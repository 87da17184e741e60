using System.Net;
using DtksTraining.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DtksTraining.Tests.ScaleOut;

// Both nodes run a Hangfire server on the same PostgreSQL queue; a job is fetched by one of them only.
[Collection(TwoNodesCollection.Name)]
[Trait("Category", "ScaleOut")]
public class SharedJobQueueTests(TwoNodes nodes, ITestOutputHelper output)
{
    private const string Subjek = "Buat kata sandi baru DtksTraining";

    [ScaleOutTheory]
    [InlineData("A", "kades.bagelen", "kades.bagelen@desa.example")]
    [InlineData("B", "fasilitator", "fasilitator@dinsos.pesawaran.example")]
    [InlineData("A", "admin@dinsos.pesawaran.example", "admin@dinsos.pesawaran.example")]
    public async Task Password_reset_mail_requested_on_one_node_is_sent_exactly_once(
        string node, string namaAtauEmail, string alamat)
    {
        var (client, _) = TwoNodes.Client(nodes.Node(node));
        var page = await client.GetDocumentAsync("/Akun/LupaSandi");
        var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.NamaAtauEmail"] = namaAtauEmail });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var received = await nodes.Smtp.WaitForAsync(m => IsFor(m, alamat), TimeSpan.FromSeconds(60));
        Assert.Contains("/Akun/AturUlangSandi", received.TextBody);
        // Both job servers poll the queue every second; give the other node several chances to send it again.
        await Task.Delay(TimeSpan.FromSeconds(6));

        Assert.Single(nodes.Smtp.Received, m => IsFor(m, alamat));
        await using var db = nodes.Db();
        var outbox = await db.OutboxMail.AsNoTracking().SingleAsync(m => m.Kepada == alamat);
        Assert.NotNull(outbox.TerkirimPada);
        Assert.Equal("smtp", outbox.DikirimLewat);
        Assert.Equal(1, outbox.Percobaan);
        Assert.Null(outbox.GalatTerakhir);
        var processing = await nodes.ScalarAsync(
            "SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid " +
            "WHERE s.name = 'Processing' AND j.invocationdata::text LIKE '%MailDeliveryJob%' AND j.arguments->>0 = @id",
            ("id", outbox.Id.ToString()));
        output.WriteLine($"surel #{outbox.Id} diminta di node {node}, diproses {processing} kali");
        Assert.Equal(1, processing);
    }

    private static bool IsFor(MimeKit.MimeMessage message, string alamat) =>
        message.Subject == Subjek && message.To.Mailboxes.Any(m => m.Address == alamat);
}
