using DtksTraining.Bench;

var benchmarks = new Dictionary<string, Func<string[], Task<string>>>(StringComparer.OrdinalIgnoreCase)
{
    ["startup"] = StartupBenchmark.RunAsync,
    ["enrolment"] = EnrolmentBenchmark.RunAsync,
    ["dashboard"] = DashboardBenchmark.RunAsync,
    ["beranda"] = BerandaBenchmark.RunAsync,
    ["sandbox"] = SandboxBenchmark.RunAsync,
    ["baseline"] = BaselineBenchmark.RunAsync,
    ["http"] = HttpBenchmark.RunAsync,
    ["bagian"] = BagianBenchmark.RunAsync,
    ["perrequest"] = PerRequestBenchmark.RunAsync,
    ["certificates"] = CertificatesBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.ContainsKey(args[0]) && !args[0].Equals("all", StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"Pakai: dotnet run -c Release --project tests/DtksTraining.Bench -- <{string.Join("|", benchmarks.Keys)}|all>");
    return 2;
}

var selected = args[0].Equals("all", StringComparison.OrdinalIgnoreCase) ? benchmarks.Keys.ToList() : [args[0]];
var lines = new List<string>();
foreach (var name in selected)
{
    Console.WriteLine($"== {name}");
    lines.Add(await benchmarks[name](args[1..]));
}
Console.WriteLine(string.Join(" ", lines));
return 0;
