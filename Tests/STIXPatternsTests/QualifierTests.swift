import STIX
import STIXPatterns
import Testing

@Suite("Qualifiers")
struct QualifierTests {
    private static let observation = ObservationExpression.observation(
        .comparison(Comparison(path: ObjectPath(objectType: "file", steps: [.property("name")]), operator: .equal, value: .string("a"))))

    @Test("WITHIN takes an integer or float number of seconds")
    func within() throws {
        #expect(try Pattern.parse("[file:name = 'a'] WITHIN 5 SECONDS").root == .qualified(Self.observation, .within(seconds: 5)))
        #expect(try Pattern.parse("[file:name = 'a'] WITHIN 2.5 SECONDS").root == .qualified(Self.observation, .within(seconds: 2.5)))
    }

    @Test("REPEATS takes a positive integer")
    func repeats() throws {
        #expect(try Pattern.parse("[file:name = 'a'] REPEATS 3 TIMES").root == .qualified(Self.observation, .repeats(times: 3)))
        #expect(try Pattern.parse("[file:name = 'a'] REPEATS +3 TIMES").root == .qualified(Self.observation, .repeats(times: 3)))
    }

    @Test("START and STOP take timestamps")
    func startStop() throws {
        let start = try #require(Timestamp("2016-06-01T00:00:00Z"))
        let stop = try #require(Timestamp("2016-07-01T00:00:00Z"))
        let pattern = try Pattern.parse("[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'")
        #expect(pattern.root == .qualified(Self.observation, .startStop(start: start, stop: stop)))
    }

    @Test("qualifiers chain, the first applied innermost")
    func chain() throws {
        let pattern = try Pattern.parse("[file:name = 'a'] REPEATS 5 TIMES WITHIN 180 SECONDS")
        #expect(pattern.root == .qualified(.qualified(Self.observation, .repeats(times: 5)), .within(seconds: 180)))
    }

    @Test("a qualifier applies to the preceding observation, not to the whole AND/OR/FOLLOWEDBY")
    func binding() throws {
        let pattern = try Pattern.parse("[file:name = 'a'] FOLLOWEDBY [file:name = 'a'] WITHIN 5 SECONDS")
        #expect(pattern.root == .followedBy([Self.observation, .qualified(Self.observation, .within(seconds: 5))]))
    }

    @Test("a qualifier after parentheses applies to the parenthesised expression")
    func parenthesised() throws {
        let pattern = try Pattern.parse("([file:name = 'a'] OR [file:name = 'a']) WITHIN 5 SECONDS")
        #expect(pattern.root == .qualified(.or([Self.observation, Self.observation]), .within(seconds: 5)))
    }

    @Test("the same kind may be applied again outside parentheses")
    func repeatedKindThroughParentheses() throws {
        let pattern = try Pattern.parse("([file:name = 'a'] WITHIN 5 SECONDS) WITHIN 10 SECONDS")
        #expect(pattern.root == .qualified(.qualified(Self.observation, .within(seconds: 5)), .within(seconds: 10)))
    }
}
