using System.Text.RegularExpressions;

namespace DtksTraining.Web.Akun;

public static partial class AturanKontak
{
    [GeneratedRegex(@"^(\+62|62|0)8[1-9][0-9]{7,10}$")] private static partial Regex MobilePhone();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex Email();
    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{2,49}$")] private static partial Regex UserName();

    // Indonesian mobile numbers as people write them: 0812..., +62812..., with spaces or dashes.
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var compact = new string(phone.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '.' and not '(' and not ')').ToArray());
        if (!MobilePhone().IsMatch(compact)) return null;
        return compact.StartsWith("+62") ? "0" + compact[3..] : compact.StartsWith("62") ? "0" + compact[2..] : compact;
    }

    public static bool IsEmail(string? email) => !string.IsNullOrWhiteSpace(email) && Email().IsMatch(email.Trim());

    public static bool IsUserName(string? userName) => userName is not null && UserName().IsMatch(userName);

    // kades.bagelen style: role prefix plus the desa name without spaces.
    public static string SuggestUserName(string peran, string desaNama)
    {
        var prefix = peran == Peran.KepalaDesa ? "kades" : "operator";
        var slug = new string(desaNama.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        return $"{prefix}.{slug}";
    }
}
