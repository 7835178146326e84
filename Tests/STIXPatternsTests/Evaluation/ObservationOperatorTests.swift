import STIX
import STIXPatterns
import Testing

/// Expected outcomes checked against stix2-matcher 3.0.0 where noted.
@Suite("Evaluation: AND, OR and FOLLOWEDBY between observations")
struct ObservationOperatorTests {
    static func file(_ name: String, _ id: String, at first: Int, until last: Int? = nil, count: Int = 1) -> Observation {
        Fixture.observation(
            id, first: Fixture.time(first), last: Fixture.time(last ?? first), count: count, Fixture.sco("file", ("name", .string(name))))
    }

    @Test("AND needs each operand matched by a distinct observation")
    func and() throws {
        #expect(
            try Fixture.match("[file:name = 'a'] AND [file:name = 'b']", [Self.file("a", "1", at: 0), Self.file("b", "2", at: 9)]) == ["1", "2"])
        #expect(
            try Fixture.match("[file:name = 'a'] AND [file:name = 'b']", [Self.file("b", "2", at: 9), Self.file("a", "1", at: 0)]) == ["2", "1"])
        #expect(try !Fixture.matches("[file:name = 'a'] AND [file:name = 'b']", [Self.file("a", "1", at: 0)]))
        #expect(try !Fixture.matches("[file:name = 'a'] AND [file:name = 'a']", [Self.file("a", "1", at: 0)]))
        #expect(
            try Fixture.match("[file:name = 'a'] AND [file:name = 'a']", [Self.file("a", "1", at: 0), Self.file("a", "2", at: 1)]) == ["1", "2"])
    }

    @Test("an observed-data with number_observed n counts as n observations (stix2-matcher)")
    func numberObserved() throws {
        #expect(try Fixture.match("[file:name = 'a'] AND [file:name = 'a']", [Self.file("a", "1", at: 0, count: 2)]) == ["1"])
        #expect(try Fixture.matches("[file:name = 'a'] REPEATS 3 TIMES", [Self.file("a", "1", at: 0, count: 3)]))
        #expect(try !Fixture.matches("[file:name = 'a'] REPEATS 3 TIMES", [Self.file("a", "1", at: 0, count: 2)]))
    }

    @Test("OR is satisfied by either operand; the first that matches is reported")
    func or() throws {
        let observations = [Self.file("a", "1", at: 0), Self.file("b", "2", at: 1)]
        #expect(try Fixture.match("[file:name = 'b'] OR [file:name = 'a']", observations) == ["2"])
        #expect(try Fixture.match("[file:name = 'x'] OR [file:name = 'a']", observations) == ["1"])
        #expect(try !Fixture.matches("[file:name = 'x'] OR [file:name = 'y']", observations))
        #expect(try Fixture.match("([file:name = 'x'] OR [file:name = 'a']) AND [file:name = 'b']", observations) == ["1", "2"])
    }

    @Test("FOLLOWEDBY: the right side's last_observed is at or after the left side's first_observed")
    func followedBy() throws {
        let pattern = "[file:name = 'a'] FOLLOWEDBY [file:name = 'b']"
        #expect(try Fixture.match(pattern, [Self.file("a", "1", at: 10), Self.file("b", "2", at: 10)]) == ["1", "2"])
        #expect(try Fixture.matches(pattern, [Self.file("a", "1", at: 10), Self.file("b", "2", at: 11)]))
        #expect(try !Fixture.matches(pattern, [Self.file("a", "1", at: 10), Self.file("b", "2", at: 5)]))
        // Overlapping intervals: some instant of b is after some instant of a.
        #expect(try Fixture.matches(pattern, [Self.file("a", "1", at: 10), Self.file("b", "2", at: 0, until: 20)]))
        #expect(try Fixture.matches(pattern, [Self.file("a", "1", at: 0, until: 30), Self.file("b", "2", at: 0)]))
        // One of several candidates fits.
        let many = [Self.file("b", "0", at: 1), Self.file("a", "1", at: 10), Self.file("b", "2", at: 5), Self.file("b", "3", at: 12)]
        #expect(try Fixture.match(pattern, many) == ["1", "3"])
    }

    @Test("FOLLOWEDBY chains are left-associative: the third follows both earlier ones (stix2-matcher)")
    func followedByChain() throws {
        let pattern = "[file:name = 'a'] FOLLOWEDBY [file:name = 'b'] FOLLOWEDBY [file:name = 'c']"
        #expect(try !Fixture.matches(pattern, [Self.file("a", "1", at: 0), Self.file("b", "2", at: 10), Self.file("c", "3", at: 5)]))
        #expect(
            try Fixture.match(pattern, [Self.file("a", "1", at: 0), Self.file("b", "2", at: 10), Self.file("c", "3", at: 15)]) == ["1", "2", "3"])
        #expect(try Fixture.matches(pattern, [Self.file("c", "3", at: 15), Self.file("b", "2", at: 10), Self.file("a", "1", at: 0)]))
    }

    @Test("the spec's registry example: a file hash FOLLOWEDBY a registry key WITHIN 5 SECONDS")
    func specFollowedByWithin() throws {
        let hash = Fixture.observation(
            "h", first: Fixture.time(0), Fixture.sco("file", ("hashes", .object(["MD5": "79054025255fb1a26e4bc422aef54eb4"]))))
        let key = Fixture.observation("k", first: Fixture.time(3), Fixture.sco("windows-registry-key", ("key", #"HKEY_LOCAL_MACHINE\foo\bar"#)))
        let pattern =
            #"[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar'] WITHIN 5 SECONDS"#
        #expect(try Fixture.match(pattern, [hash, key]) == ["h", "k"])
        #expect(try Fixture.match("(" + pattern.replacingOccurrences(of: " WITHIN 5 SECONDS", with: ") WITHIN 2 SECONDS"), [hash, key]) == nil)
    }
}
