using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DtksTraining.Web.Shared;

// Whatever a form posts, binding hands the handler a usable value and leaves a Bahasa message for what it refused.
public static class FormBinding
{
    public static void UseSafeFormBinding(this MvcOptions options)
    {
        // `string` only promises "never null" (the binder below); a required field says so with [Required] and a Bahasa message.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelBinderProviders.Insert(0, new BinderProvider());
        options.ModelMetadataDetailsProviders.Add(new NonNullableStrings());
    }

    private sealed class BinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(bool) ? new CheckboxBinder()
            : context.Metadata.ModelType == typeof(string) && !context.Metadata.ConvertEmptyStringToNull ? new TextBinder()
            : null;
    }

    // A checkbox is on or off: anything but "true"/"on" is off, so a forged value cannot break the re-rendered form.
    private sealed class CheckboxBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var values = context.ValueProvider.GetValue(context.ModelName);
            if (values == ValueProviderResult.None) return Task.CompletedTask;
            var on = values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || v == "on");
            context.ModelState.SetModelValue(context.ModelName, on ? "true" : "false", on ? "true" : "false");
            context.Result = ModelBindingResult.Success(on);
            return Task.CompletedTask;
        }
    }

    // A `string` that is not `string?` is never null, even when the field is empty or missing; [Required] still refuses "".
    private sealed class TextBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var values = context.ValueProvider.GetValue(context.ModelName);
            if (values != ValueProviderResult.None) context.ModelState.SetModelValue(context.ModelName, values);
            context.Result = ModelBindingResult.Success(values.FirstValue ?? "");
            return Task.CompletedTask;
        }
    }

    private sealed class NonNullableStrings : IDisplayMetadataProvider
    {
        public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
        {
            if (context.Key.ModelType != typeof(string)) return;
            var nullability = new NullabilityInfoContext();
            var state = context.Key switch
            {
                { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } property } => nullability.Create(property).WriteState,
                { MetadataKind: ModelMetadataKind.Parameter, ParameterInfo: { } parameter } => nullability.Create(parameter).WriteState,
                _ => NullabilityState.Unknown,
            };
            if (state == NullabilityState.NotNull) context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
