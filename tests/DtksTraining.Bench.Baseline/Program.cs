using System.Globalization;
using Hangfire;
using Hangfire.Storage.SQLite;
using Markdig;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
// Nothing is added unless named: without --Bagian this is the empty template the http bench divides by.
var bagian = (builder.Configuration["Bagian"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
var folder = builder.Configuration["DataPath"] ?? Path.Combine(Path.GetTempPath(), "dtks-baseline");
Directory.CreateDirectory(folder);

var pages = builder.Services.AddRazorPages();
if (bagian.Contains("lokalisasi"))
{
    builder.Services.AddLocalization();
    pages.AddViewLocalization().AddDataAnnotationsLocalization();
    builder.Services.Configure<RequestLocalizationOptions>(o =>
    {
        CultureInfo[] budaya = [new("id-ID"), new("en")];
        o.DefaultRequestCulture = new("id-ID");
        o.SupportedCultures = o.SupportedUICultures = budaya;
    });
}
// Pooled, as the app registers its own context.
if (bagian.Contains("ef"))
    builder.Services.AddDbContextPool<CatatanDb>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "catatan.db")}"));
if (bagian.Contains("identity"))
{
    builder.Services.AddDbContext<PenggunaDb>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "pengguna.db")}"));
    builder.Services.AddIdentity<IdentityUser, IdentityRole>().AddEntityFrameworkStores<PenggunaDb>();
}
if (bagian.Contains("hangfire"))
{
    builder.Services.AddHangfire(c => c.UseSQLiteStorage(Path.Combine(folder, "hangfire.db")));
    builder.Services.AddHangfireServer(o => o.WorkerCount = 2);
}
if (bagian.Contains("konten"))
    builder.Services.AddSingleton(new Konten(builder.Configuration["KontenPath"]
        ?? throw new InvalidOperationException("--KontenPath (folder content/modules) wajib untuk bagian konten.")));

var app = builder.Build();
if (bagian.Contains("ef"))
{
    using var scope = app.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<CatatanDb>();
    db.Database.EnsureCreated();
    if (!db.Catatan.Any()) { db.Catatan.Add(new Catatan { Teks = "Halo dari SQLite" }); db.SaveChanges(); }
}
if (bagian.Contains("identity"))
{
    using var scope = app.Services.CreateScope();
    scope.ServiceProvider.GetRequiredService<PenggunaDb>().Database.EnsureCreated();
}
if (bagian.Contains("lokalisasi")) app.UseRequestLocalization();
if (bagian.Contains("identity")) { app.UseAuthentication(); app.UseAuthorization(); }
app.MapGet("/health", () => "Healthy");
app.MapRazorPages();
app.Run();

public sealed class Catatan
{
    public int Id { get; set; }
    public required string Teks { get; set; }
}

public sealed class CatatanDb(DbContextOptions<CatatanDb> options) : DbContext(options)
{
    public DbSet<Catatan> Catatan => Set<Catatan>();

    // Compiled once, as the app's module and quiz pages read their one row.
    public static readonly Func<CatatanDb, string?> Pertama = EF.CompileQuery(
        (CatatanDb db) => db.Catatan.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Teks).FirstOrDefault());
}

public sealed class PenggunaDb(DbContextOptions<PenggunaDb> options) : IdentityDbContext(options);

// The app's content library in small: every module rendered once at start with Markdig, held in memory.
public sealed class Konten
{
    public IReadOnlyList<string> Html { get; }

    public Konten(string folder)
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
        Html = Directory.GetFiles(folder, "*.md").Order().Select(f => Markdown.ToHtml(TanpaFrontMatter(File.ReadAllText(f)), pipeline)).ToList();
    }

    private static string TanpaFrontMatter(string teks) =>
        teks.StartsWith("---", StringComparison.Ordinal) && teks.IndexOf("\n---", 3, StringComparison.Ordinal) is var akhir and > 0
            ? teks[(teks.IndexOf('\n', akhir + 4) + 1)..]
            : teks;
}
