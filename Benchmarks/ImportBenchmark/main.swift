// kizuna-bench: writes a bundle of N generated, valid STIX indicators for the import benchmark.
//
// Usage: kizuna-bench COUNT OUTPUT.json
// Each indicator has its own domain pattern, TLP:GREEN marking and realistic properties, so
// the import does the same work as for real data (parse, validate, store every version).
import Foundation
import STIX

let arguments = CommandLine.arguments
guard arguments.count == 3, let count = Int(arguments[1]), count > 0 else {
    FileHandle.standardError.write(Data("usage: kizuna-bench COUNT OUTPUT.json\n".utf8))
    exit(64)
}
let green = TLPMarking.markingRef(for: .green)
let identity = "identity--5e2d8c1a-9a7b-4c1e-8f3a-2b6d4e8f0a11"
var objects: [[UInt8]] = []
objects.reserveCapacity(count)
for index in 0..<count {
    let time = Timestamp(date: Date(timeIntervalSince1970: 1_767_225_600 + Double(index))).text
    let object: JSONValue = .object(
        JSONObject([
            ("type", "indicator"), ("spec_version", "2.1"), ("id", .string(STIXIdentifier.make(type: "indicator"))),
            ("created_by_ref", .string(identity)), ("created", .string(time)), ("modified", .string(time)),
            ("name", .string("Phishing domain \(index)")),
            ("description", "Domain used in an Internet-banking credential phishing campaign"),
            ("indicator_types", ["malicious-activity"]),
            ("pattern", .string("[domain-name:value = 'login-\(index).bank-secure.example']")),
            ("pattern_type", "stix"), ("valid_from", .string(time)), ("labels", ["phishing"]),
            ("confidence", .number(JSONNumber(70))), ("object_marking_refs", [.string(green)]),
        ]))
    objects.append(JSON.serialize(object))
}
let bundle = STIXBundle.make(objects: objects)
guard FileManager.default.createFile(atPath: arguments[2], contents: Data(bundle)) else {
    FileHandle.standardError.write(Data("cannot write \(arguments[2])\n".utf8))
    exit(1)
}
print("wrote \(count) indicators (\(bundle.count) bytes) to \(arguments[2])")
