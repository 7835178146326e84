/// One text per IP network, for keys compared with values of any property (the `value` of a referenced object):
/// the evaluator finds an address constant equal to every text of the same network (`198.51.100.7/32`,
/// `2001:DB8:0:0::1`), so such keys and the probed values are both written this way.
enum NetworkText {
    /// The canonical text of the address or CIDR network in `bytes` (as ``IPAddressParser`` reads it), or nil when
    /// it is neither: a dotted quad or RFC 5952 text of the network's first address, with `/length` unless it is a
    /// single address.
    static func canonical(_ bytes: UnsafeRawBufferPointer) -> String? {
        if let network = IPAddressParser.ipv4(bytes) {
            let quad = IPAddressText.text(ipv4: network.address)
            return network.prefixLength == 32 ? quad : quad + "/" + String(network.prefixLength)
        }
        if let network = IPAddressParser.ipv6(bytes) {
            var groups = SIMD8<UInt16>()
            for index in 0..<8 { groups[index] = UInt16(truncatingIfNeeded: network.address >> UInt128(16 * (7 - index))) }
            let text = IPAddressText.text(ipv6: groups)
            return network.prefixLength == 128 ? text : text + "/" + String(network.prefixLength)
        }
        return nil
    }

    /// The canonical text of `text` when it is an address or network, or nil.
    static func canonical(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { Self.canonical(UnsafeRawBufferPointer($0)) }
    }
}
