import Foundation
import KizunaFormats
import STIXPatterns
import Testing

@Suite("Substring matching")
struct SubstringMatchingTests {
    @Test("every list whose fragment a value contains is hit, as a naive scan finds (overlapping fragments included)")
    func agreesWithNaiveScan() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab.c")
        func word(_ length: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let fragments = (0..<40).map { _ in word(1...4) }
        let root = try ExternalTool.temporaryDirectory("kizuna-warninglists")
        for (index, fragment) in fragments.enumerated() {
            let json = try WarningListFixtures.listJSON(name: "f\(index)", type: "substring", entries: [fragment], matchingAttributes: ["domain"])
            try Data(json.utf8).write(to: root.appendingPathComponent("f\(index).json"))
        }
        let set = try WarningListSet(directory: root.path)
        for _ in 0..<500 {
            let value = word(0...12)
            let expected = Set(fragments.indices.filter { value.contains(fragments[$0]) }.map { "f\($0)" })
            let found = Set(set.hits(.domain, value).map(\.list))
            #expect(found == expected, "\(value)")
        }
    }
}
