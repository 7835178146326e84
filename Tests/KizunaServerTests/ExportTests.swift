import Foundation
import KizunaCore
import STIX
import Testing

/// `GET /api/v1/export/{format}`: every format holds exactly what the requester may read, only active indicators.
@Suite("Exports")
struct ExportTests {
    static let feedFormats = ["suricata", "zeek", "rpz", "csv", "text?type=domain-name", "text?type=ipv4-addr"]

    /// An indicator for `domain` and `address`, valid until `validUntil` when given.
    static func indicator(domain: String, address: String, tlp: TLP, validUntil: String? = nil) -> JSONValue {
        MatchTests.indicator(
            "[domain-name:value = '\(domain)'] OR [ipv4-addr:value = '\(address)']", name: "C2 \(domain)", tlp: tlp,
            validUntil: validUntil)
    }

    static func path(_ format: String) -> String {
        "/api/v1/export/" + format
    }

    @Test("each organisation's feeds hold only what it may read")
    func visibility() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let red = Self.indicator(domain: "red.example", address: "198.51.100.1", tlp: .red)
            let group = Self.indicator(domain: "group.example", address: "198.51.100.2", tlp: .amber)
            let community = Self.indicator(domain: "community.example", address: "198.51.100.3", tlp: .green)
            #expect(try await api.share([red], audience: "organisation", key: world.owner).status == .ok)
            #expect(try await api.share([group], audience: "group:Financial sector", key: world.owner).status == .ok)
            #expect(try await api.share([community], audience: "community", key: world.owner).status == .ok)
            let all = [("red", red), ("group", group), ("community", community)]
            let expectations: [(String, Set<String>)] = [
                (world.owner, ["red", "group", "community"]), (world.member, ["group", "community"]), (world.outsider, ["community"]),
            ]
            for (key, readable) in expectations {
                for format in Self.feedFormats + ["stix"] {
                    let answer = try await api.get(Self.path(format), key: key)
                    #expect(answer.status == .ok, "\(format): \(answer.text)")
                    for (name, object) in all {
                        let domain = "\(name).example"
                        let id = object["id"]?.stringValue ?? ""
                        let listed = answer.text.contains(domain) || (format != "text?type=domain-name" && answer.text.contains(id))
                        let shouldList = readable.contains(name) && format != "text?type=ipv4-addr"
                        #expect(listed == shouldList, "\(format) for \(readable): \(name)")
                    }
                }
            }
        }
    }

    @Test("feeds leave out revoked and expired indicators, and name each entry's indicator")
    func activeOnly() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let expired = Self.indicator(domain: "expired.example", address: "192.0.2.10", tlp: .green, validUntil: "2026-01-01T12:00:00Z")
            let current = Self.indicator(domain: "current.example", address: "192.0.2.11", tlp: .green, validUntil: "2999-01-01T00:00:00Z")
            let revoked = Self.indicator(domain: "revoked.example", address: "192.0.2.12", tlp: .green)
            #expect(try await api.share([expired, current, revoked], audience: "community", key: world.owner).status == .ok)
            let revokedID = revoked["id"]?.stringValue ?? ""
            #expect(try await api.call(.post, "/api/v1/objects/\(revokedID)/revoke", key: world.owner).status == .ok)
            for format in Self.feedFormats + ["stix"] {
                let text = try await api.get(Self.path(format), key: world.member).text
                #expect(!text.contains("expired.example") && !text.contains("192.0.2.10"), "\(format)")
                #expect(!text.contains("revoked.example") && !text.contains("192.0.2.12"), "\(format)")
                if format != "text?type=ipv4-addr" { #expect(text.contains("current.example"), "\(format)") }
            }
            let currentID = current["id"]?.stringValue ?? ""
            for format in ["suricata", "zeek", "rpz", "csv"] {
                let text = try await api.get(Self.path(format), key: world.member).text
                let lines = text.split(separator: "\n").filter { $0.contains("current.example") && !$0.hasPrefix(";") }
                #expect(!lines.isEmpty, "\(format)")
                if format != "rpz" {
                    // Every line that lists the name also names its indicator (RPZ names it in a comment above).
                    #expect(lines.allSatisfy { $0.contains(currentID) }, "\(format): \(lines)")
                } else {
                    #expect(text.contains("; \(currentID)"))
                }
            }
        }
    }

    @Test("Suricata signature ids are stable across exports and follow sid_base")
    func suricataSIDs() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let first = Self.indicator(domain: "one.example", address: "203.0.113.1", tlp: .green)
            #expect(try await api.share([first], audience: "community", key: world.owner).status == .ok)
            let before = Self.sids(try await api.get(Self.path("suricata"), key: world.owner).text)
            let second = Self.indicator(domain: "two.example", address: "203.0.113.2", tlp: .green)
            #expect(try await api.share([second], audience: "community", key: world.owner).status == .ok)
            let after = Self.sids(try await api.get(Self.path("suricata"), key: world.owner).text)
            #expect(before.count == 4 && after.count == 8)
            #expect(before.allSatisfy { after[$0.key] == $0.value })
            #expect(Set(after.values).count == after.count)
            let based = Self.sids(try await api.get(Self.path("suricata?sid_base=100"), key: world.owner).text)
            #expect(based.count == 8 && based.values.allSatisfy { $0 >= 100 } && based != after)
        }
    }

    /// Each rule's text without its sid, mapped to its sid.
    static func sids(_ rules: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for line in rules.split(separator: "\n") where line.hasPrefix("alert ") {
            guard let range = line.range(of: #"sid:(\d+);"#, options: .regularExpression) else { continue }
            let number = Int(line[range].dropFirst(4).dropLast()) ?? -1
            result[line.replacingCharacters(in: range, with: "")] = number
        }
        return result
    }

    @Test("the MISP feed archive holds one event per readable report and the loose indicators")
    func mispFeed() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let shared = Self.indicator(domain: "feed.example", address: "192.0.2.44", tlp: .green)
            let secret = Self.indicator(domain: "secret.example", address: "192.0.2.45", tlp: .red)
            let report: JSONValue = [
                "type": "report", "spec_version": "2.1", "id": "report--0b6f6c6e-1b34-4a3c-9d0e-6a1f0c2d3e4f",
                "created": "2026-03-01T00:00:00.000Z", "modified": "2026-03-01T00:00:00.000Z", "name": "Phishing wave",
                "published": "2026-03-01T00:00:00Z", "report_types": ["campaign"],
                "object_refs": [shared["id"] ?? .null, secret["id"] ?? .null],
                "object_marking_refs": [.string(TLPMarking.markingRef(for: .green))],
            ]
            #expect(try await api.share([shared, report], audience: "community", key: world.owner).status == .ok)
            #expect(try await api.share([secret], audience: "organisation", key: world.owner).status == .ok)
            let answer = try await api.get(Self.path("misp-feed"), key: world.outsider)
            #expect(answer.status == .ok)
            #expect(answer.headers[.contentType] == "application/x-tar")
            let files = try Self.untar(answer.body)
            let event = try #require(files["0b6f6c6e-1b34-4a3c-9d0e-6a1f0c2d3e4f.json"].map { try JSON.parse($0) })
            let values = event["Event"]?["Attribute"]?.arrayValue?.compactMap { $0["value"]?.stringValue } ?? []
            #expect(Set(values) == ["feed.example", "192.0.2.44"])
            #expect(files["manifest.json"] != nil && files["hashes.csv"] != nil)
            #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("secret.example") })
            let owner = try Self.untar(try await api.get(Self.path("misp-feed"), key: world.owner).body)
            #expect(owner.values.contains { String(decoding: $0, as: UTF8.self).contains("secret.example") })
        }
    }

    /// The files of a ustar archive.
    static func untar(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var offset = 0
        while offset + 512 <= bytes.count, bytes[offset] != 0 {
            let header = bytes[offset..<offset + 512]
            let name = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
            let sizeText = String(decoding: header.dropFirst(124).prefix(12).prefix { $0 != 0 && $0 != 32 }, as: UTF8.self)
            let size = try #require(Int(sizeText, radix: 8))
            files[name] = Array(bytes[offset + 512..<offset + 512 + size])
            offset += 512 + (size + 511) / 512 * 512
        }
        return files
    }

    @Test("bad export requests say which parameter is wrong")
    func badInput() async throws {
        let world = try await TestWorld.make()
        try await world.test { api in
            let cases: [(String, String)] = [
                ("/api/v1/export/snort", "format"), ("/api/v1/export/text", "type"), ("/api/v1/export/text?type=ipv5", "type"),
                ("/api/v1/export/suricata?sid_base=-3", "sid_base"), ("/api/v1/export/rpz?action=explode", "action"),
                ("/api/v1/export/zeek?sid_base=5", "sid_base"), ("/api/v1/export/suricata?list=file-sha512", "list"),
                ("/api/v1/export/csv?tlp=purple", "tlp"), ("/api/v1/export/rpz?origin=bad..name", "origin"),
                ("/api/v1/export/csv?colour=red", "colour"), ("/api/v1/export/stix?limit=10", "limit"),
            ]
            for (uri, path) in cases {
                let answer = try await api.get(uri, key: world.owner)
                #expect(answer.status == .badRequest, "\(uri)")
                #expect(answer.path == path, "\(uri): \(answer.text)")
            }
            #expect(try await api.get("/api/v1/export/csv", key: nil).status == .unauthorized)
        }
    }
}
