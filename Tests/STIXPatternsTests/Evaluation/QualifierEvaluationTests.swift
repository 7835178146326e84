import STIX
import STIXPatterns
import Testing

/// Boundaries checked against stix2-matcher 3.0.0.
@Suite("Evaluation: WITHIN, REPEATS and START/STOP")
struct QualifierEvaluationTests {
    static func file(_ name: String, _ id: String, at first: String, until last: String? = nil) -> Observation {
        Fixture.observation(id, first: first, last: last, Fixture.sco("file", ("name", .string(name))))
    }

    static let both = "([file:name = 'a'] AND [file:name = 'b'])"

    @Test("WITHIN excludes its boundary (spec 9.5.1: not equal to or later than the earliest plus the window) and takes fractions")
    func within() throws {
        let a = Self.file("a", "1", at: Fixture.time(0))
        #expect(try Fixture.matches(Self.both + " WITHIN 5 SECONDS", [a, Self.file("b", "2", at: Fixture.time(4, fraction: ".999"))]))
        #expect(try !Fixture.matches(Self.both + " WITHIN 5 SECONDS", [a, Self.file("b", "2", at: Fixture.time(5))]))
        #expect(try Fixture.matches(Self.both + " WITHIN 2.5 SECONDS", [a, Self.file("b", "2", at: Fixture.time(2, fraction: ".499"))]))
        #expect(try !Fixture.matches(Self.both + " WITHIN 2.5 SECONDS", [a, Self.file("b", "2", at: Fixture.time(2, fraction: ".5"))]))
        #expect(try !Fixture.matches(Self.both + " WITHIN 5 SECONDS", [Self.file("b", "2", at: Fixture.time(5)), a]))
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 2 TIMES WITHIN 5 SECONDS", [a, Self.file("a", "2", at: Fixture.time(5))]))
    }

    @Test("a WITHIN window under one nanosecond still admits simultaneous observations")
    func tinyWithin() throws {
        let pair = [Self.file("a", "1", at: Fixture.time(0)), Self.file("b", "2", at: Fixture.time(0))]
        #expect(try Fixture.matches(Self.both + " WITHIN 0.0000000001 SECONDS", pair))
        #expect(
            try !Fixture.matches(
                Self.both + " WITHIN 0.0000000001 SECONDS", [pair[0], Self.file("b", "2", at: Fixture.time(0, fraction: ".000000001"))]))
    }

    @Test("REPEATS over thousands of observations answers instead of overflowing the stack")
    func deepRepeats() throws {
        let observations = (0..<3_000).map { Self.file("a", String($0), at: Fixture.time($0 % 60)) }
        #expect(try Fixture.match("[file:name = 'a'] REPEATS 3000 TIMES", observations)?.count == 3_000)
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 3001 TIMES", observations))
    }

    @Test("WITHIN measures between intervals: the closest instants of the observations count")
    func withinIntervals() throws {
        let long = Self.file("a", "1", at: Fixture.time(0), until: Fixture.time(100))
        #expect(try Fixture.matches(Self.both + " WITHIN 1 SECONDS", [long, Self.file("b", "2", at: Fixture.time(50))]))
        #expect(try Fixture.matches(Self.both + " WITHIN 5 SECONDS", [long, Self.file("b", "2", at: Fixture.time(104))]))
        #expect(try !Fixture.matches(Self.both + " WITHIN 5 SECONDS", [long, Self.file("b", "2", at: Fixture.time(105))]))
    }

    @Test("a STOP at or before START is valid and admits no observation (the spec sets no order)")
    func emptyStartStop() throws {
        let a = Self.file("a", "1", at: "2020-01-01T00:00:00Z")
        for qualifier in ["START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:00:00Z'", "START t'2020-01-02T00:00:00Z' STOP t'2020-01-01T00:00:00Z'"]
        {
            #expect(try !Fixture.matches("[file:name = 'a'] " + qualifier, [a]))
        }
        #expect(try Fixture.matches("[file:name = 'a'] START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:00:01Z'", [a]))
    }

    @Test("WITHIN picks a fitting combination among many candidates")
    func withinSearch() throws {
        let observations = [
            Self.file("a", "1", at: Fixture.time(0)), Self.file("b", "2", at: Fixture.time(20)),
            Self.file("a", "3", at: Fixture.time(40)), Self.file("b", "4", at: Fixture.time(43)),
        ]
        #expect(try Fixture.match(Self.both + " WITHIN 5 SECONDS", observations) == ["3", "4"])
        #expect(try Fixture.match("[file:name = 'a'] AND [file:name = 'b'] WITHIN 5 SECONDS", observations) == ["1", "2"])
    }

    @Test("REPEATS needs distinct observations, and composes with WITHIN (spec example shape)")
    func repeats() throws {
        let observations = [
            Self.file("a", "1", at: Fixture.time(0)), Self.file("a", "2", at: Fixture.time(20)),
            Self.file("a", "3", at: Fixture.time(25)), Self.file("b", "4", at: Fixture.time(26)),
        ]
        #expect(try Fixture.match("[file:name = 'a'] REPEATS 3 TIMES", observations) == ["1", "2", "3"])
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 4 TIMES", observations))
        #expect(try Fixture.match("[file:name = 'a'] REPEATS 2 TIMES WITHIN 10 SECONDS", observations) == ["2", "3"])
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 3 TIMES WITHIN 10 SECONDS", observations))
        #expect(try Fixture.match("[file:name = 'a' OR file:name = 'b'] REPEATS 4 TIMES", observations) == ["1", "2", "3", "4"])
        #expect(try Fixture.match("([file:name = 'a'] AND [file:name = 'b']) REPEATS 1 TIMES", observations) == ["1", "4"])
        #expect(try !Fixture.matches("([file:name = 'a'] AND [file:name = 'b']) REPEATS 2 TIMES", observations))
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 1000000 TIMES", observations))
    }

    @Test(
        "START is inclusive, STOP exclusive: some instant of the observation lies in [start, stop)",
        arguments: [(10, 10, true), (20, 20, false), (5, 10, true), (19, 25, true), (0, 9, false), (21, 30, false), (0, 30, true)])
    func startStop(first: Int, last: Int, expected: Bool) throws {
        let pattern = "[file:name = 'a'] START t'2020-01-01T00:00:10Z' STOP t'2020-01-01T00:00:20Z'"
        let observation = Self.file("a", "1", at: Fixture.time(first), until: Fixture.time(last))
        #expect(try Fixture.matches(pattern, [observation]) == expected)
    }

    @Test("START/STOP restricts every observation of the expression it follows")
    func startStopCompound() throws {
        let window = " START t'2020-01-01T00:00:10Z' STOP t'2020-01-01T00:00:20Z'"
        let inside = [Self.file("a", "1", at: Fixture.time(12)), Self.file("b", "2", at: Fixture.time(15))]
        let straddling = [Self.file("a", "1", at: Fixture.time(5)), Self.file("b", "2", at: Fixture.time(15))]
        #expect(try Fixture.matches("([file:name = 'a'] FOLLOWEDBY [file:name = 'b'])" + window, inside))
        #expect(try !Fixture.matches("([file:name = 'a'] FOLLOWEDBY [file:name = 'b'])" + window, straddling))
        #expect(try Fixture.matches("[file:name = 'a'] FOLLOWEDBY [file:name = 'b']" + window, straddling))
        let spec = "[ipv4-addr:value = '203.0.113.1'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'"
        let june = Fixture.observation("j", first: "2016-06-15T12:00:00Z", Fixture.sco("ipv4-addr", ("value", "203.0.113.1")))
        let july = Fixture.observation("k", first: "2016-07-01T00:00:00Z", Fixture.sco("ipv4-addr", ("value", "203.0.113.1")))
        #expect(try Fixture.match(spec, [july, june]) == ["j"])
        #expect(try !Fixture.matches(spec, [july]))
    }
}
