/// Rewrites the PCRE constructs that ICU (behind `NSRegularExpression`) spells differently, or reads differently,
/// into ICU's spelling of the same thing, so that `MATCHES` follows PCRE (spec section 9.6.1):
/// - `(?P<name>…)` and `(?P=name)` become `(?<name>…)` and `\k<name>`;
/// - `\N` (any character but a line feed) becomes `[^\n]`;
/// - `\` and three digits that are neither a group number below 10 nor one of the pattern's groups is an octal
///   character in PCRE (`\101` is `A`), a back reference in ICU: it becomes `\0101`;
/// - inside a character class, PCRE takes `[` (other than a POSIX `[:name:]`) and `&&` literally and ICU as set
///   operations: they are escaped; a `]` right after the opening `[` or `[^` is literal in PCRE and escaped too.
///
/// Constructs ICU lacks altogether (`\K`, recursion, conditionals, branch reset) are left as they are: ICU
/// rejects them, and the pattern is invalid.
enum PCRETranslation {
    /// `pattern` in ICU syntax.
    static func icu(_ pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        let groups = Self.capturingGroups(scalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var inClass = false
        func emit(_ text: String) { output.append(contentsOf: text.unicodeScalars) }
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                guard let next = at(1) else {
                    output.append(scalar)
                    index += 1
                    continue
                }
                if next == "Q" {
                    // \Q…\E: copied verbatim, brackets inside it are literal.
                    let end = Self.find(["\\", "E"], in: scalars, from: index + 2) ?? scalars.count
                    output.append(contentsOf: scalars[index..<min(scalars.count, end + 2)])
                    index = end + 2
                    continue
                }
                if next == "N", !inClass, at(2) != "{" {
                    emit("[^\\n]")
                    index += 2
                    continue
                }
                if let digits = Self.octalEscape(scalars, at: index + 1, groups: groups) {
                    emit("\\0")
                    output.append(contentsOf: scalars[(index + 1)..<(index + 1 + digits)])
                    index += 1 + digits
                    continue
                }
                output.append(contentsOf: [scalar, next])
                index += 2
                continue
            }
            if inClass {
                switch scalar {
                case "]":
                    inClass = false
                    output.append(scalar)
                case "[":
                    if at(1) == ":", let end = Self.find([":", "]"], in: scalars, from: index + 2) {
                        output.append(contentsOf: scalars[index...(end + 1)])
                        index = end + 2
                        continue
                    }
                    emit("\\[")
                case "&" where at(1) == "&":
                    emit("\\&\\&")
                    index += 2
                    continue
                default:
                    output.append(scalar)
                }
                index += 1
                continue
            }
            switch scalar {
            case "[":
                inClass = true
                output.append(scalar)
                index += 1
                if at(0) == "^" {
                    output.append("^")
                    index += 1
                }
                if at(0) == "]" {
                    emit("\\]")
                    index += 1
                }
            case "(" where at(1) == "?" && at(2) == "P" && at(3) == "<":
                emit("(?<")
                index += 4
            case "(" where at(1) == "?" && at(2) == "P" && at(3) == "=":
                guard let end = Self.find([")"], in: scalars, from: index + 4) else {
                    output.append(scalar)
                    index += 1
                    continue
                }
                emit("\\k<")
                output.append(contentsOf: scalars[(index + 4)..<end])
                emit(">")
                index = end + 1
            default:
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// How many capturing groups `scalars` opens: `(` not followed by `?`, plus named groups.
    private static func capturingGroups(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var index = 0
        var inClass = false
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 1
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass:
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next != "?" {
                    count += 1
                } else if index + 2 < scalars.count, ["<", "'", "P"].contains(scalars[index + 2]),
                    index + 3 >= scalars.count || (scalars[index + 3] != "=" && scalars[index + 3] != "!")
                {
                    count += 1
                }
            default: break
            }
            index += 1
        }
        return count
    }

    /// The number of octal digits to read as a character after the `\` before `start`, or nil when the escape is a
    /// back reference (or no digits): PCRE reads `\1`–`\9`, and any number up to the group count, as back references.
    private static func octalEscape(_ scalars: [Unicode.Scalar], at start: Int, groups: Int) -> Int? {
        var end = start
        while end < scalars.count, end - start < 3, ("0"..."9").contains(scalars[end]) { end += 1 }
        guard end > start, scalars[start] != "0" else { return nil }
        let number = Int(String(String.UnicodeScalarView(scalars[start..<end]))) ?? 0
        if number < 10 || number <= groups { return nil }
        var octal = start
        while octal < end, ("0"..."7").contains(scalars[octal]) { octal += 1 }
        return octal > start ? octal - start : nil
    }

    /// The index where `needle` next starts in `scalars` at or after `start`.
    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= scalars.count else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if Array(scalars[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
