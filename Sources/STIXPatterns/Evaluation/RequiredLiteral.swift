/// An ASCII substring every match of a regex must contain, found by a conservative reading of the regex.
///
/// Checking for it first lets `MATCHES` reject most values without running the regex engine. Only plain
/// literal characters outside groups and classes count; a regex with alternation or inline options, or with
/// escapes whose meaning is not a single token, yields no literal (the regex then always runs).
enum RequiredLiteral {
    /// Escapes that stand for one token and are never literal text.
    private static let singleTokenEscapes: Set<Character> = [
        "d", "D", "w", "W", "s", "S", "b", "B", "A", "z", "Z", "G", "n", "t", "r", "f", "v", "e", "h", "H", "R",
    ]

    /// The longest run of at least two literal ASCII characters every match contains, or `nil`.
    static func find(in regex: String) -> [UInt8]? {
        if regex.contains("|") || regex.contains("(?") || regex.contains("\\Q") { return nil }
        let characters = Array(regex)
        var best: [UInt8] = []
        var run: [UInt8] = []
        var depth = 0
        var index = 0
        func endRun() {
            if run.count > best.count { best = run }
            run = []
        }
        // A literal at top level extends the run; inside a group (which a quantifier may make optional) it ends it.
        func literal(_ byte: UInt8) {
            if depth == 0 { run.append(byte) } else { endRun() }
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else { return nil }
                let escaped = characters[index + 1]
                if escaped.isASCII, !escaped.isLetter, !escaped.isNumber, let byte = escaped.asciiValue {
                    literal(byte)
                } else if Self.singleTokenEscapes.contains(escaped) {
                    endRun()
                } else {
                    return nil
                }
                index += 2
            case "[":
                endRun()
                guard let end = Self.endOfClass(characters, from: index) else { return nil }
                index = end + 1
            case "(":
                endRun()
                depth += 1
                index += 1
            case ")":
                endRun()
                depth -= 1
                index += 1
            case "?", "*", "{":
                // The previous token is optional: it is not required.
                if !run.isEmpty { run.removeLast() }
                endRun()
                if character == "{" {
                    guard let close = characters[index...].firstIndex(of: "}") else { return nil }
                    index = close + 1
                } else {
                    index += 1
                }
                if index < characters.count, characters[index] == "?" || characters[index] == "+" { index += 1 }
            case "+":
                endRun()
                index += 1
                if index < characters.count, characters[index] == "?" || characters[index] == "+" { index += 1 }
            case ".", "^", "$":
                endRun()
                index += 1
            default:
                if let byte = character.asciiValue, character.isASCII {
                    literal(byte)
                } else {
                    endRun()
                }
                index += 1
            }
        }
        endRun()
        return best.count >= 2 ? best : nil
    }

    /// The index of the `]` closing the class that opens at `start`, honouring escapes and a leading `]` or `^]`.
    private static func endOfClass(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 1
        if index < characters.count, characters[index] == "^" { index += 1 }
        if index < characters.count, characters[index] == "]" { index += 1 }
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 2
            case "[": return nil  // nested classes and POSIX forms: too subtle to skip safely
            case "]": return index
            default: index += 1
            }
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`.
    static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
