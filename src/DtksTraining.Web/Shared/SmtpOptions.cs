using System.ComponentModel.DataAnnotations;

namespace DtksTraining.Web.Shared;

public enum SmtpTlsMode { None, StartTls, SslOnConnect, Auto }

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    [Range(1, 65535, ErrorMessage = "Smtp:Port harus 1 sampai 65535.")] public int Port { get; set; } = 25;
    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.Auto;
    public string? User { get; set; }
    public string? Password { get; set; }
    [Required(ErrorMessage = "Smtp:From wajib diisi."), EmailAddress(ErrorMessage = "Smtp:From harus alamat surel.")] public string From { get; set; } = "noreply@dinsos.pesawarankab.go.id";
    public string FromName { get; set; } = "Dinas Sosial Kabupaten Pesawaran";
}
