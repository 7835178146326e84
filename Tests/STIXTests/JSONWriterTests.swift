import STIX
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("writes compact JSON in key order")
    func compact() {
        let value: JSONValue = ["type": "indicator", "labels": ["a", "b"], "n": 3, "x": nil, "ok": true, "f": 1.5]
        #expect(JSON.serializeString(value) == #"{"type":"indicator","labels":["a","b"],"n":3,"x":null,"ok":true,"f":1.5}"#)
    }

    @Test("escapes quotes, backslashes and control characters and passes non-ASCII through")
    func escaping() {
        let value: JSONValue = .string("q\"b\\n\n t\t c\u{1} z\u{1F} é 😀")
        #expect(JSON.serializeString(value) == #""q\"b\\n\n t\t c\u0001 z\u001f é 😀""#)
    }

    @Test(
        "round trips through the parser",
        arguments: [
            #"{"a":[1,2.50,{"b":"\u00e9\n"}],"c":null}"#,
            #"[]"#, #"{}"#, #""""#, #"[-0.0,1E+2]"#,
        ])
    func roundTrip(_ text: String) throws {
        let value = try JSON.parse(text)
        let written = JSON.serialize(value)
        #expect(try JSON.parse(written) == value)
        #expect(JSON.serialize(try JSON.parse(written)) == written)
    }

    @Test("appends into an existing buffer")
    func appends() {
        var buffer = Array("x".utf8)
        JSON.serialize(["a": 1], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == #"x{"a":1}"#)
    }

    @Test("canonicalises per RFC 8785")
    func canonical() throws {
        let value = try JSON.parse(#"{"value":1e21,"a":[1.5e-7,0.000001,123456789012345680000,-0.0,4.50],"é":"\u0001","B":true}"#)
        let text = String(decoding: JSONCanonicalization.canonicalBytes(value), as: UTF8.self)
        // Matches Python's stix2 canonicaliser (the reference used for SCO ids).
        #expect(text == #"{"B":true,"a":[1.5e-7,0.000001,123456789012345680000,0,4.5],"value":1e+21,"é":"\u0001"}"#)
    }
}
