import Foundation
import STIX
import Testing

/// The outline checks a bundle's whole syntax without building its objects; it must refuse
/// exactly what the full parser refuses, at the same place, except duplicate keys inside an
/// object, which that object's own parse reports.
@Suite("Bundle outline")
struct BundleOutlineTests {
    static func bundle(around element: String) -> [UInt8] {
        Array(
            #"{"type":"bundle","id":"bundle--44af6c39-c09b-49c5-9de2-394224b04982","objects":[{"type":"x-a","id":"x-a--44af6c39-c09b-49c5-9de2-394224b04982"},"#
                .utf8)
            + Array(element.utf8) + Array("]}".utf8)
    }

    /// Every malformed value the parser's own tests use, except the top-level-only cases.
    @Test(
        "refuses a malformed object anywhere in the bundle exactly as the full parser does",
        arguments: JSONParserTests.invalidCases.filter { !$0.text.isEmpty && !$0.text.hasSuffix(" x") && !$0.message.hasPrefix("duplicate") })
    func malformed(_ invalid: JSONParserTests.InvalidCase) {
        let bytes = Self.bundle(around: invalid.text)
        var outlineError: BundleError?
        var parseError: BundleError?
        do { _ = try STIXBundle.outline(bytes) } catch { outlineError = error }
        do { _ = try STIXBundle.parse(bytes) } catch { parseError = error }
        #expect(outlineError != nil)
        #expect(outlineError == parseError, "the outline reports \(String(describing: outlineError))")
    }

    @Test("refuses invalid UTF-8 in a string of an object")
    func invalidUTF8() {
        var bytes = Self.bundle(around: "")
        bytes.removeLast(2)
        bytes += Array("\"ab".utf8) + [0xC3, 0x28] + Array("\"]}".utf8)
        #expect(throws: BundleError.self) { try STIXBundle.outline(bytes) }
    }

    @Test("a duplicate key is left to the object's own parse, which names the object")
    func duplicateKey() throws {
        let outline = try STIXBundle.outline(Self.bundle(around: #"{"type":"x-b","type":"x-c"}"#))
        #expect(outline.count == 2)
        #expect(try outline.entry(0).value.objectValue?["type"] == "x-a")
        do {
            _ = try outline.entry(1)
            Issue.record("expected the duplicate key to be reported")
        } catch {
            #expect(error.path == "$.objects[1]")
            #expect(error.reason.contains("duplicate key 'type'"))
        }
    }

    @Test("entries equal the full parse's, with the same raw bytes", .enabled(if: TestData.isAvailable))
    func sameAsParse() throws {
        let bytes = try TestData.bytes("stix21-oasis/examples/threat-reports/poisonivy.json")
        let outline = try STIXBundle.outline(bytes)
        let parsed = try STIXBundle.parse(bytes)
        #expect(outline.id == parsed.id)
        #expect(outline.count == parsed.entries.count)
        for entry in parsed.entries {
            let lazy = try outline.entry(entry.index)
            #expect(lazy.value == entry.value)
            #expect(lazy.raw == entry.raw)
        }
    }
}
