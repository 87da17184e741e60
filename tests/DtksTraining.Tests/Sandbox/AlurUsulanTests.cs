using DtksTraining.Web.Sandbox;

namespace DtksTraining.Tests.Sandbox;

public class AlurUsulanTests
{
    [Theory]
    [InlineData(StatusUsulan.Draft, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null, true)]
    [InlineData(StatusUsulan.Draft, StatusUsulan.Diajukan, PelakuUsulan.Operator, null, false)]
    [InlineData(StatusUsulan.BaMusdesDiunggah, StatusUsulan.Diajukan, PelakuUsulan.Operator, null, true)]
    [InlineData(StatusUsulan.Diajukan, StatusUsulan.DiverifikasiDinsos, PelakuUsulan.Operator, null, false)]
    [InlineData(StatusUsulan.Diajukan, StatusUsulan.DiverifikasiDinsos, PelakuUsulan.VerifikatorDinsos, null, true)]
    [InlineData(StatusUsulan.Diajukan, StatusUsulan.Dikembalikan, PelakuUsulan.VerifikatorDinsos, " ", false)]
    [InlineData(StatusUsulan.Diajukan, StatusUsulan.Dikembalikan, PelakuUsulan.VerifikatorDinsos, "BA belum ditandatangani", true)]
    [InlineData(StatusUsulan.Dikembalikan, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null, true)]
    [InlineData(StatusUsulan.DiverifikasiDinsos, StatusUsulan.Disahkan, PelakuUsulan.KepalaOpd, null, true)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, null, false)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, "Nama tidak sama", true)]
    [InlineData(StatusUsulan.Padan, StatusUsulan.Ditetapkan, PelakuUsulan.Sistem, null, true)]
    [InlineData(StatusUsulan.Ditetapkan, StatusUsulan.Draft, PelakuUsulan.Operator, null, false)]
    public void Transitions_follow_the_dtks_flow(StatusUsulan dari, StatusUsulan ke, PelakuUsulan pelaku, string? alasan, bool boleh)
    {
        var pesan = AlurUsulan.Periksa(dari, ke, pelaku, alasan);
        Assert.Equal(boleh, pesan is null);
    }

    [Fact]
    public void Every_state_but_the_final_ones_has_a_way_forward()
    {
        foreach (var s in Enum.GetValues<StatusUsulan>().Where(AlurUsulan.Berjalan))
            Assert.NotEmpty(AlurUsulan.Berikutnya(s));
        Assert.Empty(AlurUsulan.Berikutnya(StatusUsulan.Ditetapkan));
    }
}
