/// Parsing and RFC 5952 text of IPv6 addresses.
enum IPv6Text {
    /// The eight groups of the address in `bytes` (RFC 4291 text, optional embedded IPv4, optional `%zone`), or nil.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> SIMD8<UInt16>? {
        var end = bytes.count
        if let percent = bytes.firstIndex(of: UInt8(ascii: "%")) {
            guard percent + 1 < end else { return nil }
            end = percent
        }
        var groups = SIMD8<UInt16>()
        var count = 0
        var compressAt = -1
        var index = 0
        let colon = UInt8(ascii: ":")
        if end >= 2, bytes[0] == colon, bytes[1] == colon {
            compressAt = 0
            index = 2
        } else if end >= 1, bytes[0] == colon {
            return nil
        }
        while index < end {
            guard count < 8 else { return nil }
            let groupStart = index
            var value: UInt32 = 0
            var digits = 0
            while index < end, let digit = HexDigits.value(bytes[index]) {
                value = value << 4 | UInt32(digit)
                digits += 1
                index += 1
                guard digits <= 4 else { return nil }
            }
            if index < end, bytes[index] == UInt8(ascii: ".") {
                guard count <= 6,
                    let address = IPv4Text.parse(UnsafeRawBufferPointer(rebasing: bytes[groupStart..<end]))
                else { return nil }
                groups[count] = UInt16(address >> 16)
                groups[count + 1] = UInt16(address & 0xFFFF)
                count += 2
                index = end
                break
            }
            guard digits > 0 else { return nil }
            groups[count] = UInt16(value)
            count += 1
            if index == end { break }
            guard bytes[index] == colon else { return nil }
            index += 1
            if index < end, bytes[index] == colon {
                guard compressAt < 0 else { return nil }
                compressAt = count
                index += 1
            } else if index == end {
                return nil
            }
        }
        if compressAt >= 0 {
            guard count < 8 else { return nil }
            let moved = count - compressAt
            var result = SIMD8<UInt16>()
            for offset in 0..<compressAt { result[offset] = groups[offset] }
            for offset in 0..<moved { result[8 - moved + offset] = groups[compressAt + offset] }
            return result
        }
        return count == 8 ? groups : nil
    }

    /// Appends `groups` in RFC 5952 form.
    static func append(_ groups: SIMD8<UInt16>, to output: inout ByteWriter) {
        if groups[0] == 0, groups[1] == 0, groups[2] == 0, groups[3] == 0, groups[4] == 0, groups[5] == 0xFFFF {
            output.append(contentsOf: "::ffff:".utf8)
            IPv4Text.append(UInt32(groups[6]) << 16 | UInt32(groups[7]), to: &output)
            return
        }
        let run = IPAddressText.compressedRun(groups)
        var index = 0
        while index < 8 {
            if let run, index == run.lowerBound {
                output.append(contentsOf: "::".utf8)
                index = run.upperBound
                continue
            }
            if index > 0, index != run?.upperBound { output.append(UInt8(ascii: ":")) }
            IPAddressText.forEachHexDigit(of: groups[index]) { output.append($0) }
            index += 1
        }
    }

    /// Writes the RFC 5952 form of `bytes`.
    static func canonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        guard let groups = Self.parse(bytes) else { return false }
        Self.append(groups, to: &output)
        return true
    }
}
