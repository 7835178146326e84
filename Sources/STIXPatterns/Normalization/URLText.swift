/// Canonical text of URLs with an authority (`scheme://host…`).
enum URLText {
    /// The default port of `scheme` (lowercase), or nil.
    private static func defaultPort(_ scheme: UnsafeRawBufferPointer) -> Int? {
        guard scheme.count <= 5 else { return nil }
        var packed: UInt64 = 0
        for byte in scheme { packed = packed << 8 | UInt64(byte) }
        switch packed {
        case 0x6874_7470, 0x7773: return 80  // http, ws
        case 0x68_7474_7073, 0x77_7373: return 443  // https, wss
        case 0x66_7470: return 21  // ftp
        default: return nil
        }
    }

    /// Writes the canonical form of the URL in `bytes` (see ``ObservableNormalizer``).
    static func canonical(_ bytes: UnsafeRawBufferPointer, into output: inout ByteWriter) -> Bool {
        let count = bytes.count
        guard count > 0, ByteClass.isLetter(bytes[0]) else { return false }
        var index = 0
        while index < count {
            let byte = bytes[index]
            guard
                ByteClass.isLetter(byte) || ByteClass.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: ".")
            else { break }
            output.append(ByteClass.lowercased(byte))
            index += 1
        }
        guard index + 2 < count + 0, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"),
            bytes[index + 2] == UInt8(ascii: "/")
        else { return false }
        let defaultPort = Self.defaultPort(output.bytes(0..<index))
        output.append(contentsOf: "://".utf8)
        index += 3
        var authorityEnd = index
        while authorityEnd < count, bytes[authorityEnd] != UInt8(ascii: "/"), bytes[authorityEnd] != UInt8(ascii: "?"),
            bytes[authorityEnd] != UInt8(ascii: "#")
        {
            authorityEnd += 1
        }
        guard
            Self.appendAuthority(
                UnsafeRawBufferPointer(rebasing: bytes[index..<authorityEnd]), defaultPort: defaultPort, to: &output)
        else { return false }
        var pathEnd = authorityEnd
        while pathEnd < count, bytes[pathEnd] != UInt8(ascii: "?"), bytes[pathEnd] != UInt8(ascii: "#") { pathEnd += 1 }
        Self.appendPath(UnsafeRawBufferPointer(rebasing: bytes[authorityEnd..<pathEnd]), to: &output)
        if pathEnd < count, bytes[pathEnd] == UInt8(ascii: "?") {
            var queryEnd = pathEnd + 1
            while queryEnd < count, bytes[queryEnd] != UInt8(ascii: "#") { queryEnd += 1 }
            output.append(UInt8(ascii: "?"))
            Self.appendPercentNormalized(UnsafeRawBufferPointer(rebasing: bytes[(pathEnd + 1)..<queryEnd]), to: &output)
        }
        return true
    }

    /// Appends `[userinfo@]host[:port]` with the host canonical and the default or empty port dropped.
    private static func appendAuthority(_ authority: UnsafeRawBufferPointer, defaultPort: Int?, to output: inout ByteWriter) -> Bool {
        var hostStart = 0
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            Self.appendPercentNormalized(UnsafeRawBufferPointer(rebasing: authority[0..<at]), to: &output)
            output.append(UInt8(ascii: "@"))
            hostStart = at + 1
        }
        var hostEnd = authority.count
        var portStart = authority.count
        if hostStart < authority.count, authority[hostStart] == UInt8(ascii: "[") {
            guard let close = authority[hostStart...].firstIndex(of: UInt8(ascii: "]")) else { return false }
            output.append(UInt8(ascii: "["))
            guard IPv6Text.canonical(UnsafeRawBufferPointer(rebasing: authority[(hostStart + 1)..<close]), into: &output) else {
                return false
            }
            output.append(UInt8(ascii: "]"))
            if close + 1 < authority.count {
                guard authority[close + 1] == UInt8(ascii: ":") else { return false }
                portStart = close + 2
            }
        } else {
            if let colon = authority[hostStart...].firstIndex(of: UInt8(ascii: ":")) {
                hostEnd = colon
                portStart = colon + 1
            }
            let host = UnsafeRawBufferPointer(rebasing: authority[hostStart..<hostEnd])
            if let address = IPv4Text.parse(host) {
                IPv4Text.append(address, to: &output)
            } else {
                var end = host.count
                if end > 0, host[end - 1] == UInt8(ascii: ".") { end -= 1 }
                guard DomainText.canonical(UnsafeRawBufferPointer(rebasing: host[0..<end]), into: &output) else { return false }
            }
        }
        guard portStart < authority.count else { return true }
        var port = 0
        for byte in authority[portStart...] {
            guard ByteClass.isDigit(byte), port <= 65535 else { return false }
            port = port * 10 + Int(byte &- 0x30)
        }
        guard port <= 65535 else { return false }
        if port != defaultPort {
            output.append(UInt8(ascii: ":"))
            ByteClass.appendDecimal(port, to: &output)
        }
        return true
    }

    /// Appends the path percent-normalised with dot segments removed (RFC 3986 5.2.4), `/` when empty.
    private static func appendPath(_ path: UnsafeRawBufferPointer, to output: inout ByteWriter) {
        let pathStart = output.count
        var segmentStart = path.first == UInt8(ascii: "/") ? 1 : 0
        var lastWasDot = false
        while segmentStart <= path.count {
            var segmentEnd = segmentStart
            while segmentEnd < path.count, path[segmentEnd] != UInt8(ascii: "/") { segmentEnd += 1 }
            let slash = output.count
            output.append(UInt8(ascii: "/"))
            Self.appendPercentNormalized(UnsafeRawBufferPointer(rebasing: path[segmentStart..<segmentEnd]), to: &output)
            let length = output.count - slash - 1
            let isDot = length == 1 && output[slash + 1] == UInt8(ascii: ".")
            let isDotDot = length == 2 && output[slash + 1] == UInt8(ascii: ".") && output[slash + 2] == UInt8(ascii: ".")
            lastWasDot = isDot || isDotDot
            if lastWasDot {
                output.truncate(to: slash)
                if isDotDot, let previous = output.lastIndex(of: UInt8(ascii: "/"), from: pathStart) {
                    output.truncate(to: previous)
                }
            }
            segmentStart = segmentEnd + 1
        }
        if lastWasDot || output.count == pathStart { output.append(UInt8(ascii: "/")) }
    }

    /// Appends `bytes` with `%XX` of unreserved characters decoded, other escapes' hex uppercased, and bytes outside
    /// printable ASCII percent-encoded.
    private static func appendPercentNormalized(_ bytes: UnsafeRawBufferPointer, to output: inout ByteWriter) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count + 0, let high = HexDigits.value(bytes[index + 1]),
                let low = HexDigits.value(bytes[index + 2])
            {
                let value = high << 4 | low
                if ByteClass.isLetter(value) || ByteClass.isDigit(value) || value == UInt8(ascii: "-") || value == UInt8(ascii: ".")
                    || value == UInt8(ascii: "_") || value == UInt8(ascii: "~")
                {
                    output.append(value)
                } else {
                    output.append(UInt8(ascii: "%"))
                    output.append(ByteClass.upperHexDigit(high))
                    output.append(ByteClass.upperHexDigit(low))
                }
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F {
                output.append(UInt8(ascii: "%"))
                output.append(ByteClass.upperHexDigit(byte >> 4))
                output.append(ByteClass.upperHexDigit(byte & 0xF))
            } else {
                output.append(byte)
            }
            index += 1
        }
    }
}
