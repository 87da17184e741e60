using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace DtksTraining.Web.Beranda;

// The built-in default policy's checks, plus: never for a pending flash message (TempData cookie), one copy per language.
public sealed class AnonymousHomePageCache : IOutputCachePolicy
{
    // The anonymous home page has no counts or dates, so a minute old is as true as fresh.
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var language = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
        var tempDataCookie = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        // The layout echoes path and query into the language switch's returnUrl: only the bare "/" is one page.
                        && request.Path == "/" && !request.QueryString.HasValue
                        && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                        && http.User.Identity?.IsAuthenticated != true
                        && !request.Cookies.ContainsKey(tempDataCookie)
                        && language is not null;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        // Nothing on the page depends on the Host header; keying on it would let any client fill the cache with copies.
        context.CacheVaryByRules.VaryByHost = false;
        if (language is not null) context.CacheVaryByRules.VaryByValues["bahasa"] = language;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
