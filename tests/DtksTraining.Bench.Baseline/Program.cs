var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapGet("/health", () => "Healthy");
app.MapRazorPages();
app.Run();
