using System.Net;
using System.Net.Sockets;
using DtksTraining.Tests.Infrastructure;
using DtksTraining.Web.Belajar;
using DtksTraining.Web.Data;
using DtksTraining.Web.Shared;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DtksTraining.Tests.Shared;

public class StartupFailureTests
{
    private const string Berkas = "/srv/dtks/dtks.db";

    public static TheoryData<string, Exception, int, string> Kegagalan => new()
    {
        { "data awal", new SeedDataException("venues.csv", 6, "kapasitas harus bilangan bulat positif"), 1, "Data awal gagal dimuat dari venues.csv, baris 6" },
        { "konten", new KontenTidakSahException([new MasalahKonten("content/modules/01.md", 3, "kunci 'judull' tidak dikenal")]), 1, "01.md" },
        { "pengaturan", new InvalidSettingException("Database:Provider 'Mongo' tidak dikenal."), 1, "Database:Provider 'Mongo' tidak dikenal." },
        { "anotasi", new OptionsValidationException("", typeof(SmtpOptions), [
                "DataAnnotation validation failed for 'SmtpOptions' members: 'Port' with the error: 'Smtp:Port harus 1 sampai 65535.'."]),
            1, "Pengaturan tidak sah:" + Environment.NewLine + "- Smtp:Port harus 1 sampai 65535." },
        { "bukan bilangan", new InvalidOperationException("Failed to convert configuration value 'abc' at 'Masuk:BatasGagal' to type 'System.Int32'.",
            new ArgumentException("abc is not a valid value for Int32.")), 1, "Pengaturan Masuk:BatasGagal bernilai 'abc', padahal harus bilangan bulat." },
        { "bukan pilihan", new InvalidOperationException("Failed to convert configuration value 'Foo' at 'Smtp:TlsMode' to type 'DtksTraining.Web.Shared.SmtpTlsMode'."),
            1, "salah satu dari None, StartTls, SslOnConnect, Auto" },
        { "SQLite rusak", new DatabaseUnavailableException(Berkas, new SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11)),
            1, $"Basis data {Berkas} rusak" },
        { "bukan SQLite", new DatabaseUnavailableException(Berkas, new SqliteException("SQLite Error 26: 'file is not a database'.", 26)),
            1, "Pulihkan dari cadangan terakhir" },
        { "hanya baca", new DatabaseUnavailableException(Berkas, new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8)),
            1, "dapat ditulis oleh pengguna yang menjalankan aplikasi" },
        { "disk penuh", new DatabaseUnavailableException(Berkas, new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)),
            75, "Periksa ruang disk" },
        { "terkunci", new DatabaseUnavailableException(Berkas, new SqliteException("SQLite Error 5: 'database is locked'.", 5)),
            75, "layanan akan mencoba lagi" },
        { "antrean tugas rusak", new DatabaseUnavailableException("/srv/dtks/hangfire.db", SQLite.SQLiteException.New(SQLite.SQLite3.Result.NonDBFile, "file is not a database")),
            1, "Basis data /srv/dtks/hangfire.db rusak" },
        { "PostgreSQL mati", new DatabaseUnavailableException("dtks di db:5432 (pengguna dtks)",
                new NpgsqlException("Failed to connect to 10.0.0.5:5432", new SocketException((int)SocketError.ConnectionRefused))),
            75, "PostgreSQL untuk dtks di db:5432 (pengguna dtks) tidak dapat dihubungi (koneksi ditolak)" },
        { "sandi PostgreSQL", new DatabaseUnavailableException("dtks di db:5432 (pengguna dtks)",
                new PostgresException("password authentication failed for user \"dtks\"", "FATAL", "FATAL", "28P01")),
            1, "Periksa Username dan Password di ConnectionStrings:Default" },
        { "database PostgreSQL belum ada", new PostgresException("database \"dtks\" does not exist", "FATAL", "FATAL", "3D000"), 1, "belum ada di server PostgreSQL" },
        { "PostgreSQL baru menyala", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"), 75, "belum dapat menerima koneksi" },
        { "port terpakai", new IOException("Failed to bind to address http://127.0.0.1:5001: address already in use.",
                new AddressInUseException("Address already in use", new SocketException((int)SocketError.AddressAlreadyInUse))),
            75, "Alamat http://127.0.0.1:5001 sudah dipakai program lain" },
        { "dalam AggregateException", new AggregateException(new DatabaseUnavailableException(Berkas, new SqliteException("malformed", 11))), 1, "rusak" },
        { "izin", new UnauthorizedAccessException("Access to the path '/srv/dtks/keys' is denied."), 1, "tidak diizinkan memakai /srv/dtks/keys" },
        { "tak dikenal", new NotSupportedException("something else"), 70, "Aplikasi berhenti karena kesalahan yang tidak dikenali (NotSupportedException)" },
    };

    [Theory]
    [MemberData(nameof(Kegagalan))]
    public void Each_failure_gets_a_Bahasa_message_and_the_exit_code_systemd_acts_on(string kasus, Exception kesalahan, int kodeKeluar, string pesan)
    {
        var (exitCode, message) = StartupFailure.Describe(kesalahan);

        Assert.True(exitCode == kodeKeluar, $"{kasus}: kode {exitCode}, diharapkan {kodeKeluar}");
        Assert.Contains(pesan, message);
        if (exitCode != StartupFailure.Unexpected)
            foreach (var inggris in new[] { "Failed to", "validation failed", "The field", "is denied", "Access to" })
                Assert.DoesNotContain(inggris, message);
    }

    public static TheoryData<string, int, string> KegagalanNyata => new()
    {
        { "pengaturan", 1, "Pengaturan Masuk:BatasGagal bernilai 'lima', padahal harus bilangan bulat." },
        { "sqlite-rusak", 1, "rusak atau bukan berkas SQLite" },
        { "port-terpakai", 75, "sudah dipakai program lain" },
        { "postgres-mati", 75, "tidak dapat dihubungi (koneksi ditolak)" },
        { "datapath-berkas", 1, "di sana sudah ada berkas, bukan folder" },
    };

    [Theory]
    [MemberData(nameof(KegagalanNyata))]
    public async Task The_real_app_stops_with_the_message_and_no_stack_trace(string kasus, int kodeKeluar, string pesan)
    {
        var data = Path.Combine(Path.GetTempPath(), "dtks-gagal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        using var terpakai = new TcpListener(IPAddress.Loopback, 0);
        terpakai.Start();
        var portTerpakai = ((IPEndPoint)terpakai.LocalEndpoint).Port;
        var args = new List<string> { "--DataPath", data, "--Demo:Seed", "false" };
        switch (kasus)
        {
            case "pengaturan":
                args.AddRange(["--Masuk:BatasGagal", "lima", "--urls", "http://127.0.0.1:0"]);
                break;
            case "sqlite-rusak":
                await File.WriteAllTextAsync(Path.Combine(data, "dtks.db"), string.Concat(Enumerable.Repeat("bukan basis data ", 400)));
                args.AddRange(["--urls", "http://127.0.0.1:0"]);
                break;
            case "datapath-berkas":
                var berkas = Path.Combine(data, "bukan-folder");
                await File.WriteAllTextAsync(berkas, "");
                args.AddRange(["--DataPath", berkas, "--urls", "http://127.0.0.1:0"]);
                break;
            case "port-terpakai":
                args.AddRange(["--urls", $"http://127.0.0.1:{portTerpakai}"]);
                break;
            case "postgres-mati":
                // A port that was just free and is closed again: the connection is refused at once.
                var tertutup = new TcpListener(IPAddress.Loopback, 0);
                tertutup.Start();
                var portTertutup = ((IPEndPoint)tertutup.LocalEndpoint).Port;
                tertutup.Stop();
                args.AddRange(["--Database:Provider", "Postgres", "--ConnectionStrings:Default",
                    $"Host=127.0.0.1;Port={portTertutup};Database=dtks;Username=dtks;Password=rahasia", "--urls", "http://127.0.0.1:0"]);
                break;
        }

        var keluar = await FailedStart.RunAsync(args, AppContext.BaseDirectory);

        var galat = keluar.Stderr;
        Assert.True(keluar.ExitCode == kodeKeluar, $"{kasus}: kode keluar {keluar.ExitCode}\n{galat}");
        Assert.Contains(pesan, galat);
        Assert.DoesNotContain("Unhandled exception", galat);
        Assert.DoesNotContain("   at ", galat);
        Assert.DoesNotContain("rahasia", galat);
    }
}
