import STIXPatterns
import Testing

@Suite("Comparison operators")
struct OperatorTests {
    @Test(
        "each comparison operator is recognised with its constant",
        arguments: [
            ("file:size = 1", ComparisonOperator.equal, PatternValue.integer(1)),
            ("file:size != 1", .notEqual, .integer(1)),
            ("file:size <> 1", .notEqual, .integer(1)),
            ("file:size < 1", .less, .integer(1)),
            ("file:size <= 1", .lessOrEqual, .integer(1)),
            ("file:size > 1", .greater, .integer(1)),
            ("file:size >= 1", .greaterOrEqual, .integer(1)),
            ("file:name IN ('a', 'b')", .in, .list([.string("a"), .string("b")])),
            ("file:name LIKE 'a%'", .like, .string("a%")),
            ("file:name MATCHES '^a.*$'", .matches, .string("^a.*$")),
            ("ipv4-addr:value ISSUBSET '10.0.0.0/8'", .isSubset, .string("10.0.0.0/8")),
            ("ipv4-addr:value ISSUPERSET '10.1.2.3'", .isSuperset, .string("10.1.2.3")),
        ])
    func operatorWithValue(text: String, op: ComparisonOperator, value: PatternValue) throws {
        let comparison = try Parsing.comparison(text)
        #expect(comparison.operator == op)
        #expect(comparison.value == value)
        #expect(!comparison.negated)
    }

    @Test("EXISTS comes before the path and has no constant")
    func exists() throws {
        let comparison = try Parsing.comparison("EXISTS windows-registry-key:values")
        #expect(comparison.operator == .exists)
        #expect(comparison.value == nil)
        #expect(comparison.path == ObjectPath(objectType: "windows-registry-key", steps: [.property("values")]))
    }

    @Test("NOT before EXISTS negates it")
    func notExists() throws {
        let comparison = try Parsing.comparison("NOT EXISTS file:name")
        #expect(comparison.operator == .exists)
        #expect(comparison.negated)
    }

    @Test(
        "NOT between the path and the operator negates the comparison",
        arguments: [
            "file:name NOT = 'a'", "file:name NOT IN ('a')", "file:name NOT LIKE 'a'", "file:size NOT < 3",
            "file:name NOT MATCHES 'a'", "ipv4-addr:value NOT ISSUBSET '10.0.0.0/8'",
        ])
    func negated(text: String) throws {
        #expect(try Parsing.comparison(text).negated)
    }

    @Test("booleans are primitive constants for = and != but not orderable for <")
    func booleans() throws {
        #expect(try Parsing.comparison("file:x != true").value == .boolean(true))
        #expect(Parsing.error("[file:x < true]")?.offset == 10)
    }

    @Test("comparisons inside one observation may reference different object types (STIX 2.1)")
    func mixedObjectTypes() throws {
        let pattern = try Pattern.parse("[ipv4-addr:value = '198.51.100.1' OR ipv6-addr:value = '2001:db8::1']")
        guard case .observation(.or(let operands)) = pattern.root else {
            Issue.record("expected an OR of comparisons")
            return
        }
        #expect(operands.count == 2)
    }
}
