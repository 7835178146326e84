// kizuna-bench: writes a bundle of N generated, valid STIX indicators for the import benchmark.
//
// Usage: kizuna-bench COUNT OUTPUT.json [--mixed] [--offset N]
// Each indicator has its own domain pattern, TLP:GREEN marking and realistic properties, so
// the import does the same work as for real data (parse, validate, store every version).
// --mixed cycles through domain, IPv4, URL and SHA-256 patterns (the export benchmark);
// --offset N numbers the indicators from N, so several files hold different values.
import Foundation
import STIX

let arguments = CommandLine.arguments
let mixed = arguments.contains("--mixed")
let offset = arguments.firstIndex(of: "--offset").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 0
guard arguments.count >= 3, let count = Int(arguments[1]), count > 0 else {
    FileHandle.standardError.write(Data("usage: kizuna-bench COUNT OUTPUT.json [--mixed] [--offset N]\n".utf8))
    exit(64)
}

/// The pattern of indicator `number`: a domain, or with --mixed a domain, an address, a URL or a hash in turn.
func pattern(_ number: Int) -> String {
    guard mixed else { return "[domain-name:value = 'login-\(number).bank-secure.example']" }
    switch number % 4 {
    case 0: return "[domain-name:value = 'login-\(number).bank-secure.example']"
    case 1: return "[ipv4-addr:value = '\(10 + (number >> 24 & 0xff)).\(number >> 16 & 0xff).\(number >> 8 & 0xff).\(number & 0xff)']"
    case 2: return "[url:value = 'http://pay-\(number).mule-transfer.example/confirm?id=\(number)']"
    default: return "[file:hashes.'SHA-256' = '\(String(repeating: "a", count: 48))\(String(format: "%016x", number))']"
    }
}
let green = TLPMarking.markingRef(for: .green)
let identity = "identity--5e2d8c1a-9a7b-4c1e-8f3a-2b6d4e8f0a11"
var objects: [[UInt8]] = []
objects.reserveCapacity(count)
for index in offset..<offset + count {
    let time = Timestamp(date: Date(timeIntervalSince1970: 1_767_225_600 + Double(index))).text
    let object: JSONValue = .object(
        JSONObject([
            ("type", "indicator"), ("spec_version", "2.1"), ("id", .string(STIXIdentifier.make(type: "indicator"))),
            ("created_by_ref", .string(identity)), ("created", .string(time)), ("modified", .string(time)),
            ("name", .string("Phishing domain \(index)")),
            ("description", "Domain used in an Internet-banking credential phishing campaign"),
            ("indicator_types", ["malicious-activity"]),
            ("pattern", .string(pattern(index))),
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
