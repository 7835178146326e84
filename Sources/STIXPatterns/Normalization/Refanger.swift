/// The byte-level refanging shared by ``ObservableNormalizer/refang(_:into:)`` and the log extractor.
enum Refanger {
    /// Bracketed defanged tokens (without brackets) and what they stand for, longest first where one prefixes another.
    private static let bracketed: [(inner: [UInt8], replacement: [UInt8])] = [
        (Array("://".utf8), Array("://".utf8)), (Array(":".utf8), Array(":".utf8)), (Array(".".utf8), Array(".".utf8)),
        (Array("dot".utf8), Array(".".utf8)), (Array("@".utf8), Array("@".utf8)), (Array("at".utf8), Array("@".utf8)),
        (Array("/".utf8), Array("/".utf8)),
    ]

    /// Whether `text` holds bytes that can start a defanged form (`[`, `(`, `{`, `h`, `f`, either case).
    @inline(__always) static func mayStartDefang(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "f"),
            UInt8(ascii: "F"):
            true
        default: false
        }
    }

    /// The length of the defanged form at `index` and what it stands for, or nil.
    static func match(_ bytes: UnsafeRawBufferPointer, at index: Int) -> (length: Int, replacement: [UInt8])? {
        let byte = bytes[index]
        let close: UInt8
        switch byte {
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        case UInt8(ascii: "{"): close = UInt8(ascii: "}")
        case UInt8(ascii: "h"), UInt8(ascii: "H"):
            guard Self.hasPrefix(bytes, at: index + 1, "xxp") else { return nil }
            if index + 5 < bytes.count, bytes[index + 4] | 0x20 == UInt8(ascii: "s"), Self.isSchemeFollower(bytes[index + 5]) {
                return (5, Array("https".utf8))
            }
            guard index + 4 < bytes.count, Self.isSchemeFollower(bytes[index + 4]) else { return nil }
            return (4, Array("http".utf8))
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            guard Self.hasPrefix(bytes, at: index + 1, "xp"), index + 3 < bytes.count, Self.isSchemeFollower(bytes[index + 3])
            else { return nil }
            return (3, Array("ftp".utf8))
        default: return nil
        }
        for (inner, replacement) in Self.bracketed {
            let closeIndex = index + 1 + inner.count
            guard closeIndex < bytes.count, bytes[closeIndex] == close else { continue }
            var equal = true
            for offset in 0..<inner.count where ByteClass.lowercased(bytes[index + 1 + offset]) != inner[offset] {
                equal = false
                break
            }
            if equal { return (inner.count + 2, replacement) }
        }
        return nil
    }

    /// Writes `bytes` refanged into `output`; `record` receives, for each byte written, the index it came from.
    @inline(__always)
    static func refang(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8], record: (Int) -> Void) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if Self.mayStartDefang(byte), let (length, replacement) = Self.match(bytes, at: index) {
                for replacementByte in replacement {
                    output.append(replacementByte)
                    record(index)
                }
                index += length
            } else {
                output.append(byte)
                record(index)
                index += 1
            }
        }
    }

    /// Writes `bytes` refanged into `output`.
    static func refang(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        Self.refang(bytes, into: &output) { _ in }
    }

    private static func isSchemeFollower(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{")
    }

    private static func hasPrefix(_ bytes: UnsafeRawBufferPointer, at index: Int, _ lowercasePrefix: StaticString) -> Bool {
        let count = lowercasePrefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let prefix = lowercasePrefix.utf8Start
        for offset in 0..<count where ByteClass.lowercased(bytes[index + offset]) != prefix[offset] { return false }
        return true
    }
}
