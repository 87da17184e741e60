namespace DtksTraining.Web.Data;

// A database (the app's or the job store's) could not be opened, migrated or seeded at start; Where names it without its password.
public sealed class DatabaseUnavailableException(string where, Exception inner)
    : Exception($"Basis data {where} tidak dapat dipakai: {inner.Message}", inner)
{
    public string Where { get; } = where;
}
