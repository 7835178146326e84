/// A Traffic Light Protocol level, ordered from least to most restrictive.
///
/// TLP 1.0 WHITE is read as CLEAR (TLP 2.0 renamed it).
public enum TLP: String, Sendable, CaseIterable, Comparable {
    /// TLP:CLEAR (TLP 1.0 WHITE): no limit on disclosure.
    case clear
    /// TLP:GREEN: the recipient's community.
    case green
    /// TLP:AMBER: the recipient's organisation and its clients.
    case amber
    /// TLP:AMBER+STRICT: the recipient's organisation only.
    case amberStrict = "amber+strict"
    /// TLP:RED: the named recipients only.
    case red

    /// The label as written in documents, e.g. `"TLP:AMBER+STRICT"`.
    public var displayName: String {
        "TLP:" + self.rawValue.uppercased()
    }

    /// Parses a label such as `"clear"`, `"white"`, `"TLP:GREEN"` or `"amber+strict"`, ignoring case and spaces.
    public init?(label: String) {
        var text = label.trimmingSpaces().lowercased()
        if text.hasPrefix("tlp:") {
            text = String(text.dropFirst(4)).trimmingSpaces()
        }
        switch text {
        case "clear", "white": self = .clear
        case "green": self = .green
        case "amber": self = .amber
        case "amber+strict", "amber strict", "amber-strict": self = .amberStrict
        case "red": self = .red
        default: return nil
        }
    }

    private var rank: Int {
        switch self {
        case .clear: 0
        case .green: 1
        case .amber: 2
        case .amberStrict: 3
        case .red: 4
        }
    }

    public static func < (lhs: TLP, rhs: TLP) -> Bool {
        lhs.rank < rhs.rank
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
