using DtksTraining.Web.Wilayah;

namespace DtksTraining.Web.Akun;

public static class Peran
{
    public const string Admin = "Admin";
    public const string Fasilitator = "Fasilitator";
    public const string KepalaDesa = "KepalaDesa";
    public const string Operator = "Operator";

    public static readonly IReadOnlyList<string> Semua = [Admin, Fasilitator, KepalaDesa, Operator];

    public static bool BerdesaWajib(string peran) => peran is KepalaDesa or Operator;

    public static string Label(string peran) => peran switch
    {
        Admin => "Admin Dinsos",
        Fasilitator => "Fasilitator",
        KepalaDesa => "Kepala Desa",
        Operator => "Operator SIKS-NG",
        _ => peran,
    };

    // Accepts the labels people type in a spreadsheet as well as the role names.
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant().Replace(" ", "").Replace("-", "") switch
    {
        "admin" or "admindinsos" => Admin,
        "fasilitator" => Fasilitator,
        "kepaladesa" or "kades" or "kepalakampung" => KepalaDesa,
        "operator" or "operatorsiksng" or "operatordesa" => Operator,
        _ => null,
    };
}
