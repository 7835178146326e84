import Foundation

/// A compiled `MATCHES` regular expression: PCRE syntax (spec section 9.6.1), rewritten where ICU differs
/// (``PCRETranslation``) and run by `NSRegularExpression`.
///
/// Matching searches anywhere in the value, as PCRE `search` does, with DOTALL set. Strings are NFC-normalised first;
/// binary values are matched byte by byte as Latin-1 code points, and only when every code point of the
/// regex is below U+0100 (as stix2-matcher does).
struct RegexTest: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as safe to use
    // from several threads at once.
    // `nil` for the empty regex, which matches everywhere (ICU rejects an empty pattern, PCRE does not).
    private let expression: NSRegularExpression?
    private let isBinaryConvertible: Bool
    /// ASCII text every match contains, checked before running the regex on ASCII values and bytes.
    private let requiredLiteral: [UInt8]?

    /// PCRE's behaviour as the spec asks for it: DOTALL (`.` matches line breaks too, section 9.6.1), and only `\n`
    /// ends a line, as in PCRE's default build (ICU would also end lines at `\r`, U+0085 and U+2028).
    static let options: NSRegularExpression.Options = [.dotMatchesLineSeparators, .useUnixLineSeparators]

    /// Compiles `pattern`; `nil` when it is not a valid regular expression.
    init?(_ pattern: String) {
        let normalized = TextNormalization.nfc(pattern)
        self.isBinaryConvertible = normalized.unicodeScalars.allSatisfy { $0.value < 256 }
        self.requiredLiteral = RequiredLiteral.find(in: normalized)
        if normalized.isEmpty {
            self.expression = nil
            return
        }
        guard let expression = try? NSRegularExpression(pattern: PCRETranslation.icu(normalized), options: Self.options) else {
            return nil
        }
        self.expression = expression
    }

    /// Whether the regex matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        guard let expression = self.expression else { return true }
        if let literal = self.requiredLiteral, Self.lacks(literal, text) { return false }
        let normalized = TextNormalization.nfc(text)
        let range = NSRange(location: 0, length: normalized.utf16.count)
        return expression.firstMatch(in: normalized, options: [], range: range) != nil
    }

    /// Whether the regex matches somewhere in `bytes` (false when the regex is not binary convertible).
    func matches(bytes: [UInt8]) -> Bool {
        guard self.isBinaryConvertible else { return false }
        guard let expression = self.expression else { return true }
        if let literal = self.requiredLiteral, !bytes.withUnsafeBufferPointer({ RequiredLiteral.occurs(literal, in: $0) }) {
            return false
        }
        let text = TextNormalization.latin1String(bytes)
        let range = NSRange(location: 0, length: text.utf16.count)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    /// Whether ASCII `text` certainly lacks `literal` (non-ASCII text is not checked: NFC may change it).
    private static func lacks(_ literal: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            return !RequiredLiteral.occurs(literal, in: bytes)
        }
    }
}
