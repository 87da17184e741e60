namespace DtksTraining.Web.Shared;

public class OutboxMail
{
    public long Id { get; set; }
    public required string DedupKey { get; set; }
    public required string Kepada { get; set; }
    public required string Subjek { get; set; }
    public required byte[] Mime { get; set; }
    public DateTimeOffset DibuatPada { get; set; }
    public DateTimeOffset? TerkirimPada { get; set; }
    public string? DikirimLewat { get; set; }
    public int Percobaan { get; set; }
    public string? GalatTerakhir { get; set; }
    // Null: due now. While a node sends, its claim lease; after a failure, the next try.
    public DateTimeOffset? KirimSetelah { get; set; }
    public DateTimeOffset? DicobaPada { get; set; }
}
