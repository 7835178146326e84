extension PatternParser {
    /// `objectType ':' firstPathComponent (('.' key) | ('[' index ']'))*`.
    mutating func parseObjectPath() throws(PatternSyntaxError) -> ObjectPath {
        guard case .identifier(let objectType) = self.current.kind else {
            throw self.unexpected("expected an object type such as 'file'")
        }
        guard Self.isObjectTypeName(objectType) else {
            throw PatternSyntaxError(
                at: self.current.offset,
                "invalid object type '\(objectType)': expected lowercase letters, digits and hyphens, starting with a letter")
        }
        self.advance()
        try self.expect(.colon, "expected ':' after the object type '\(objectType)'")
        var steps = [PathStep.property(try self.parseKey(after: "':'"))]
        while true {
            switch self.current.kind {
            case .dot:
                self.advance()
                steps.append(.property(try self.parseKey(after: "'.'")))
            case .leftBracket:
                self.advance()
                steps.append(try self.parseIndex())
                try self.expect(.rightBracket, "expected ']' to close the list index")
            default:
                return ObjectPath(objectType: objectType, steps: steps)
            }
        }
    }

    /// A property name (identifier without hyphens) or a quoted key.
    private mutating func parseKey(after previous: String) throws(PatternSyntaxError) -> String {
        switch self.current.kind {
        case .literal(.string(let key)):
            self.advance()
            return key
        case .identifier(let name) where !name.contains("-"):
            self.advance()
            return name
        case .identifier(let name):
            throw PatternSyntaxError(
                at: self.current.offset, "property name '\(name)' contains '-': quote it as a string key")
        default:
            throw self.unexpected("expected a property name or quoted key after \(previous)")
        }
    }

    /// An integer index or `*`.
    private mutating func parseIndex() throws(PatternSyntaxError) -> PathStep {
        switch self.current.kind {
        case .asterisk:
            self.advance()
            return .anyIndex
        case .literal(.integer(let value)):
            guard let index = Int(exactly: value) else { throw self.unexpected("expected a list index") }
            self.advance()
            return .index(index)
        default:
            throw self.unexpected("expected an integer or '*' as list index")
        }
    }

    /// Whether `name` is a STIX object type name: lowercase ASCII letters, digits and hyphens, starting with a letter.
    static func isObjectTypeName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || Lexer.isDigit(byte) || byte == UInt8(ascii: "-")
        }
    }
}
