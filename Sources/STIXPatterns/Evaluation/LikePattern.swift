/// A compiled SQL `LIKE` pattern: `%` matches any run of characters (also empty), `_` exactly one.
///
/// Characters are Unicode scalars after NFC normalisation, as stix2-matcher compares code points of
/// NFC-normalised text. There is no escape character (the STIX grammar defines none). Unlike
/// stix2-matcher, which translates to a Python regex, `%` and `_` also match line breaks, as in SQL.
struct LikePattern: Sendable {
    private enum Token: Sendable, Equatable {
        case scalar(Unicode.Scalar)
        case one
        case any
    }

    private let tokens: [Token]

    /// Compiles `pattern`.
    init(_ pattern: String) {
        self.tokens = TextNormalization.nfc(pattern).unicodeScalars.map { scalar in
            switch scalar {
            case "%": .any
            case "_": .one
            default: .scalar(scalar)
            }
        }
    }

    /// Whether all of `text` matches the pattern.
    func matches(_ text: String) -> Bool {
        let scalars = Array(TextNormalization.nfc(text).unicodeScalars)
        var textIndex = 0
        var tokenIndex = 0
        var starToken = -1
        var starText = 0
        while textIndex < scalars.count {
            if tokenIndex < self.tokens.count {
                switch self.tokens[tokenIndex] {
                case .any:
                    starToken = tokenIndex
                    starText = textIndex
                    tokenIndex += 1
                    continue
                case .one:
                    textIndex += 1
                    tokenIndex += 1
                    continue
                case .scalar(let scalar) where scalar == scalars[textIndex]:
                    textIndex += 1
                    tokenIndex += 1
                    continue
                case .scalar:
                    break
                }
            }
            guard starToken >= 0 else { return false }
            starText += 1
            textIndex = starText
            tokenIndex = starToken + 1
        }
        while tokenIndex < self.tokens.count, self.tokens[tokenIndex] == .any {
            tokenIndex += 1
        }
        return tokenIndex == self.tokens.count
    }
}
