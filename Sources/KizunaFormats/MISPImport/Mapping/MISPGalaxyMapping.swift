import STIX

/// What a MISP galaxy cluster becomes in STIX 2.1, following misp-stix's export.
enum MISPGalaxyMapping {
    private static let typesByGalaxy: [String: String] = {
        var types: [String: String] = [:]
        let groups: [(String, [String])] = [
            (
                "attack-pattern",
                [
                    "mitre-attack-pattern", "mitre-enterprise-attack-attack-pattern", "mitre-mobile-attack-attack-pattern",
                    "mitre-pre-attack-attack-pattern", "mitre-ics-techniques", "attack-pattern",
                ]
            ),
            (
                "course-of-action",
                [
                    "mitre-course-of-action", "mitre-enterprise-attack-course-of-action",
                    "mitre-mobile-attack-course-of-action", "course-of-action",
                ]
            ),
            (
                "intrusion-set",
                [
                    "mitre-intrusion-set", "mitre-enterprise-attack-intrusion-set", "mitre-mobile-attack-intrusion-set",
                    "mitre-pre-attack-intrusion-set", "intrusion-set",
                ]
            ),
            (
                "malware",
                [
                    "mitre-malware", "mitre-enterprise-attack-malware", "mitre-mobile-attack-malware", "malpedia", "ransomware",
                    "android", "banker", "stealer", "backdoor", "malware",
                ]
            ),
            ("threat-actor", ["threat-actor", "microsoft-activity-group"]),
            ("tool", ["mitre-tool", "mitre-enterprise-attack-tool", "mitre-mobile-attack-tool", "tool", "botnet", "rat", "exploit-kit"]),
            ("vulnerability", ["branded-vulnerability", "vulnerability"]),
        ]
        for (stixType, galaxies) in groups {
            for galaxy in galaxies { types[galaxy] = stixType }
        }
        // Galaxies made by importing STIX: `stix-2.1-malware` holds malware, and so on.
        for stixType in ["attack-pattern", "campaign", "course-of-action", "intrusion-set", "malware", "threat-actor", "tool", "vulnerability"] {
            types["stix-2.0-\(stixType)"] = stixType
            types["stix-2.1-\(stixType)"] = stixType
        }
        return types
    }()

    /// The STIX type made from clusters of `galaxyType`, or `nil` when there is none.
    static func stixType(ofGalaxy galaxyType: String) -> String? {
        Self.typesByGalaxy[galaxyType]
    }

    /// The properties after `created`/`modified` of the STIX object made from `cluster` (`name` first).
    static func properties(of cluster: MISPInputCluster, stixType: String) -> [(String, JSONValue)] {
        let externalID = cluster.metaStrings("external_id").first
        var name = cluster.value
        if let externalID, name.hasSuffix(" - \(externalID)") {
            name = String(name.dropLast(externalID.count + 3))
        }
        var properties: [(String, JSONValue)] = [("name", .string(name))]
        if let description = cluster.description { properties.append(("description", .string(description))) }
        if ["attack-pattern", "malware", "tool"].contains(stixType) {
            let phases: [JSONValue] = cluster.metaStrings("kill_chain").compactMap { chain in
                guard let colon = chain.lastIndex(of: ":") else { return nil }
                return ["kill_chain_name": .string(String(chain[..<colon])), "phase_name": .string(String(chain[chain.index(after: colon)...]))]
            }
            if !phases.isEmpty { properties.append(("kill_chain_phases", .array(phases))) }
        }
        let aliases = cluster.metaStrings("synonyms").filter { $0 != name }
        if !aliases.isEmpty, ["attack-pattern", "campaign", "intrusion-set", "malware", "threat-actor", "tool"].contains(stixType) {
            properties.append(("aliases", .array(aliases.map { .string($0) })))
        }
        if stixType == "malware" { properties.append(("is_family", cluster.meta["is_family"]?.boolValue.map(JSONValue.bool) ?? false)) }
        var labels: [JSONValue] = []
        if let galaxyName = cluster.galaxyName { labels.append(.string("misp:galaxy-name=\"\(galaxyName)\"")) }
        labels.append(.string("misp:galaxy-type=\"\(cluster.type)\""))
        properties.append(("labels", .array(labels)))
        let references = Self.externalReferences(of: cluster, externalID: externalID, stixType: stixType)
        if !references.isEmpty { properties.append(("external_references", .array(references))) }
        let handled: Set<String> = ["external_id", "kill_chain", "refs", "synonyms", "aliases", "is_family"]
        // Galaxies imported from STIX keep STIX property names in their meta; others get `x_misp_` names.
        let isFromSTIX = cluster.type.hasPrefix("stix-2.")
        for (key, value) in cluster.meta where !handled.contains(key) {
            let name = isFromSTIX && ValidName.isPropertyName(key) ? key : Self.customPropertyName(key)
            guard let name, !properties.contains(where: { $0.0 == name }) else { continue }
            properties.append((name, value))
        }
        return properties
    }

    private static func externalReferences(of cluster: MISPInputCluster, externalID: String?, stixType: String) -> [JSONValue] {
        var references: [JSONValue] = []
        if let externalID {
            let source: String
            if cluster.type.hasPrefix("mitre-") {
                source = "mitre-attack"
            } else if let dash = externalID.firstIndex(of: "-"), ["CVE", "CAPEC", "CWE"].contains(externalID[..<dash]) {
                source = externalID[..<dash].lowercased()
            } else {
                source = cluster.type
            }
            references.append(["source_name": .string(source), "external_id": .string(externalID)])
        }
        if stixType == "vulnerability" {
            for alias in cluster.metaStrings("aliases") where alias.hasPrefix("CVE-") {
                references.append(["source_name": "cve", "external_id": .string(alias)])
            }
        }
        for url in cluster.metaStrings("refs") {
            references.append(["source_name": "url", "url": .string(url)])
        }
        return references
    }

    /// Property names STIX allows (3–250 characters of `[A-Za-z0-9_]`).
    enum ValidName {
        static func isPropertyName(_ name: String) -> Bool {
            (3...250).contains(name.utf8.count)
                && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        }
    }

    /// `x_misp_` plus the meta key with characters outside `[A-Za-z0-9_]` written as `_`.
    static func customPropertyName(_ key: String) -> String? {
        let cleaned = String(
            key.unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_") ? Character(scalar) : "_"
            }
        )
        let name = "x_misp_" + cleaned
        return name.utf8.count <= 250 ? name : nil
    }
}
