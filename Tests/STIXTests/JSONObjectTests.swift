import STIX
import Testing

@Suite("JSON objects and values")
struct JSONObjectTests {
    @Test("setting a new key appends, setting nil removes, setting an existing key keeps its place")
    func subscriptSet() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["c"] = 3
        object["a"] = "x"
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["a"] == "x")
        #expect(object.count == 2)
    }

    @Test("equality ignores member order but serialisation keeps it")
    func semanticEquality() {
        let first: JSONObject = ["a": 1, "b": [true, nil]]
        let second: JSONObject = ["b": [true, nil], "a": 1.0]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(JSON.serializeString(.object(first)) != JSON.serializeString(.object(second)))
        #expect(first != ["a": 1, "b": [nil, true]])
        #expect(first != ["a": 1])
    }

    @Test("iterates members in order")
    func iteration() {
        let object = JSONObject([("z", 1), ("y", 2)])
        #expect(object.map(\.key) == ["z", "y"])
    }

    @Test("accessors return nil for other types")
    func accessors() {
        let value: JSONValue = "text"
        #expect(value.stringValue == "text")
        #expect(value.intValue == nil)
        #expect(value.arrayValue == nil)
        #expect(JSONValue.number(JSONNumber(7)).intValue == 7)
        #expect(JSONValue.number(JSONNumber(2.5)).doubleValue == 2.5)
        #expect((["a", "b"] as JSONValue).stringArrayValue == ["a", "b"])
    }
}
