import STIXPatterns
import Testing

@Suite("Valid patterns parse")
struct CorpusTests {
    @Test("every STIX 2.1 spec example parses", arguments: ValidPatterns.specExamples)
    func specExample(pattern: String) throws {
        _ = try Pattern.parse(pattern)
    }

    @Test("every feature example parses", arguments: ValidPatterns.features)
    func featureExample(pattern: String) throws {
        _ = try Pattern.parse(pattern)
    }

    @Test(
        "every STIX indicator pattern in the OASIS examples parses",
        .enabled(if: TestData.exists("stix21-oasis/examples"))
    )
    func oasisExamples() throws {
        let patterns =
            TestData.stixPatterns(under: "stix21-oasis/examples")
            + TestData.stixPatterns(under: "stix21-oasis/threat-reports")
        #expect(!patterns.isEmpty)
        for (file, pattern) in patterns {
            #expect(throws: Never.self, "\(file): \(pattern)") { try Pattern.parse(pattern) }
        }
    }

    @Test(
        "every STIX indicator pattern in the misp-stix reference mappings parses",
        .enabled(if: TestData.exists("misp-stix"))
    )
    func mispStixMappings() throws {
        let patterns = TestData.stixPatterns(under: "misp-stix")
        #expect(patterns.count > 100)
        for (file, pattern) in patterns {
            #expect(throws: Never.self, "\(file): \(pattern)") { try Pattern.parse(pattern) }
        }
    }
}
