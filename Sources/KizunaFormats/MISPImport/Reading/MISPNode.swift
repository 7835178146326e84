import STIX

/// A JSON value inside a MISP document together with its JSON path, for precise errors.
struct MISPNode {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String) {
        self.value = value
        self.path = path
    }

    /// The member `key`, or `nil` when absent or JSON `null`.
    func member(_ key: String) -> MISPNode? {
        guard let child = self.value[key], !child.isNull else { return nil }
        return MISPNode(child, path: Self.memberPath(key, of: self.path))
    }

    /// Fails unless this node is a JSON object.
    func requireObject() throws(MISPStructureError) -> JSONObject {
        guard let object = self.value.objectValue else {
            throw self.error("expected an object, found \(self.value.typeName)")
        }
        return object
    }

    /// The elements of the array member `key` (empty when absent), failing when it is not an array.
    func array(_ key: String) throws(MISPStructureError) -> [MISPNode] {
        guard let child = self.member(key) else { return [] }
        return try child.elements()
    }

    /// The elements of this node, failing when it is not an array.
    func elements() throws(MISPStructureError) -> [MISPNode] {
        guard let elements = self.value.arrayValue else {
            throw self.error("expected an array, found \(self.value.typeName)")
        }
        return elements.enumerated().map { MISPNode($1, path: "\(self.path)[\($0)]") }
    }

    /// The string member `key`; numbers are accepted as their text. `nil` when absent.
    func string(_ key: String) throws(MISPStructureError) -> String? {
        guard let child = self.member(key) else { return nil }
        switch child.value {
        case .string(let text): return text
        case .number(let number): return number.text
        default: throw child.error("expected a string, found \(child.value.typeName)")
        }
    }

    /// The string member `key`, failing when it is absent.
    func requiredString(_ key: String) throws(MISPStructureError) -> String {
        guard let text = try self.string(key) else {
            throw MISPStructureError(path: Self.memberPath(key, of: self.path), message: "missing required string")
        }
        return text
    }

    /// The boolean member `key` (MISP writes `true`, `"1"`, `1` or `"true"`); `false` when absent.
    func flag(_ key: String) throws(MISPStructureError) -> Bool {
        guard let child = self.member(key) else { return false }
        switch child.value {
        case .bool(let flag): return flag
        case .number(let number): return number.intValue == 1
        case .string(let text) where ["1", "true", "True"].contains(text): return true
        case .string(let text) where ["0", "false", "False", ""].contains(text): return false
        default: throw child.error("expected a boolean, found \(child.value.typeName)")
        }
    }

    /// The Unix-time member `key` (a string or number of seconds); `nil` when absent.
    func epochSeconds(_ key: String) throws(MISPStructureError) -> Int64? {
        guard let child = self.member(key) else { return nil }
        let text: String
        switch child.value {
        case .string(let string): text = string
        case .number(let number): text = number.text
        default: throw child.error("expected a Unix timestamp, found \(child.value.typeName)")
        }
        guard let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 else {
            throw child.error("'\(text)' is not a Unix timestamp in seconds")
        }
        return seconds
    }

    func error(_ message: String) -> MISPStructureError {
        MISPStructureError(path: self.path, message: message)
    }

    static func memberPath(_ key: String, of base: String) -> String {
        let plain =
            !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            }
        return plain ? "\(base).\(key)" : "\(base)['\(key)']"
    }
}
