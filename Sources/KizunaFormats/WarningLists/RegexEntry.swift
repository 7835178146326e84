import Foundation

/// A regex list entry compiled with Foundation's `NSRegularExpression` (ICU syntax, close to PCRE for what warning
/// lists use).
///
/// Entries are written as PHP does (`/pattern/flags`, any non-alphanumeric delimiter, bracket pairs allowed); an entry
/// without delimiters is taken as the bare pattern. Flags `i`, `m`, `s`, `x` map to the ICU options; `u` (UTF-8) and
/// `g` (global, which some lists carry over from JavaScript) change nothing for a yes/no match; any other flag is an
/// error.
struct RegexEntry: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as safe to use from many threads.
    /// The compiled expression.
    let expression: NSRegularExpression
    /// The entry it came from.
    let reference: EntryReference

    /// Compiles `text`, or gives the reason it cannot be used.
    static func compile(_ text: String, reference: EntryReference) -> Result<RegexEntry, RegexEntryError> {
        let (pattern, flags) = Self.split(text)
        var options: NSRegularExpression.Options = []
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "m": options.insert(.anchorsMatchLines)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "u", "g": break
            default: return .failure(RegexEntryError(reason: "unsupported regex modifier '\(flag)'"))
            }
        }
        do {
            let expression = try NSRegularExpression(pattern: pattern, options: options)
            return .success(RegexEntry(expression: expression, reference: reference))
        } catch {
            return .failure(RegexEntryError(reason: "regular expression does not compile"))
        }
    }

    /// The pattern and flags of `text` in `/pattern/flags` form, or all of `text` without flags.
    static func split(_ text: String) -> (pattern: String, flags: String) {
        guard let first = text.first, !first.isLetter, !first.isNumber, !first.isWhitespace, first != "\\" else {
            return (text, "")
        }
        let closing: Character =
            switch first {
            case "(": ")"
            case "[": "]"
            case "{": "}"
            case "<": ">"
            default: first
            }
        let afterOpening = text.index(after: text.startIndex)
        guard let close = text[afterOpening...].lastIndex(of: closing) else { return (text, "") }
        let flags = text[text.index(after: close)...]
        guard flags.allSatisfy(\.isLetter) else { return (text, "") }
        return (String(text[afterOpening..<close]), String(flags))
    }

    /// Whether the expression finds a match anywhere in `value`.
    func matches(_ value: String) -> Bool {
        self.expression.firstMatch(in: value, options: [], range: NSRange(location: 0, length: value.utf16.count)) != nil
    }
}

/// Why a regex entry is not used.
struct RegexEntryError: Error {
    /// A short sentence.
    let reason: String
}
