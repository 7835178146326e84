/// Reading IPv4 and IPv6 addresses from text, for other modules (the same parsers as normalisation).
public enum IPAddressText {
    /// The address of a dotted quad (four decimal parts of 1–3 digits, each ≤ 255), or nil.
    public static func ipv4(_ text: some StringProtocol) -> UInt32? {
        var text = String(text)
        return text.withUTF8 { IPv4Text.parse(UnsafeRawBufferPointer($0)) }
    }

    /// The eight 16-bit groups of an address in RFC 4291 text (`::` and a trailing dotted quad allowed), or nil.
    public static func ipv6(_ text: some StringProtocol) -> SIMD8<UInt16>? {
        var text = String(text)
        return text.withUTF8 { IPv6Text.parse(UnsafeRawBufferPointer($0)) }
    }
}
