import STIXPatterns
import Testing

@Suite("Operator precedence")
struct PrecedenceTests {
    private static func observation(_ name: String) -> ObservationExpression {
        .observation(.comparison(Self.comparison(name)))
    }

    private static func comparison(_ name: String) -> Comparison {
        Comparison(path: ObjectPath(objectType: "file", steps: [.property("name")]), operator: .equal, value: .string(name))
    }

    @Test("inside brackets AND binds tighter than OR")
    func comparisonPrecedence() throws {
        let pattern = try Pattern.parse("[file:name = 'a' OR file:name = 'b' AND file:name = 'c']")
        let a = ComparisonExpression.comparison(Self.comparison("a"))
        let b = ComparisonExpression.comparison(Self.comparison("b"))
        let c = ComparisonExpression.comparison(Self.comparison("c"))
        #expect(pattern.root == .observation(.or([a, .and([b, c])])))
    }

    @Test("parentheses inside brackets group comparisons")
    func comparisonParentheses() throws {
        let pattern = try Pattern.parse("[(file:name = 'a' OR file:name = 'b') AND file:name = 'c']")
        let a = ComparisonExpression.comparison(Self.comparison("a"))
        let b = ComparisonExpression.comparison(Self.comparison("b"))
        let c = ComparisonExpression.comparison(Self.comparison("c"))
        #expect(pattern.root == .observation(.and([.or([a, b]), c])))
    }

    @Test("between observations AND binds tighter than OR, which binds tighter than FOLLOWEDBY")
    func observationPrecedence() throws {
        let pattern = try Pattern.parse(
            "[file:name = 'a'] FOLLOWEDBY [file:name = 'b'] OR [file:name = 'c'] AND [file:name = 'd']")
        let expected = ObservationExpression.followedBy([
            Self.observation("a"), .or([Self.observation("b"), .and([Self.observation("c"), Self.observation("d")])]),
        ])
        #expect(pattern.root == expected)
    }

    @Test("chains of one operator are flat")
    func flatChains() throws {
        let pattern = try Pattern.parse("[file:name = 'a'] AND [file:name = 'b'] AND [file:name = 'c']")
        #expect(pattern.root == .and([Self.observation("a"), Self.observation("b"), Self.observation("c")]))
    }

    @Test("parentheses override observation precedence")
    func observationParentheses() throws {
        let pattern = try Pattern.parse("([file:name = 'a'] OR [file:name = 'b']) AND [file:name = 'c']")
        #expect(pattern.root == .and([.or([Self.observation("a"), Self.observation("b")]), Self.observation("c")]))
    }
}
