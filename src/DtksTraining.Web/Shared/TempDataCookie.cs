using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DtksTraining.Web.Shared;

// The layout reads TempData on every page; the cookie provider then answers each one with a Set-Cookie deleting a
// cookie the browser never had. Only a request that brought the cookie gets it deleted.
public sealed class TempDataCookie(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!)) return;
        inner.SaveTempData(context, values);
    }
}
