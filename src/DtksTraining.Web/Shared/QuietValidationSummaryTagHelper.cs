using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DtksTraining.Web.Shared;

// The built-in summary always renders <li style="display:none"> when empty, which the strict CSP reports on every page.
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class QuietValidationSummaryTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-validation-summary")] public ValidationSummary Ringkasan { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        var prefix = ViewContext.ViewData.TemplateInfo.HtmlFieldPrefix;
        var adaGalat = Ringkasan switch
        {
            ValidationSummary.All => modelState.ErrorCount > 0,
            ValidationSummary.ModelOnly => modelState.TryGetValue(prefix, out var entry) && entry.Errors.Count > 0,
            _ => false,
        };
        if (!adaGalat) output.SuppressOutput();
    }
}
