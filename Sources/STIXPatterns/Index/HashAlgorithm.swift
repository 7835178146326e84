/// Recognition of the digest algorithms the index keys as raw bytes.
public enum HashAlgorithm {
    /// The kind named by a `hashes` key (`SHA-256`, `SHA256`, `sha_256`, `MD5`, …), or nil for other algorithms.
    public static func kind(named name: String) -> ObservableKind? {
        var letters: [UInt8] = []
        letters.reserveCapacity(8)
        for byte in name.utf8 where byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") {
            guard letters.count < 8 else { return nil }
            letters.append(byte | 0x20)
        }
        switch String(decoding: letters, as: UTF8.self) {
        case "md5": return .md5
        case "sha1": return .sha1
        case "sha256": return .sha256
        case "sha512": return .sha512
        default: return nil
        }
    }

    /// Whether `name` is the STIX hashing-algorithm vocabulary spelling of `kind` (`SHA-256`).
    static func isStandardName(_ name: String, of kind: ObservableKind) -> Bool {
        name == Self.standardName(of: kind)
    }

    /// The vocabulary spelling of a digest kind (`SHA-256`); empty for kinds that are not digests.
    public static func standardName(of kind: ObservableKind) -> String {
        switch kind {
        case .md5: "MD5"
        case .sha1: "SHA-1"
        case .sha256: "SHA-256"
        case .sha512: "SHA-512"
        default: ""
        }
    }

    /// The digest length in bytes of a hash kind, or nil for other kinds.
    static func digestLength(of kind: ObservableKind) -> Int? {
        switch kind {
        case .md5: 16
        case .sha1: 20
        case .sha256: 32
        case .sha512: 64
        default: nil
        }
    }
}
