namespace DtksTraining.Web.Shared;

public static class MailExtensions
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection("Smtp"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddScoped<MailDeliveryJob>();
        return builder;
    }
}
