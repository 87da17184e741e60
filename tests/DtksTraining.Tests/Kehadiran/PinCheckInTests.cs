using DtksTraining.Web.Kehadiran;

namespace DtksTraining.Tests.Kehadiran;

public class PinCheckInTests
{
    [Theory]
    [InlineData("000000", true)]
    [InlineData("999999", true)]
    [InlineData("123456", true)]
    [InlineData("012345", true)]
    [InlineData("654321", true)]
    [InlineData("987654", true)]
    [InlineData("121212", true)]
    [InlineData("123123", true)]
    [InlineData("909090", true)]
    [InlineData("12345", true)]
    [InlineData("12a456", true)]
    [InlineData("482915", false)]
    [InlineData("000001", false)]
    [InlineData("123457", false)]
    [InlineData("112233", false)]
    public void Guessable_pins_are_recognised(string pin, bool mudah) => Assert.Equal(mudah, PinCheckIn.MudahDitebak(pin));

    [Theory]
    [InlineData("0 123456 482915", "", "482915")]
    [InlineData("482915 482915 730146", "482915", "730146")]
    [InlineData("7 482915", "", "000007")]
    public void Generator_skips_guessable_and_used_pins(string urutanAcak, string dipakai, string hasil)
    {
        var angka = new Queue<int>(urutanAcak.Split(' ').Select(int.Parse));
        var sudah = dipakai.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        Assert.Equal(hasil, PinCheckIn.Buat(sudah, angka.Dequeue));
    }

    [Fact]
    public void Generator_gives_up_after_too_many_collisions()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PinCheckIn.Buat(new HashSet<string> { "482915" }, () => 482915));
        Assert.Contains("PIN check-in unik tidak bisa dibuat", ex.Message);
    }

    [Fact]
    public void Real_generator_gives_unique_safe_pins_within_a_round()
    {
        var dipakai = new HashSet<string>();
        for (var i = 0; i < 2000; i++)
        {
            var pin = PinCheckIn.Buat(dipakai);
            Assert.True(PinCheckIn.FormatSah(pin));
            Assert.False(PinCheckIn.MudahDitebak(pin));
            Assert.True(dipakai.Add(pin));
        }
    }
}
