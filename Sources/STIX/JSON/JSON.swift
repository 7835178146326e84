/// Parsing and writing JSON as UTF-8 bytes, the fast path of bulk ingest.
///
/// The parser accepts exactly RFC 8259 JSON: it rejects trailing data, invalid escapes, lone
/// surrogates, unescaped control characters, leading zeros, invalid UTF-8, duplicate keys and
/// nesting deeper than 512 levels. The writer produces compact JSON, keeps key order, writes
/// numbers from their literal text and passes non-ASCII through as UTF-8.
public enum JSON {
    /// Parses one JSON document from UTF-8 bytes.
    ///
    /// - Throws: `JSONSyntaxError` with the byte offset, line and column of the first problem.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes)
        return try parser.parseDocument()
    }

    /// Parses one JSON document from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try Self.parse(buffer) }
        }
        return try result.get()
    }

    /// Parses one JSON document from text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONSyntaxError) in try Self.parse(UnsafeRawBufferPointer(buffer)) }
        }
        return try result.get()
    }

    /// Writes `value` as compact JSON.
    public static func serialize(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        JSONWriter.write(value, into: &output)
        return output
    }

    /// Appends `value` as compact JSON to `output`.
    public static func serialize(_ value: JSONValue, into output: inout [UInt8]) {
        JSONWriter.write(value, into: &output)
    }

    /// Writes `value` as compact JSON text.
    public static func serializeString(_ value: JSONValue) -> String {
        String(decoding: Self.serialize(value), as: UTF8.self)
    }
}
