/// How constants and keys are written in canonical pattern text.
enum PatternLiteralFormat {
    /// `'text'` with `\` and `'` escaped.
    static func string(_ text: String) -> String {
        var escaped = "'"
        for character in text {
            if character == "\\" || character == "'" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + "'"
    }

    /// A property key: bare when it lexes as a plain identifier, quoted otherwise.
    static func key(_ name: String) -> String {
        guard let first = name.utf8.first, Lexer.isIdentifierStart(first),
            name.utf8.allSatisfy({ Lexer.isIdentifierStart($0) || Lexer.isDigit($0) }),
            Keyword(rawValue: name) == nil, name != "true", name != "false"
        else { return Self.string(name) }
        return name
    }

    /// A float in the grammar's form `-?digits.digits` (never an exponent), exact to Swift's shortest repr.
    static func float(_ value: Double) -> String {
        let magnitude = "\(value.magnitude)"
        let sign = value.sign == .minus ? "-" : ""
        let parts = magnitude.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pointIndex =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        var point = pointIndex + exponent
        if point <= 0 {
            digits.insert(contentsOf: Array(repeating: "0", count: 1 - point), at: 0)
            point = 1
        }
        if point >= digits.count {
            digits.append(contentsOf: Array(repeating: "0", count: point - digits.count + 1))
        }
        var fraction = String(digits[point...])
        while fraction.count > 1, fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(digits[..<point]) + "." + fraction
    }

    /// Lowercase hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
