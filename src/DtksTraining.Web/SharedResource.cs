namespace DtksTraining.Web;

// Marker for the one resource set of UI strings: Bahasa Indonesia keys, English in Resources/SharedResource.en.resx.
public sealed class SharedResource;
