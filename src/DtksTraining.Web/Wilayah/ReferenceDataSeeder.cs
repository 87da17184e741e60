using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper.Configuration;
using CsvHelper;
using DtksTraining.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DtksTraining.Web.Wilayah;

// Loads the regency's facts from seed-data/; inserts only what is missing, so a second start adds nothing.
public sealed partial class ReferenceDataSeeder(AppDbContext db, string seedFolder)
{
    [GeneratedRegex(@"^18\.09\.\d{2}$")] private static partial Regex KecamatanCode();
    [GeneratedRegex(@"^18\.09\.\d{2}\.\d{4}$")] private static partial Regex DesaCode();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var wilayah = Read("wilayah.csv", row => new
        {
            KodeKecamatan = row.Required("kode_kecamatan", KecamatanCode(), "kode kecamatan harus berbentuk 18.09.NN"),
            NamaKecamatan = row.Required("nama_kecamatan"),
            KodeDesa = row.Required("kode_desa", DesaCode(), "kode desa harus berbentuk 18.09.NN.NNNN"),
            NamaDesa = row.Required("nama_desa"),
        });
        foreach (var (item, line) in wilayah)
            if (!item.KodeDesa.StartsWith(item.KodeKecamatan + ".", StringComparison.Ordinal))
                throw new SeedDataException("wilayah.csv", line, $"desa {item.KodeDesa} tidak berada di kecamatan {item.KodeKecamatan}");
        Unique("wilayah.csv", wilayah, w => w.KodeDesa, "kode desa");

        var kecamatan = wilayah.GroupBy(w => w.Item.KodeKecamatan)
            .Select(g => new Kecamatan { Kode = g.Key, Nama = g.First().Item.NamaKecamatan }).ToList();
        var desaCodes = wilayah.Select(w => w.Item.KodeDesa).ToHashSet();
        var kecamatanCodes = kecamatan.Select(k => k.Kode).ToHashSet();

        var venues = Read("venues.csv", row => new TempatPelatihan
        {
            Kode = row.Required("kode"),
            Nama = row.Required("nama"),
            KecamatanKode = row.OneOf("kode_kecamatan", kecamatanCodes, "kode kecamatan tidak ada di wilayah.csv"),
            DesaKode = row.Optional("kode_desa") is { } desa
                ? row.OneOf("kode_desa", desaCodes, "kode desa tidak ada di wilayah.csv")
                : null,
            Alamat = row.Required("alamat"),
            Kapasitas = row.PositiveInt("kapasitas"),
        });
        Unique("venues.csv", venues, v => v.Kode, "kode tempat");
        var venueCodes = venues.Select(v => v.Item.Kode).ToHashSet();

        var preferences = Read("venue-preferences.csv", row =>
        {
            var kecamatanKode = row.OneOf("kode_kecamatan", kecamatanCodes, "kode kecamatan tidak ada di wilayah.csv");
            var ranked = row.Required("venue_terdekat").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var unknown = ranked.FirstOrDefault(v => !venueCodes.Contains(v));
            if (unknown is not null) throw row.Fail($"tempat '{unknown}' tidak ada di venues.csv");
            if (ranked.Distinct().Count() != ranked.Length) throw row.Fail("tempat yang sama disebut dua kali");
            return ranked.Select((venue, index) => new UrutanTempat
            {
                KecamatanKode = kecamatanKode, VenueKode = venue, Urutan = index + 1,
            }).ToList();
        });
        Unique("venue-preferences.csv", preferences, p => p[0].KecamatanKode, "kode kecamatan");
        var missingPreference = kecamatanCodes.Except(preferences.Select(p => p.Item[0].KecamatanKode)).FirstOrDefault();
        if (missingPreference is not null)
            throw new SeedDataException("venue-preferences.csv", null, $"kecamatan {missingPreference} tidak punya urutan tempat");

        var programmes = Read("programmes.csv", row => new ProgramBansos
        {
            Kode = row.Required("kode"),
            Nama = row.Required("nama"),
            NamaLengkap = row.Required("nama_lengkap"),
            Penyaluran = row.Required("penyaluran"),
            Keterangan = row.Required("keterangan"),
        });
        Unique("programmes.csv", programmes, p => p.Kode, "kode program");

        await AddMissing(db.Kecamatan, kecamatan, k => k.Kode, cancellationToken);
        await AddMissing(db.Desa, wilayah.Select(w => new Desa
        {
            Kode = w.Item.KodeDesa, Nama = w.Item.NamaDesa, KecamatanKode = w.Item.KodeKecamatan,
        }), d => d.Kode, cancellationToken);
        await AddMissing(db.Venue, venues.Select(v => v.Item), v => v.Kode, cancellationToken);
        await AddMissing(db.Programme, programmes.Select(p => p.Item), p => p.Kode, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var existingPreferences = await db.VenuePreference
            .Select(p => p.KecamatanKode + "|" + p.VenueKode).ToListAsync(cancellationToken);
        db.VenuePreference.AddRange(preferences.SelectMany(p => p.Item)
            .Where(p => !existingPreferences.Contains(p.KecamatanKode + "|" + p.VenueKode)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMissing<T>(DbSet<T> set, IEnumerable<T> items, Func<T, string> key,
        CancellationToken cancellationToken) where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        set.AddRange(items.Where(i => !existing.Contains(key(i))));
    }

    private static void Unique<T>(string file, List<(T Item, int Line)> rows, Func<T, string> key, string what)
    {
        var seen = new HashSet<string>();
        foreach (var (item, line) in rows)
            if (!seen.Add(key(item)))
                throw new SeedDataException(file, line, $"{what} '{key(item)}' muncul dua kali");
    }

    private List<(T Item, int Line)> Read<T>(string file, Func<SeedRow, T> map)
    {
        var path = Path.Combine(seedFolder, file);
        if (!File.Exists(path)) throw new SeedDataException(file, null, $"berkas tidak ditemukan di {path}");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader()) throw new SeedDataException(file, 1, "berkas kosong atau tanpa baris judul");
        var rows = new List<(T, int)>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            rows.Add((map(new SeedRow(csv, file, line)), line));
        }
        if (rows.Count == 0) throw new SeedDataException(file, null, "tidak ada baris data");
        return rows;
    }

    private sealed class SeedRow(CsvReader csv, string file, int line)
    {
        public string? Optional(string column)
        {
            if (!csv.TryGetField<string>(column, out var value))
                throw Fail($"kolom '{column}' tidak ada");
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        public string Required(string column) => Optional(column) ?? throw Fail($"kolom '{column}' kosong");

        public string Required(string column, Regex pattern, string problem)
        {
            var value = Required(column);
            return pattern.IsMatch(value) ? value : throw Fail($"{problem} (isi: '{value}')");
        }

        public string OneOf(string column, IReadOnlySet<string> allowed, string problem)
        {
            var value = Required(column);
            return allowed.Contains(value) ? value : throw Fail($"{problem} (isi: '{value}')");
        }

        public int PositiveInt(string column)
        {
            var value = Required(column);
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw Fail($"kolom '{column}' harus bilangan bulat positif (isi: '{value}')");
        }

        public SeedDataException Fail(string problem) => new(file, line, problem);
    }
}
