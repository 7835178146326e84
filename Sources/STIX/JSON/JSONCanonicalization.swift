/// The JSON Canonicalization Scheme (RFC 8785), used for deterministic SCO identifiers.
///
/// Object members are sorted by the UTF-16 code units of their keys, strings are escaped as
/// ECMAScript's `JSON.stringify` does, and numbers are written in ECMAScript's shortest form.
public enum JSONCanonicalization {
    /// The canonical UTF-8 serialisation of `value`.
    public static func canonicalBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        Self.write(value, into: &output)
        return output
    }

    static func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null, .bool, .string:
            JSONWriter.write(value, into: &output)
        case .number(let number):
            output.append(contentsOf: Array(Self.ecmaScriptText(number.doubleValue).utf8))
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            let sorted = object.members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                Self.write(member.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// ECMAScript's Number::toString for a finite double (RFC 8785 §3.2.2.3).
    static func ecmaScriptText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        let sign = value < 0 ? "-" : ""
        // Swift's description is the shortest round-tripping digit string, as ECMAScript requires.
        let (digits, exponent) = Self.shortestDigits(abs(value))
        let k = digits.count
        let n = exponent  // value = 0.digits × 10^n
        if k <= n && n <= 21 {
            return sign + digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return sign + String(digits.prefix(n)) + "." + String(digits.dropFirst(n))
        }
        if -6 < n && n <= 0 {
            return sign + "0." + String(repeating: "0", count: -n) + digits
        }
        let e = n - 1
        let exponentText = e < 0 ? "-\(-e)" : "+\(e)"
        if k == 1 {
            return sign + digits + "e" + exponentText
        }
        return sign + String(digits.prefix(1)) + "." + String(digits.dropFirst()) + "e" + exponentText
    }

    /// The significant digits of `value` (> 0) and n such that value = 0.d1d2… × 10^n.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = "\(value)"
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(parts[0])
        let fractionPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerPart + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 {
            digits.removeLast()
        }
        return (digits, pointPosition)
    }
}
