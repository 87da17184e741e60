#pragma warning disable EF1001 // EF's own MigrationsAssembly: only the way it finds the migration types changes.
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace DtksTraining.Web.Data;

// EF looks for migrations by loading every type of the app on each start, and PDFsharp, MimeKit and Npgsql with them;
// they all sit under Data.Migrations, whose type names the assembly's metadata lists without loading anything else.
public sealed class MigrationsInNamespace(
    ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private static readonly Lazy<IReadOnlyList<TypeInfo>> Types = new(() => TypesUnder(typeof(MigrationsInNamespace).Namespace + ".Migrations"));
    private readonly Type _context = currentContext.Context.GetType();
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private (ModelSnapshot? Snapshot, bool Found) _snapshot;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= new SortedList<string, TypeInfo>(
        Types.Value.Where(t => t.IsSubclassOf(typeof(Migration)) && ForThisContext(t))
            .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id));

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshot.Found)
                _snapshot = (Types.Value.Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && ForThisContext(t))
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).FirstOrDefault(), true);
            return _snapshot.Snapshot;
        }
    }

    private bool ForThisContext(TypeInfo type) => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _context;

    private static IReadOnlyList<TypeInfo> TypesUnder(string ns)
    {
        var assembly = typeof(MigrationsInNamespace).Assembly;
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => !t.IsNested && metadata.GetString(t.Namespace) is var n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)))
            .Select(t => assembly.GetType(metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name), throwOnError: true)!.GetTypeInfo())
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
            .ToList();
    }
}
