/// Byte-level canonicalisation for hot paths: ASCII input never creates a `String`.
extension ObservableNormalizer {
    /// Writes the canonical form of the UTF-8 `bytes` as an observable of `kind` into `output` (replacing its contents)
    /// and returns true, or returns false when `bytes` is not one; gives exactly what ``canonical(_:as:)`` gives.
    public static func canonical(_ bytes: UnsafeRawBufferPointer, as kind: ObservableKind, into output: inout [UInt8]) -> Bool {
        output.removeAll(keepingCapacity: true)
        return withUnsafeTemporaryAllocation(byteCount: Self.canonicalCapacity(forByteCount: bytes.count), alignment: 8) { memory in
            guard let length = Self.canonical(bytes, as: kind, into: memory) else { return false }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: memory[0..<length]))
            return true
        }
    }

    /// The output size that the `UnsafeMutableRawBufferPointer` form of `canonical(_:as:into:)` needs to be sure to fit the
    /// canonical form of `count` input bytes.
    public static func canonicalCapacity(forByteCount count: Int) -> Int { 4 * count + 64 }

    /// Writes the canonical form of the UTF-8 `bytes` as an observable of `kind` to the start of `output` and returns
    /// its length, or returns nil when `bytes` is not one or the form does not fit (see ``canonicalCapacity(forByteCount:)``).
    /// ASCII input never allocates.
    public static func canonical(_ bytes: UnsafeRawBufferPointer, as kind: ObservableKind, into output: UnsafeMutableRawBufferPointer) -> Int? {
        var writer = ByteWriter(output)
        let found: Bool
        switch kind {
        case .ipv4: found = IPv4Text.canonical(bytes, into: &writer)
        case .ipv6: found = IPv6Text.canonical(bytes, into: &writer)
        case .domain: found = DomainText.canonical(bytes, into: &writer)
        case .url: found = URLText.canonical(bytes, into: &writer)
        case .email: found = EmailText.canonical(bytes, into: &writer)
        case .md5: found = HashText.canonical(bytes, length: 32, into: &writer)
        case .sha1: found = HashText.canonical(bytes, length: 40, into: &writer)
        case .sha256: found = HashText.canonical(bytes, length: 64, into: &writer)
        case .sha512: found = HashText.canonical(bytes, length: 128, into: &writer)
        }
        return found && !writer.overflowed ? writer.count : nil
    }

    /// Writes `bytes` with defanging undone (the rules of ``refang(_:)``) into `output`, replacing its contents.
    public static func refang(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        Refanger.refang(bytes, into: &output)
    }
}

/// Refanging pieces for scanners that map results back to source positions.
extension ObservableNormalizer {
    /// The length of the defanged form (such as `[.]` or `hxxp` before `:`) that starts at `index` of `bytes`, or nil.
    public static func defangedFormLength(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        guard index >= 0, index < bytes.count, Refanger.mayStartDefang(bytes[index]) else { return nil }
        return Refanger.match(bytes, at: index)?.length
    }

    /// Writes `bytes` refanged into `output` and, into `sourceOffsets`, the index in `bytes` each output byte came from
    /// (both replaced).
    public static func refang(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8], sourceOffsets: inout [Int32]) {
        output.removeAll(keepingCapacity: true)
        sourceOffsets.removeAll(keepingCapacity: true)
        Refanger.refang(bytes, into: &output) { sourceOffsets.append(Int32(truncatingIfNeeded: $0)) }
    }
}
