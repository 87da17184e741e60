using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using DtksTraining.Web.Beranda;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace DtksTraining.Web.Shared;

public static class ShellExtensions
{
    public const string LoginRateLimit = "masuk";
    public const string PublicFormRateLimit = "formulir-publik";
    public const string SeatQueue = "antrean-kursi";
    public const string AnonymousHomeCache = "beranda-anonim";
    public static readonly CultureInfo[] Cultures = [new("id-ID"), new("en-US")];

    public static WebApplicationBuilder AddShell(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Behind nginx the client's address and scheme arrive in X-Forwarded-*; loopback is trusted, other proxies by name.
        var proxies = KnownProxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        });
        // Venue Wi-Fi is weak: every text response goes out compressed.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes
                .Concat(["image/svg+xml", "text/calendar"]);
        });
        builder.Services.AddOutputCache(options => options.AddPolicy(AnonymousHomeCache, new AnonymousHomePageCache()));
        builder.Services.AddRazorPages(options => options.UseFeatureFolders())
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(options =>
            {
                options.UseSafeFormBinding();
                UseIndonesianBindingMessages(options.ModelBindingMessageProvider);
                options.ModelMetadataDetailsProviders.Add(new IndonesianValidationMessages());
            })
            .AddViewOptions(options => options.ClientModelValidatorProviders.Add(new IndonesianValidationMessages()))
            // No controllers here: looking for them loads every type of the app, and PDFsharp, MimeKit and Npgsql with them.
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var controllers in parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList())
                    parts.FeatureProviders.Remove(controllers);
            });
        builder.Services.AddSingleton<CookieTempDataProvider>();
        builder.Services.AddSingleton<ITempDataProvider, TempDataCookie>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "dtks.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Behind a known proxy that says https, the request is https (UseForwardedHeaders), so these cookies are Secure.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Terlalu banyak percobaan. Tunggu satu menit lalu coba lagi.", token);
            };
            options.AddPolicy(LoginRateLimit, http => Partition(http, builder.Configuration.GetValue("RateLimit:LoginPerMinute", 20)));
            options.AddPolicy(PublicFormRateLimit, http => Partition(http, builder.Configuration.GetValue("RateLimit:PublicPerMinute", 30)));
            var seatWriters = Math.Max(1, builder.Configuration.GetValue("RateLimit:SeatRequestsAtOnce", 2 * Environment.ProcessorCount));
            options.AddPolicy(SeatQueue, http => SeatPartition(http, seatWriters));
        });
        return builder;
    }

    // Either a list (ForwardedHeaders__KnownProxies__0=...) or one comma-separated value.
    private static IPAddress[] KnownProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders:KnownProxies");
        var values = section.Value is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.Get<string[]>() ?? [];
        return values.Select(value => IPAddress.TryParse(value.Trim(), out var address)
                ? address
                : throw new InvalidSettingException($"ForwardedHeaders:KnownProxies '{value}' bukan alamat IP."))
            .ToArray();
    }

    // Only POSTs count: reading the login page is free (no limiter at all), guessing passwords is not.
    private static RateLimitPartition<string> Partition(HttpContext http, int permitLimit) =>
        HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "tanpa-alamat",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("baca");

    // A burst of "Daftar" presses queues in arrival order and a few run at once: hundreds in flight at the same time
    // only fight over the write lock and keep the garbage collector busy with half-finished requests.
    private static RateLimitPartition<string> SeatPartition(HttpContext http, int permitLimit) =>
        HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetConcurrencyLimiter("kursi", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = permitLimit, QueueLimit = 10_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter("baca");

    private static void UseIndonesianBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Kolom ini wajib diisi.");
        messages.SetMissingBindRequiredValueAccessor(name => $"Kolom {name} wajib diisi.");
        messages.SetMissingKeyOrValueAccessor(() => "Kolom ini wajib diisi.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Formulir kosong.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Isian '{Cuplikan(value)}' tidak sah.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Isian '{Cuplikan(value)}' tidak sah.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Isian tidak sah.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Isian tidak sah.");
        messages.SetValueIsInvalidAccessor(value => $"Isian '{Cuplikan(value)}' tidak sah.");
        messages.SetValueMustBeANumberAccessor(_ => "Isian harus berupa angka.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
    }

    // A refused megabyte is not echoed back whole in its error message.
    private static string Cuplikan(string value) => value.Length <= 40 ? value : value[..40] + "…";

    public static WebApplication UseShell(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Sent only on https requests, i.e. behind a known proxy that forwarded https; plain http in development gets none.
        app.UseHsts();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Galat");
        app.UseStatusCodePagesWithReExecute("/Galat", "?kode={0}");
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After localization and authentication: the cache must know the language and never hand a signed-in user the anonymous copy.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsync(
                report.Status + "\n" + string.Join("\n", report.Entries.Select(e => $"{e.Key}: {e.Value.Status}"))),
        });
        return app;
    }

    private static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
        // Hangfire's own dashboard needs inline script; it is Admin-only and keeps its own headers.
        if (!context.Request.Path.StartsWithSegments("/hangfire"))
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
                "font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
                "form-action 'self'; frame-ancestors 'none'";
        await next();
    });
}

