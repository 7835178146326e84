public import STIX

/// A MISP tag as a feed writes it: a machine-tag name such as `tlp:amber` or
/// `misp-galaxy:mitre-attack-pattern="Phishing - T1566"`, and its display colour.
public struct MISPTag: Sendable, Hashable {
    /// The tag name.
    public let name: String
    /// The colour MISP shows it in, `#rrggbb`.
    public let colour: String

    /// A tag named `name` in `colour`.
    public init(name: String, colour: String) {
        self.name = name
        self.colour = colour
    }

    /// The MISP `tlp` taxonomy tag for `level`, e.g. `tlp:amber+strict`, in the taxonomy's colour.
    public static func tlp(_ level: TLP) -> MISPTag {
        let colour =
            switch level {
            case .clear: "#ffffff"
            case .green: "#33FF00"
            case .amber, .amberStrict: "#FFC000"
            case .red: "#FF2B2B"
            }
        return MISPTag(name: "tlp:" + level.rawValue, colour: colour)
    }

    /// The tag's feed JSON, with PyMISP's fields in its (sorted) order.
    var feedJSON: JSONValue {
        ["colour": .string(self.colour), "local": false, "name": .string(self.name), "relationship_type": ""]
    }
}
