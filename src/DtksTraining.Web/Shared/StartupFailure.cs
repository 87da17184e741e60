using System.Text.RegularExpressions;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DtksTraining.Web.Shared;

// A start that fails says why in Bahasa on stderr and exits with a code systemd can act on, not an abort with a stack trace.
public static partial class StartupFailure
{
    // Settings, data, content or a damaged database: restarting cannot help, and the unit's RestartPreventExitStatus=1 stops the loop.
    public const int Permanent = 1;
    // A database or address that is not available yet (EX_TEMPFAIL): Restart=on-failure tries again.
    public const int Transient = 75;
    // Anything not recognised (EX_SOFTWARE): the technical detail follows the message.
    public const int Unexpected = 70;

    public static (int ExitCode, string Message) Describe(Exception exception)
    {
        var chain = Chain(exception).ToList();
        var where = chain.OfType<DatabaseUnavailableException>().FirstOrDefault()?.Where is { Length: > 0 } nama ? nama : "aplikasi ini";
        foreach (var e in chain)
        {
            switch (e)
            {
                case SeedDataException or KontenTidakSahException or InvalidSettingException:
                    return (Permanent, e.Message);
                case OptionsValidationException options:
                    return (Permanent, "Pengaturan tidak sah:" + string.Concat(options.Failures.Select(f => Environment.NewLine + "- " + PesanValidasi(f))));
                case InvalidOperationException when KonversiGagal().Match(e.Message) is { Success: true } konversi:
                    return (Permanent, $"Pengaturan {konversi.Groups["kunci"].Value} bernilai '{konversi.Groups["nilai"].Value}', " +
                        $"padahal harus {JenisNilai(konversi.Groups["jenis"].Value)}.");
                case SqliteException sqlite:
                    return Sqlite(sqlite.SqliteErrorCode, sqlite.Message, where);
                case SQLite.SQLiteException jobStore:
                    return Sqlite((int)jobStore.Result, jobStore.Message, where);
                case PostgresException postgres:
                    return Postgres(postgres, where);
                case NpgsqlException npgsql:
                    return (Transient, $"PostgreSQL untuk {where} tidak dapat dihubungi ({AlasanJaringan(npgsql)}). " +
                        "Periksa bahwa server PostgreSQL berjalan dan alamatnya di ConnectionStrings:Default benar; layanan akan mencoba lagi.");
                case AddressInUseException:
                    var alamat = AlamatTerpakai().Match(exception.ToString()) is { Success: true } m ? m.Groups["alamat"].Value : "yang diminta";
                    return (Transient, $"Alamat {alamat} sudah dipakai program lain. Hentikan program itu, atau jalankan dengan --urls dan port lain.");
                case UnauthorizedAccessException:
                    return (Permanent, $"Aplikasi tidak diizinkan memakai {Jalur(e.Message)}. " +
                        "Periksa bahwa folder data (DataPath) dapat ditulis oleh pengguna yang menjalankan aplikasi.");
            }
        }
        return (Unexpected, $"Aplikasi berhenti karena kesalahan yang tidak dikenali ({exception.GetType().Name}). " +
            "Rincian teknis di bawah ini; sampaikan kepada pengelola aplikasi." + Environment.NewLine + exception);
    }

    private static (int, string) Sqlite(int code, string reason, string where) => code switch
    {
        // SQLITE_CORRUPT, SQLITE_NOTADB
        11 or 26 => (Permanent, $"Basis data {where} rusak atau bukan berkas SQLite ({reason}). Pulihkan dari cadangan terakhir " +
            "(README, bagian Cadangan dan pemulihan), atau pindahkan berkas itu keluar dari folder data agar basis data baru dibuat saat mulai."),
        // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH
        3 or 8 or 14 or 23 => (Permanent, $"Basis data {where} tidak dapat dibuka atau ditulis ({reason}). " +
            "Periksa bahwa folder data ada dan dapat ditulis oleh pengguna yang menjalankan aplikasi."),
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL
        5 or 6 or 10 or 13 => (Transient, $"Basis data {where} sedang tidak dapat dipakai ({reason}). " +
            "Periksa ruang disk dan bahwa tidak ada program lain yang menguncinya; layanan akan mencoba lagi."),
        _ => (Permanent, $"Basis data {where} menolak perintah saat aplikasi dimulai ({reason})."),
    };

    private static (int, string) Postgres(PostgresException e, string where) => e.SqlState switch
    {
        "28P01" or "28000" => (Permanent, $"PostgreSQL menolak masuk untuk {where} ({e.SqlState}). Periksa Username dan Password di ConnectionStrings:Default."),
        "3D000" => (Permanent, $"Database untuk {where} belum ada di server PostgreSQL. Buat dulu database dan penggunanya (README, bagian Menjalankan di beberapa server)."),
        // cannot connect now, too many connections, connection exceptions
        "57P03" or "53300" or "53000" => (Transient, $"PostgreSQL untuk {where} belum dapat menerima koneksi ({e.SqlState}); layanan akan mencoba lagi."),
        _ when e.SqlState.StartsWith("08", StringComparison.Ordinal) => (Transient, $"Koneksi PostgreSQL untuk {where} terputus ({e.SqlState}); layanan akan mencoba lagi."),
        _ => (Permanent, $"PostgreSQL menolak perintah saat aplikasi dimulai untuk {where} ({e.SqlState}: {e.MessageText})."),
    };

    private static IEnumerable<Exception> Chain(Exception e)
    {
        yield return e;
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : e.InnerException is { } one ? [one] : [];
        foreach (var child in inner)
            foreach (var descendant in Chain(child))
                yield return descendant;
    }

    // Data annotations on option classes carry Bahasa messages; the framework wraps each in an English sentence.
    private static string PesanValidasi(string failure) =>
        PesanAnotasi().Match(failure) is { Success: true } m ? m.Groups["pesan"].Value : failure;

    private static string JenisNilai(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "bilangan bulat",
        "System.Double" or "System.Decimal" => "bilangan",
        "System.Boolean" => "true atau false",
        "System.TimeSpan" => "jangka waktu seperti 00:15:00",
        _ when typeof(StartupFailure).Assembly.GetType(type) is { IsEnum: true } pilihan => "salah satu dari " + string.Join(", ", Enum.GetNames(pilihan)),
        _ => "nilai yang sah",
    };

    private static string AlasanJaringan(NpgsqlException e) => e.InnerException switch
    {
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } => "koneksi ditolak",
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.HostNotFound } => "nama host tidak dikenal",
        TimeoutException => "waktu habis",
        _ => e.Message,
    };

    private static string Jalur(string message) =>
        JalurDalamPesan().Match(message) is { Success: true } m ? m.Groups["jalur"].Value : "folder data";

    [GeneratedRegex(@"^Failed to convert configuration value '(?<nilai>.*)' at '(?<kunci>[^']*)' to type '(?<jenis>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex KonversiGagal();

    [GeneratedRegex(@"with the error: '(?<pesan>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex PesanAnotasi();

    [GeneratedRegex(@"bind to address (?<alamat>\S+?)(: | )")]
    private static partial Regex AlamatTerpakai();

    [GeneratedRegex(@"'(?<jalur>/[^']*)'")]
    private static partial Regex JalurDalamPesan();
}
