import Foundation
import KizunaFormats
import STIX
import Testing

@Suite("MISP feed tags")
struct MISPFeedTagTests {
    @Test(
        "the event's TLP becomes the tlp taxonomy tag and the event's distribution",
        arguments: [
            (TLP.clear, "tlp:clear", "#ffffff", "3"), (.green, "tlp:green", "#33FF00", "2"), (.amber, "tlp:amber", "#FFC000", "1"),
            (.amberStrict, "tlp:amber+strict", "#FFC000", "1"), (.red, "tlp:red", "#FF2B2B", "0"),
        ])
    func tlpTag(level: TLP, name: String, colour: String, distribution: String) throws {
        var builder = MISPFeedBuilder(orgName: "A", orgUUID: MISPFeedFixtures.orgUUID)
        let event = try MISPFeedFixtures.event(builder.event(report: MISPFeedFixtures.report([]), tlp: level, objects: []))
        #expect(event["Tag"] == [["colour": .string(colour), "local": false, "name": .string(name), "relationship_type": ""]])
        #expect(event["distribution"] == .string(distribution))
    }

    @Test(
        "the tlp tags are values of MISP's tlp taxonomy, in its colours",
        .enabled(if: MISPFeedFixtures.dataDirectory != nil, "needs KIZUNA_TEST_DATA (../shared/data)"))
    func tlpTaxonomy() throws {
        let taxonomy = try MISPFeedFixtures.data("misp-taxonomies/tlp/machinetag.json")
        var colours: [String: String] = [:]
        for predicate in taxonomy["predicates"]?.arrayValue ?? [] {
            colours[predicate["value"]?.stringValue ?? ""] = predicate["colour"]?.stringValue
        }
        for level in TLP.allCases {
            let tag = MISPTag.tlp(level)
            #expect(tag.name == "tlp:" + level.rawValue)
            #expect(colours[level.rawValue] == tag.colour, "\(level)")
        }
    }

    @Test(
        "SDOs become MISP galaxy cluster tags",
        arguments: [
            ("attack-pattern", "Spearphishing Attachment", "T1566.001", #"misp-galaxy:mitre-attack-pattern="Spearphishing Attachment - T1566.001""#),
            ("malware", "PlugX", "S0013", #"misp-galaxy:mitre-malware="PlugX - S0013""#),
            ("tool", "Mimikatz", "S0002", #"misp-galaxy:mitre-tool="Mimikatz - S0002""#),
            ("intrusion-set", "APT28", "G0007", #"misp-galaxy:mitre-intrusion-set="APT28 - G0007""#),
            ("course-of-action", "User Training", "M1017", #"misp-galaxy:mitre-course-of-action="User Training - M1017""#),
            ("malware", "Emotet", nil, #"misp-galaxy:malpedia="Emotet""#),
            ("tool", "Cobalt \"Strike\"", nil, #"misp-galaxy:tool="Cobalt 'Strike'""#),
            ("intrusion-set", "Lazarus Group", nil, #"misp-galaxy:threat-actor="Lazarus Group""#),
            ("threat-actor", "Fancy Bear", nil, #"misp-galaxy:threat-actor="Fancy Bear""#),
        ] as [(String, String, String?, String)])
    func galaxyTag(type: String, name: String, attackID: String?, expected: String) throws {
        let object = MISPFeedFixtures.sdo(type, "2f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: name, attackID: attackID)
        #expect(MISPTag.galaxy(for: object) == MISPTag(name: expected, colour: "#0088cc"))
    }

    @Test("objects without a galaxy give no tag, and each tag appears once after the tlp tag")
    func galaxyTagsInEvent() throws {
        let pattern = MISPFeedFixtures.sdo("attack-pattern", "2f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: "Phishing", attackID: "T1566")
        let objects = [
            pattern, pattern, MISPFeedFixtures.sdo("attack-pattern", "3f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: "No ATT&CK id"),
            MISPFeedFixtures.sdo("identity", "4f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: "ACME Bank"),
            MISPFeedFixtures.sdo("malware", "5f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: "Emotet", attackID: "S0367"),
        ]
        var builder = MISPFeedBuilder(orgName: "A", orgUUID: MISPFeedFixtures.orgUUID)
        let event = try MISPFeedFixtures.event(builder.event(report: MISPFeedFixtures.report(objects), tlp: .amber, objects: objects))
        let names = (event["Tag"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        #expect(names == ["tlp:amber", #"misp-galaxy:mitre-attack-pattern="Phishing - T1566""#, #"misp-galaxy:mitre-malware="Emotet - S0367""#])
    }

    @Test(
        "real ATT&CK objects (outside ATT&CK for ICS) become tags naming values of MISP's real mitre-* galaxy clusters",
        .enabled(if: MISPFeedFixtures.dataDirectory != nil, "needs KIZUNA_TEST_DATA (../shared/data)"))
    func realAttackObjectsResolve() throws {
        let directory = try #require(MISPFeedFixtures.dataDirectory).appendingPathComponent("mitre-attack")
        let bundles = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        var clusters: [String: Set<String>] = [:]
        for name in ["mitre-attack-pattern", "mitre-malware", "mitre-tool", "mitre-intrusion-set"] {
            let cluster = try MISPFeedFixtures.data("misp-galaxy/clusters/\(name).json")
            clusters[name] = Set((cluster["values"]?.arrayValue ?? []).compactMap { $0["value"]?.stringValue })
        }
        var unresolved: [String] = []
        var checked = 0
        for bundle in bundles {
            let objects = try MISPFeedFixtures.data("mitre-attack/" + bundle)["objects"]?.arrayValue ?? []
            for object in objects where object["revoked"] != true && object["x_mitre_deprecated"] != true {
                // ATT&CK for ICS has its own MISP galaxies, whose clusters the shared data does not hold.
                guard object["x_mitre_domains"]?.stringArrayValue?.contains("ics-attack") != true,
                    let tag = MISPTag.galaxy(for: object), tag.name.hasPrefix("misp-galaxy:mitre-")
                else { continue }
                let body = tag.name.dropFirst("misp-galaxy:".count)
                let cluster = String(body.prefix { $0 != "=" })
                let value = String(body.drop { $0 != "=" }.dropFirst(2).dropLast())
                guard let values = clusters[cluster] else { continue }
                checked += 1
                if !values.contains(value) { unresolved.append(tag.name) }
            }
        }
        #expect(checked > 200)
        #expect(unresolved.isEmpty, "\(unresolved.prefix(10))")
    }
}

extension MISPFeedTagTests {
    @Test(
        "name-keyed galaxy tags name values of MISP's real malpedia, tool and threat-actor clusters",
        .enabled(if: MISPFeedFixtures.dataDirectory != nil, "needs KIZUNA_TEST_DATA (../shared/data)"),
        arguments: [("malware", "Emotet", "malpedia"), ("tool", "Mimikatz", "tool"), ("intrusion-set", "Lazarus Group", "threat-actor")])
    func nameKeyedTagsResolve(type: String, name: String, cluster: String) throws {
        let values = try MISPFeedFixtures.data("misp-galaxy/clusters/\(cluster).json")["values"]?.arrayValue ?? []
        let tag = try #require(MISPTag.galaxy(for: MISPFeedFixtures.sdo(type, "2f1e4d3c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: name)))
        #expect(tag.name == "misp-galaxy:\(cluster)=\"\(name)\"")
        #expect(values.contains { $0["value"]?.stringValue == name })
    }
}
