import Foundation
import KizunaFormats
import Testing

@Suite("Loading warning lists")
struct WarningListLoadingTests {
    /// The error loading a directory with one file `bad/list.json` holding `json`.
    func loadError(_ json: String) throws -> WarningListError? {
        let good = try WarningListFixtures.listJSON(name: "good", type: "string", entries: ["a"])
        let directory = try WarningListFixtures.directory(with: ["bad": json, "good": good])
        do {
            _ = try WarningListSet(directory: directory.path)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a malformed file throws naming the file and the reason",
        arguments: [
            ("{\"name\": \"x\", ", "not valid JSON"),
            ("[1, 2]", "the top level is not a JSON object"),
            ("{\"type\": \"string\", \"list\": [], \"description\": \"d\", \"version\": 1}", "'name' is missing"),
            ("{\"name\": \"x\", \"type\": \"fuzzy\", \"list\": [], \"description\": \"d\", \"version\": 1}", "'type' is 'fuzzy', not one of"),
            ("{\"name\": \"x\", \"type\": \"string\", \"description\": \"d\", \"version\": 1}", "'list' is missing or not an array"),
            ("{\"name\": \"x\", \"type\": \"string\", \"list\": [\"a\", 3], \"description\": \"d\", \"version\": 1}", "'list[1]' is not a string"),
            ("{\"name\": \"x\", \"type\": \"string\", \"list\": [], \"version\": 1}", "'description' is missing"),
            (
                "{\"name\": \"x\", \"type\": \"string\", \"list\": [], \"description\": \"d\", \"version\": \"1\"}",
                "'version' is missing or not an integer"
            ),
            (
                "{\"name\": \"x\", \"type\": \"string\", \"list\": [], \"description\": \"d\", \"version\": 1, \"matching_attributes\": \"url\"}",
                "'matching_attributes' is not an array"
            ),
            ("{\"name\": \"good\", \"type\": \"string\", \"list\": [], \"description\": \"d\", \"version\": 1}", "already used by"),
        ])
    func malformed(json: String, reason: String) throws {
        let error = try #require(try self.loadError(json))
        #expect(error.description.contains("bad/list.json"))
        #expect(error.description.contains(reason), "\(error)")
    }

    @Test("a missing directory and a directory without lists are errors")
    func missingDirectory() throws {
        #expect(throws: WarningListError.directoryNotFound("/nonexistent/kizuna")) {
            try WarningListSet(directory: "/nonexistent/kizuna")
        }
        let empty = try ExternalTool.temporaryDirectory("kizuna-warninglists")
        #expect(throws: WarningListError.noListsFound(empty.path)) { try WarningListSet(directory: empty.path) }
    }

    @Test("flat *.json files and a repository's lists folder are both found, in name order")
    func layouts() throws {
        let root = try ExternalTool.temporaryDirectory("kizuna-warninglists")
        let lists = root.appendingPathComponent("lists")
        try FileManager.default.createDirectory(at: lists, withIntermediateDirectories: true)
        try Data(WarningListFixtures.listJSON(name: "b", type: "string", entries: ["x"]).utf8).write(to: lists.appendingPathComponent("b.json"))
        try Data(WarningListFixtures.listJSON(name: "a", type: "cidr", entries: ["5.0.0.0/8", "6.0.0.0/8"]).utf8)
            .write(to: lists.appendingPathComponent("a.json"))
        try Data("not a list".utf8).write(to: lists.appendingPathComponent("README.md"))
        let set = try WarningListSet(directory: root.path)
        #expect(set.lists.map(\.name) == ["Reserved and private IP ranges (built in)", "a", "b"])
        #expect(set.lists[1] == WarningListSummary(name: "a", type: .cidr, entryCount: 2, file: lists.appendingPathComponent("a.json").path))
    }
}
