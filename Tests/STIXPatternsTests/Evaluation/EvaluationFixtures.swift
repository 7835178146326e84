import STIX
import STIXPatterns
import Testing

/// Builders of observations and a one-call matcher for the evaluation tests.
enum Fixture {
    /// An SCO of `type` with `members` in order.
    static func sco(_ type: String, _ members: (String, JSONValue)...) -> JSONObject {
        JSONObject([("type", .string(type))] + members)
    }

    /// `2020-01-01T00:00:00Z` plus `seconds` (less than a day), with an optional fraction such as `".5"`.
    static func time(_ seconds: Int, fraction: String = "") -> String {
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        let rest = seconds % 60
        return "2020-01-01T\(Self.twoDigits(hours)):\(Self.twoDigits(minutes)):\(Self.twoDigits(rest))\(fraction)Z"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// An observation named `name` (id `observed-data--name`) over `[first, last]` holding `objects` by key.
    static func observation(
        _ name: String, first: String = Fixture.time(0), last: String? = nil, count: Int = 1,
        objects: [String: JSONObject]
    ) -> Observation {
        Observation(
            id: "observed-data--\(name)", firstObserved: Timestamp(first)!, lastObserved: Timestamp(last ?? first)!,
            numberObserved: count, objects: objects)
    }

    /// An observation named `name` holding the SCOs `scos` under the STIX 2.0 keys `"0"`, `"1"`, ….
    static func observation(
        _ name: String, first: String = Fixture.time(0), last: String? = nil, count: Int = 1, _ scos: JSONObject...
    ) -> Observation {
        var objects: [String: JSONObject] = [:]
        for (index, sco) in scos.enumerated() { objects[String(index)] = sco }
        return Self.observation(name, first: first, last: last, count: count, objects: objects)
    }

    /// The names of the observations bound by the first match of `pattern`, or `nil` when it does not match.
    static func match(_ pattern: String, _ observations: [Observation]) throws -> [String]? {
        let matcher = PatternMatcher(try Pattern.parse(pattern))
        return matcher.match(observations)?.observationIDs.map { String($0.dropFirst("observed-data--".count)) }
    }

    /// Whether `pattern` matches `observations`.
    static func matches(_ pattern: String, _ observations: [Observation]) throws -> Bool {
        try Self.match(pattern, observations) != nil
    }

    /// Whether the comparison expression `comparisons` (without brackets) matches the single SCO `sco`.
    static func holds(_ comparisons: String, for sco: JSONObject) throws -> Bool {
        let observation = Self.observation("x", sco)
        let matcher = PatternMatcher(try Pattern.parse("[\(comparisons)]"))
        let viaMatch = matcher.match([observation]) != nil
        let viaMatches = matcher.matches(observation)
        #expect(viaMatch == viaMatches, "match and matches disagree on [\(comparisons)]")
        return viaMatch
    }
}
