using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace DtksTraining.Web.Shared;

// An attribute without its own ErrorMessage (including the [Required] MVC adds to non-nullable types) falls back to
// .NET's English text ("The Ingat field is required."); give each one a Bahasa message that the localizer translates.
public sealed class IndonesianValidationMessages : IValidationMetadataProvider, IClientModelValidatorProvider
{
    public const string Wajib = "Kolom {0} wajib diisi.";
    public const string Panjang = "Kolom {0} paling panjang {1} karakter.";
    public const string Rentang = "Kolom {0} harus antara {1} dan {2}.";
    public const string Surel = "Kolom {0} harus berupa alamat e-mail.";
    public const string TidakSah = "Isian kolom {0} tidak sah.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>()) BeriPesan(attribute);
    }

    // MVC gives a non-nullable value type (a bool checkbox) its own message-less [Required] for data-val-required.
    public void CreateValidators(ClientValidatorProviderContext context)
    {
        foreach (var result in context.Results)
            if (result.Validator is RequiredAttributeAdapter adapter) BeriPesan(adapter.Attribute);
    }

    private static void BeriPesan(ValidationAttribute attribute)
    {
        if (!string.IsNullOrEmpty(attribute.ErrorMessage) || attribute.ErrorMessageResourceType is not null) return;
        attribute.ErrorMessage = attribute switch
        {
            RequiredAttribute => Wajib,
            StringLengthAttribute or MaxLengthAttribute => Panjang,
            RangeAttribute => Rentang,
            EmailAddressAttribute => Surel,
            _ => TidakSah,
        };
    }
}
