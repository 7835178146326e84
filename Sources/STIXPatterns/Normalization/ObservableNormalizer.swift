/// Canonical forms of observable values and undoing of defanged text, shared by the indicator index and the log scanner.
///
/// Canonical forms:
/// - IPv4: dotted quad, decimal, without leading zeros (`010.1.1.1` → `10.1.1.1`, each part at most 3 digits and ≤ 255).
/// - IPv6: RFC 5952 (lowercase, leading zeros dropped, longest run of two or more zero groups as `::`, IPv4-mapped
///   addresses as `::ffff:a.b.c.d`); embedded IPv4 is accepted; a zone id (`%eth0`) is dropped.
/// - Domain: lowercase, one trailing dot removed, non-ASCII labels lowercased, NFC-normalised and punycode-encoded
///   (`xn--`); labels of letters, digits, `-` and `_`, 1–63 bytes, no leading or trailing `-`; the last label is not all digits.
/// - E-mail: local part lowercased (RFC 5322 atext and dots), `@`, the domain's canonical form.
/// - URL: lowercase scheme and host, canonical IPv4/IPv6/IDNA host, default port removed, empty path as `/`, fragment
///   removed, percent-encoded unreserved characters decoded and other percent escapes' hex uppercased, bytes outside
///   printable ASCII percent-encoded, dot segments removed from the path.
/// - Hashes: lowercase hex of exactly 32 (MD5), 40 (SHA-1), 64 (SHA-256) or 128 (SHA-512) digits.
///
/// IDNA here is punycode of the lowercased NFC label, not the full UTS #46 mapping tables.
public enum ObservableNormalizer {
    /// The canonical form of `value` as an observable of `kind`, or nil when it is not one.
    public static func canonical(_ value: String, as kind: ObservableKind) -> String? {
        var output: [UInt8] = []
        var copy = value
        let found = copy.withUTF8 { bytes in
            Self.canonical(UnsafeRawBufferPointer(bytes), as: kind, into: &output)
        }
        return found ? String(decoding: output, as: UTF8.self) : nil
    }

    /// `text` with common defanging undone: `hxxp`/`hxxps`/`fxp` (any case) before `:` or a bracket become
    /// `http`/`https`/`ftp`,
    /// and `[.]`, `(.)`, `{.}`, `[dot]`, `[@]`, `[at]`, `[:]`, `[://]`, `[/]` (in any of the three bracket pairs,
    /// case-insensitive) become `.`, `@`, `:`, `://`, `/`.
    public static func refang(_ text: String) -> String {
        var output: [UInt8] = []
        var copy = text
        copy.withUTF8 { bytes in Self.refang(UnsafeRawBufferPointer(bytes), into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
