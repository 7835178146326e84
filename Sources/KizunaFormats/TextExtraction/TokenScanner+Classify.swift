import STIXPatterns

/// Deciding what a token is.
extension TokenScanner {
    private static func isEdgePunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
    }

    /// Reports the observable that the token in `range` is, if any; `flags` are its or-ed byte flags when known.
    mutating func classify(_ range: Range<Int>, flags knownFlags: UInt16?, _ context: inout Context) {
        let flags = knownFlags ?? context.flags(range)
        if flags & (ByteClassTable.dot | ByteClassTable.colon | ByteClassTable.at) == 0 {
            self.classifyHash(range, flags: flags, &context)
        } else if flags & ByteClassTable.at != 0 {
            self.classifyEmail(range, &context)
        } else if flags & ByteClassTable.colon != 0 {
            self.classifyColonToken(range, flags: flags, &context)
        } else {
            let trimmed = context.trimmed(range, Self.isEdgePunctuation)
            guard !trimmed.isEmpty else { return }
            // Sentence punctuation around a digest or an address (`… is 9f86…08.`): classify what is inside.
            if trimmed.count < range.count {
                self.classify(trimmed, flags: nil, &context)
                return
            }
            if flags & (ByteClassTable.hexLetter | ByteClassTable.otherLetter | ByteClassTable.punctuation | ByteClassTable.high) == 0 {
                self.emit(.ipv4, trimmed, &context)
            } else if flags & (ByteClassTable.hexLetter | ByteClassTable.otherLetter | ByteClassTable.high) != 0 {
                self.emit(.domain, trimmed, heuristics: true, &context)
            }
        }
    }

    /// A hex token of exactly 32, 40, 64 or 128 digits is a digest.
    private mutating func classifyHash(_ range: Range<Int>, flags: UInt16, _ context: inout Context) {
        guard flags & (ByteClassTable.otherLetter | ByteClassTable.punctuation | ByteClassTable.high) == 0 else { return }
        switch range.count {
        case 32: self.emit(.md5, range, &context)
        case 40: self.emit(.sha1, range, &context)
        case 64: self.emit(.sha256, range, &context)
        case 128: self.emit(.sha512, range, &context)
        default: break
        }
    }

    /// `local@domain` at the token's last `@` (then its domain too); the local part starts after an earlier `@` or `:`, the
    /// domain ends at a `:`.
    private mutating func classifyEmail(_ range: Range<Int>, _ context: inout Context) {
        let text = context.text
        var at = range.upperBound - 1
        while text[at] != UInt8(ascii: "@") { at -= 1 }
        var localStart = at
        while localStart > range.lowerBound, text[localStart - 1] != UInt8(ascii: "@"), text[localStart - 1] != UInt8(ascii: ":") {
            localStart -= 1
        }
        var domainEnd = at + 1
        while domainEnd < range.upperBound, text[domainEnd] != UInt8(ascii: ":") { domainEnd += 1 }
        let local = context.trimmed(localStart..<at) { $0 == UInt8(ascii: ".") }
        let domain = context.trimmed((at + 1)..<domainEnd, Self.isEdgePunctuation)
        guard !local.isEmpty, !domain.isEmpty, domain.lowerBound == at + 1, local.upperBound == at else {
            if !domain.isEmpty { self.classify(domain, flags: nil, &context) }
            return
        }
        guard self.withCanonical(context.slice(domain), as: .domain, DomainHeuristics.isLikelyDomain) == true else { return }
        if self.emit(.email, local.lowerBound..<domain.upperBound, &context) { self.emit(.domain, domain, &context) }
    }

    /// An IPv6 address, or else the `:`-separated parts one by one (`host:port`, `1.2.3.4:443`, `key:value`).
    private mutating func classifyColonToken(_ range: Range<Int>, flags: UInt16, _ context: inout Context) {
        if flags & (ByteClassTable.otherLetter | ByteClassTable.punctuation | ByteClassTable.high) == 0 {
            let trimmed = context.trimmed(range) { $0 == UInt8(ascii: ".") }
            var colons = 0
            var hexDigits = 0
            for index in trimmed {
                if context.text[index] == UInt8(ascii: ":") { colons += 1 } else { hexDigits += 1 }
            }
            if colons >= 2, hexDigits > 0, self.emit(.ipv6, trimmed, &context) { return }
        }
        var partStart = range.lowerBound
        for index in range where context.text[index] == UInt8(ascii: ":") {
            if index > partStart { self.classify(partStart..<index, flags: nil, &context) }
            partStart = index + 1
        }
        if range.upperBound > partStart { self.classify(partStart..<range.upperBound, flags: nil, &context) }
    }
}
