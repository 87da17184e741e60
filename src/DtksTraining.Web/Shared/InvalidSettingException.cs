namespace DtksTraining.Web.Shared;

// A setting the app cannot start with; the message names the key and what it accepts, in Bahasa.
public sealed class InvalidSettingException(string message) : Exception(message);
