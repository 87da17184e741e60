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
    [InlineData(StatusUsulan.DiverifikasiDinsos, StatusUsulan.Disahkan, PelakuUsulan.VerifikatorDinsos, null, false)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.DesilDitetapkan, PelakuUsulan.Sistem, null, false)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.LapanganSesuai, PelakuUsulan.KepalaOpd, null, false)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.LapanganSesuai, PelakuUsulan.PendampingPkh, null, true)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.LapanganTidakSesuai, PelakuUsulan.PendampingPkh, "", false)]
    [InlineData(StatusUsulan.Disahkan, StatusUsulan.LapanganTidakSesuai, PelakuUsulan.PendampingPkh, "Rumah sudah berlantai keramik", true)]
    [InlineData(StatusUsulan.LapanganTidakSesuai, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null, true)]
    [InlineData(StatusUsulan.LapanganSesuai, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, null, false)]
    [InlineData(StatusUsulan.LapanganSesuai, StatusUsulan.TidakPadan, PelakuUsulan.Sistem, "Nama tidak sama", true)]
    [InlineData(StatusUsulan.TidakPadan, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null, true)]
    [InlineData(StatusUsulan.LapanganSesuai, StatusUsulan.DesilDitetapkan, PelakuUsulan.Sistem, null, true)]
    [InlineData(StatusUsulan.LapanganSesuai, StatusUsulan.DesilDitetapkan, PelakuUsulan.Operator, null, false)]
    [InlineData(StatusUsulan.Padan, StatusUsulan.DesilDitetapkan, PelakuUsulan.Sistem, null, false)]
    [InlineData(StatusUsulan.DesilDitetapkan, StatusUsulan.Draft, PelakuUsulan.Operator, null, false)]
    public void Transitions_follow_the_monthly_dtsen_chain(StatusUsulan dari, StatusUsulan ke, PelakuUsulan pelaku, string? alasan, bool boleh)
    {
        var pesan = AlurUsulan.Periksa(dari, ke, pelaku, alasan);
        Assert.Equal(boleh, pesan is null);
    }

    [Fact]
    public void Every_state_but_the_final_ones_has_a_way_forward()
    {
        foreach (var s in Enum.GetValues<StatusUsulan>().Where(AlurUsulan.Berjalan))
            Assert.NotEmpty(AlurUsulan.Berikutnya(s));
        Assert.Empty(AlurUsulan.Berikutnya(StatusUsulan.DesilDitetapkan));
    }

    [Fact]
    public void Every_state_that_went_back_to_the_desa_can_be_taken_up_again_by_the_operator()
    {
        foreach (var s in Enum.GetValues<StatusUsulan>().Where(AlurUsulan.KembaliKeDesa))
            Assert.Null(AlurUsulan.Periksa(s, StatusUsulan.BaMusdesDiunggah, PelakuUsulan.Operator, null));
    }
}
