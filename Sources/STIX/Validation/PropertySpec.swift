/// The JSON shape a STIX property must have.
public indirect enum PropertyKind: Sendable, Hashable {
    /// A JSON string.
    case string
    /// An RFC 3339 UTC timestamp string.
    case timestamp
    /// `true` or `false`.
    case boolean
    /// An integer, optionally bounded.
    case integer(ClosedRange<Int>?)
    /// Any number, optionally bounded.
    case number(ClosedRange<Double>?)
    /// An identifier whose type satisfies `ReferenceTarget`.
    case identifier(ReferenceTarget)
    /// A non-empty list whose elements have the given kind.
    case list(PropertyKind)
    /// A JSON object with any values.
    case dictionary
    /// A hashes dictionary: algorithm name → hash string.
    case hashes
    /// A list of kill-chain phases.
    case killChainPhases
    /// A list of external references.
    case externalReferences
    /// A list of granular markings.
    case granularMarkings
    /// A string that should come from an open vocabulary (any string is allowed).
    case openVocabulary(String)
    /// A string from a closed set.
    case enumeration([String])
    /// An absolute URI (RFC 3986): a scheme such as `https:` and no white space.
    case uri
    /// A string of hexadecimal digits.
    case hex
    /// A base64 string.
    case binary
    /// An email-message's list of MIME parts.
    case mimeParts
    /// A windows-registry-key's list of values.
    case registryValues

    /// What a value of this kind is, for messages ("expected a list of strings").
    public var expectation: String {
        switch self {
        case .string, .openVocabulary: "a string"
        case .timestamp: "an RFC 3339 UTC timestamp string (e.g. 2024-01-02T03:04:05.678Z)"
        case .boolean: "a boolean"
        case .integer(let range?): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .integer(nil): "an integer"
        case .number(let range?): "a number from \(range.lowerBound) to \(range.upperBound)"
        case .number(nil): "a number"
        case .identifier(let target): "an identifier of \(target.expectation)"
        case .list(let element): "a list of \(element.pluralExpectation)"
        case .dictionary: "an object"
        case .hashes: "a hashes object mapping algorithm names to hash strings"
        case .killChainPhases: "a list of kill-chain phases"
        case .externalReferences: "a list of external references"
        case .granularMarkings: "a list of granular markings"
        case .enumeration(let values): "one of " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .uri: "an absolute URI (RFC 3986) with a scheme such as https:"
        case .hex: "a string of hexadecimal digits"
        case .binary: "a base64-encoded string"
        case .mimeParts: "a list of MIME parts"
        case .registryValues: "a list of registry values"
        }
    }

    var pluralExpectation: String {
        switch self {
        case .string, .openVocabulary: "strings"
        case .timestamp: "timestamps"
        case .identifier(let target): "identifiers of \(target.expectation)"
        case .integer: "integers"
        case .dictionary: "objects"
        default: "values of \(self.expectation)"
        }
    }
}

/// Which objects a reference property may point at.
public enum ReferenceTarget: Sendable, Hashable {
    /// Any object type.
    case any
    /// Exactly these types.
    case types([String])
    /// Any type of these categories.
    case categories([STIXCategory])
    /// Any type except these.
    case anyExcept([String])

    /// Whether an identifier of type `type` is allowed.
    public func allows(_ type: String) -> Bool {
        switch self {
        case .any: true
        case .types(let types): types.contains(type)
        case .categories(let categories): categories.contains(STIXCategory(type: type))
        case .anyExcept(let types): !types.contains(type)
        }
    }

    var expectation: String {
        switch self {
        case .any: "any object"
        case .types(let types): "type " + types.joined(separator: " or ")
        case .categories(let categories): categories.map(\.label).joined(separator: " or ")
        case .anyExcept(let types): "any type but " + types.joined(separator: ", ")
        }
    }
}

extension STIXCategory {
    var label: String {
        switch self {
        case .sdo: "an SDO"
        case .sro: "an SRO"
        case .sco: "an SCO"
        case .markingDefinition: "a marking-definition"
        case .extensionDefinition: "an extension-definition"
        case .languageContent: "a language-content"
        case .custom: "a custom object"
        }
    }
}

/// One property of a STIX type: its name, kind and whether it is required.
public struct PropertySpec: Sendable, Hashable {
    /// The property name.
    public let name: String
    /// The JSON shape of its value.
    public let kind: PropertyKind
    /// Whether the property must be present.
    public let isRequired: Bool

    /// Creates a property specification.
    public init(_ name: String, _ kind: PropertyKind, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.isRequired = required
    }

    static func required(_ name: String, _ kind: PropertyKind) -> PropertySpec {
        PropertySpec(name, kind, required: true)
    }

    static func optional(_ name: String, _ kind: PropertyKind) -> PropertySpec {
        PropertySpec(name, kind, required: false)
    }
}

/// A rule across several properties of one object.
public enum PropertyRule: Sendable, Hashable {
    /// `later` must not be before `earlier` (both timestamps).
    case notBefore(later: String, earlier: String)
    /// `later` must be strictly after `earlier` (both timestamps).
    case after(later: String, earlier: String)
    /// At least one of the properties must be present.
    case atLeastOne([String])
    /// Exactly one of the properties must be present.
    case exactlyOne([String])
    /// The properties must be present together or not at all.
    case together([String])
    /// When `property` is present, all of `requires` must be too.
    case requires(property: String, requires: [String])
    /// The properties must not appear together.
    case mutuallyExclusive([String])
    /// When boolean `flag` is `true`, `property` must be present.
    case requiredWhenTrue(flag: String, property: String)
    /// `property` may only be present when boolean `flag` has the value `value`.
    case onlyWhen(property: String, flag: String, is: Bool)
    /// A windows-registry-key's `key` names its hive in full (`HKEY_LOCAL_MACHINE`), never abbreviated (`HKLM`).
    case fullHiveName
}
