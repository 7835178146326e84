import STIX

/// Integer constants and JSON numbers as the equality table keys them: 8 little-endian bytes.
enum IntegerKey {
    /// The key bytes of `number`.
    static func bytes(of number: Int64) -> [UInt8] {
        withUnsafeBytes(of: number.littleEndian) { Array($0) }
    }

    /// The integer a JSON value holds, when it is a number with an integral value.
    static func integer(_ value: JSONValue) -> Int64? {
        value.numberValue?.intValue.map(Int64.init)
    }
}
