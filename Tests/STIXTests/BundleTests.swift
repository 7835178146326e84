import STIX
import Testing

@Suite("Bundles")
struct BundleTests {
    static let bundleText = """
        {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
         "objects": [ {"type": "x-a", "id": "x-a--1e4ffad7-0b88-41d4-ba4d-77d27490b956", "n": [1, 2]} ,
            {"type":"x-b","id":"x-b--ecb120bf-2694-4902-a737-62b74539a41b"}]}
        """

    @Test("records the exact bytes of each object")
    func rawBytes() throws {
        let bundle = try STIXBundle.parse(Array(Self.bundleText.utf8))
        #expect(bundle.id == "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d")
        #expect(bundle.entries.count == 2)
        #expect(
            String(decoding: bundle.entries[0].raw, as: UTF8.self)
                == #"{"type": "x-a", "id": "x-a--1e4ffad7-0b88-41d4-ba4d-77d27490b956", "n": [1, 2]}"#)
        #expect(
            String(decoding: bundle.entries[1].raw, as: UTF8.self)
                == #"{"type":"x-b","id":"x-b--ecb120bf-2694-4902-a737-62b74539a41b"}"#)
        #expect(bundle.entries[1].index == 1)
        #expect(bundle.entries[1].path == "$.objects[1]")
        for entry in bundle.entries {
            #expect(try JSON.parse(Array(entry.raw)) == entry.value)
        }
    }

    @Test("writes a bundle around serialised objects without re-encoding them")
    func make() throws {
        let objects = [Array(#"{"type":"x-a","id":"x-a--1e4ffad7-0b88-41d4-ba4d-77d27490b956"}"#.utf8), Array("{ \"type\" : \"x-b\" }".utf8)]
        let bytes = STIXBundle.make(objects: objects, id: "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d")
        let bundle = try STIXBundle.parse(bytes)
        #expect(bundle.entries.map { Array($0.raw) } == objects)
        let fresh = try STIXBundle.parse(STIXBundle.make(objects: []))
        #expect(fresh.id.map { STIXIdentifier.isValid($0, forType: "bundle") } == true)
        #expect(fresh.entries.isEmpty)
    }

    struct BadBundle: Sendable, CustomTestStringConvertible {
        let text: String
        let path: String
        let reason: String
        var testDescription: String { "\(self.path): \(self.reason)" }
    }

    static let badBundles: [BadBundle] = [
        BadBundle(text: "[1]", path: "$", reason: "a bundle must be a JSON object, found array"),
        BadBundle(text: #"{"type": "report", "objects": []}"#, path: "$.type", reason: #"expected "bundle", found "report""#),
        BadBundle(text: #"{"objects": []}"#, path: "$.type", reason: "missing required property 'type'"),
        BadBundle(
            text: #"{"type": "bundle", "id": "bundle--nope", "objects": []}"#, path: "$.id",
            reason: "expected an identifier of the form bundle--<UUID>"),
        BadBundle(
            text: #"{"type": "bundle", "id": "report--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": []}"#,
            path: "$.id", reason: "expected an identifier of the form bundle--<UUID>"),
        BadBundle(text: #"{"type": "bundle"}"#, path: "$.objects", reason: "missing property 'objects'"),
        BadBundle(text: #"{"type": "bundle", "objects": {}}"#, path: "$.objects", reason: "expected an array, found object"),
    ]

    @Test("rejects bundles with the JSON path and reason", arguments: Self.badBundles)
    func rejects(_ bad: BadBundle) {
        do {
            _ = try STIXBundle.parse(Array(bad.text.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.path == bad.path)
            #expect(error.reason == bad.reason)
        }
    }

    @Test("wraps JSON syntax errors")
    func syntax() {
        do {
            _ = try STIXBundle.parse(Array(#"{"type": "bundle", "objects": [{"a": 1,}]}"#.utf8))
            Issue.record("expected an error")
        } catch {
            guard case .syntax(let syntax) = error else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(syntax.column == 40)
            #expect(error.description == "$: invalid JSON at line 1, column 40: trailing comma in object")
        }
    }
}
