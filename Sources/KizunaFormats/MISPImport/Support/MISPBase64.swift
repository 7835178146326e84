/// Checking the base64 content of MISP `attachment` and `malware-sample` attributes.
enum MISPBase64 {
    /// Whether `text` is padded standard base64 (RFC 4648 §4), as STIX `binary` properties require.
    static func isBase64(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count % 4 == 0 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "/"):
                continue
            case UInt8(ascii: "="):
                guard index >= bytes.count - 2, bytes[index...].allSatisfy({ $0 == UInt8(ascii: "=") }) else { return false }
            default:
                return false
            }
        }
        return true
    }
}
