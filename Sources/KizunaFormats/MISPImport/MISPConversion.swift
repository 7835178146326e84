public import STIX

/// The STIX 2.1 objects made from one MISP event, with what happened to each of its items.
public struct MISPConversion: Sendable {
    /// The MISP event's `uuid`.
    public let eventUUID: String
    /// The MISP event's `info` (its title).
    public let info: String
    /// The STIX 2.1 objects, each valid for `STIXValidator`, each once: the TLP marking-definitions
    /// used, the creator `identity`, the event's `grouping`, then what its items made.
    public let objects: [JSONValue]
    /// One outcome per MISP attribute, object and galaxy cluster, in input order.
    public let items: [MISPItemOutcome]
    /// The TLP level of the event's `tlp:*` tag, if it has one.
    public let tlp: TLP?

    /// Creates a conversion result.
    public init(eventUUID: String, info: String, objects: [JSONValue], items: [MISPItemOutcome], tlp: TLP?) {
        self.eventUUID = eventUUID
        self.info = info
        self.objects = objects
        self.items = items
        self.tlp = tlp
    }
}
