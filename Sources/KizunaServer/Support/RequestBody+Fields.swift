import Foundation
import Hummingbird
import KizunaCore
import NIOCore
import STIX

/// A JSON request body of an administration endpoint, read field by field with precise errors.
struct RequestFields {
    let object: JSONObject

    /// Collects and parses the body; it must be a JSON object of at most `limit` bytes (64 KiB for
    /// administration requests).
    static func read(_ request: Request, upTo limit: Int = 64 * 1024) async throws -> RequestFields {
        let body = try await request.bytes(upTo: limit)
        let value: JSONValue
        do {
            value = try JSON.parse(body)
        } catch {
            throw KizunaError.invalidInput(path: "$", reason: "malformed JSON: \(error)")
        }
        guard let object = value.objectValue else {
            throw KizunaError.invalidInput(path: "$", reason: "expected a JSON object")
        }
        return RequestFields(object: object)
    }

    func string(_ key: String) throws -> String {
        guard let value = try self.optionalString(key) else {
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "required")
        }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let value = self.object[key], value != .null else { return nil }
        guard let string = value.stringValue else {
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "expected a string")
        }
        return string
    }

    func optionalInt(_ key: String) throws -> Int64? {
        guard let value = self.object[key], value != .null else { return nil }
        guard let int = value.intValue else {
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "expected an integer")
        }
        return Int64(int)
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = self.object[key], value != .null else { return [] }
        guard let array = value.arrayValue else {
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "expected a list of strings")
        }
        return try array.enumerated().map { index, element in
            guard let string = element.stringValue else {
                throw KizunaError.invalidInput(path: "$.\(key)[\(index)]", reason: "expected a string")
            }
            return string
        }
    }

    func optionalTimestamp(_ key: String) throws -> Date? {
        guard let text = try self.optionalString(key) else { return nil }
        guard let timestamp = Timestamp(text) else {
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "'\(text)' is not an RFC 3339 UTC timestamp")
        }
        return timestamp.date
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = try self.optionalString(key) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw KizunaError.invalidInput(path: "$.\(key)", reason: "'\(text)' is not one of: \(allowed)")
        }
        return value
    }

    /// Rejects keys the endpoint does not know, so a typo is not silently ignored.
    func allowOnly(_ keys: Set<String>) throws {
        if let unknown = self.object.keys.first(where: { !keys.contains($0) }) {
            let allowed = keys.sorted().joined(separator: ", ")
            throw KizunaError.invalidInput(path: "$.\(unknown)", reason: "unknown field; allowed: \(allowed)")
        }
    }
}
