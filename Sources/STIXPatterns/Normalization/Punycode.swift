/// RFC 3492 punycode encoding of one domain label.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 128

    /// The punycode of `scalars` (without the `xn--` prefix), or nil on overflow.
    static func encode(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var output: [UInt8] = []
        let codePoints = scalars.map { Int($0.value) }
        for codePoint in codePoints where codePoint < 0x80 { output.append(UInt8(codePoint)) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append(UInt8(ascii: "-")) }
        var n = Self.initialN
        var delta = 0
        var bias = Self.initialBias
        while handled < codePoints.count {
            guard let next = codePoints.filter({ $0 >= n }).min() else { return nil }
            let (product, overflow) = (next - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow, delta <= Int(Int32.max) - product else { return nil }
            delta += product
            n = next
            for codePoint in codePoints {
                if codePoint < n { delta += 1 }
                if codePoint == n {
                    var q = delta
                    var k = Self.base
                    while true {
                        let t = k <= bias ? Self.tMin : (k >= bias + Self.tMax ? Self.tMax : k - bias)
                        if q < t { break }
                        output.append(Self.digit(t + (q - t) % (Self.base - t)))
                        q = (q - t) / (Self.base - t)
                        k += Self.base
                    }
                    output.append(Self.digit(q))
                    bias = Self.adapt(delta: delta, count: handled + 1, first: handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    private static func digit(_ value: Int) -> UInt8 {
        value < 26 ? UInt8(0x61 + value) : UInt8(0x30 + value - 26)
    }

    private static func adapt(delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / Self.damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((Self.base - Self.tMin) * Self.tMax) / 2 {
            delta /= Self.base - Self.tMin
            k += Self.base
        }
        return k + (Self.base - Self.tMin + 1) * delta / (delta + Self.skew)
    }
}
