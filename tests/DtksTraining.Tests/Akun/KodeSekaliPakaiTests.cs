using DtksTraining.Web.Akun;

namespace DtksTraining.Tests.Akun;

public class KodeSekaliPakaiTests
{
    [Fact]
    public void Codes_are_eight_unambiguous_characters_with_a_digit_and_a_letter_and_do_not_repeat()
    {
        var kode = Enumerable.Range(0, 500).Select(_ => KodeSekaliPakai.Buat()).ToList();
        Assert.All(kode, k =>
        {
            Assert.Equal(8, k.Length);
            Assert.All(k, c => Assert.Contains(c, KodeSekaliPakai.Abjad));
            Assert.Contains(k, char.IsDigit);
            Assert.Contains(k, char.IsLetter);
        });
        Assert.Equal(kode.Count, kode.Distinct().Count());
    }

    [Theory]
    [InlineData('0')]
    [InlineData('o')]
    [InlineData('1')]
    [InlineData('l')]
    [InlineData('i')]
    [InlineData('I')]
    [InlineData('O')]
    public void Alphabet_leaves_out_characters_people_confuse(char bingung) =>
        Assert.DoesNotContain(bingung, KodeSekaliPakai.Abjad);
}
