using System.Security.Cryptography;

namespace DtksTraining.Web.Akun;

// A code read aloud or copied from paper: no i/l/1 or o/0 to confuse, lowercase so no shift key on a phone.
public static class KodeSekaliPakai
{
    public const string Abjad = "abcdefghjkmnpqrstuvwxyz23456789";
    public const int Panjang = 8;

    // The password policy wants a digit; a code must always pass it.
    public static string Buat()
    {
        while (true)
        {
            var kode = RandomNumberGenerator.GetString(Abjad, Panjang);
            if (kode.Any(char.IsDigit) && kode.Any(char.IsLetter)) return kode;
        }
    }
}
