import STIXPatterns

/// URLs and their hosts.
extension TokenScanner {
    /// The start of an `http`, `https` or `ftp` scheme (any case) that ends at `colon`, or nil.
    static func schemeStart(_ text: UnsafeRawBufferPointer, colon: Int, tokenStart: Int) -> Int? {
        var start = colon
        var packed: UInt64 = 0
        while start > tokenStart, colon - start < 6, text[start - 1] | 0x20 &- UInt8(ascii: "a") < 26 { start -= 1 }
        let length = colon - start
        guard length >= 3, length <= 5 else { return nil }
        if start > tokenStart, text[start - 1] | 0x20 &- UInt8(ascii: "a") < 26 { return nil }
        for index in start..<colon { packed = packed << 8 | UInt64(text[index] | 0x20) }
        switch packed {
        case 0x6874_7470, 0x68_7474_7073, 0x66_7470: return start  // http, https, ftp
        default: return nil
        }
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: ")"), UInt8(ascii: "]"):
            true
        default: false
        }
    }

    /// Reports the URL whose scheme starts at `start` and then its host; returns where scanning continues.
    mutating func scanURL(from start: Int, colon: Int, _ context: inout Context) -> Int {
        let text = context.text
        var end = colon + 3
        while end < text.count, context.table[Int(text[end])] & ByteClassTable.urlEnd == 0 { end += 1 }
        let scanEnd = end
        while end > colon + 3, Self.isTrailingPunctuation(text[end - 1]) { end -= 1 }
        var authorityEnd = colon + 3
        while authorityEnd < end, text[authorityEnd] != UInt8(ascii: "/"), text[authorityEnd] != UInt8(ascii: "?"),
            text[authorityEnd] != UInt8(ascii: "#")
        {
            authorityEnd += 1
        }
        var hostStart = colon + 3
        for index in hostStart..<authorityEnd where text[index] == UInt8(ascii: "@") { hostStart = index + 1 }
        guard hostStart < authorityEnd, self.emit(.url, start..<end, &context) else { return scanEnd }
        if text[hostStart] == UInt8(ascii: "[") {
            var close = hostStart + 1
            while close < authorityEnd, text[close] != UInt8(ascii: "]") { close += 1 }
            self.emit(.ipv6, (hostStart + 1)..<close, &context)
        } else {
            var hostEnd = hostStart
            while hostEnd < authorityEnd, text[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            if hostEnd > hostStart, text[hostEnd - 1] == UInt8(ascii: ".") { hostEnd -= 1 }
            if !self.emit(.ipv4, hostStart..<hostEnd, &context) { self.emit(.domain, hostStart..<hostEnd, &context) }
        }
        return scanEnd
    }
}
