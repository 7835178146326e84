/// Checks the structured property types of STIX 2.1 §2: hashes, kill-chain phases, external
/// references, granular markings, MIME parts and registry values.
enum StructureChecker {
    static func checkHashes(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        guard case .object(let hashes) = value else {
            issues.append(ValidationIssue(path: path, reason: "expected a hashes object, found \(value.typeName)"))
            return
        }
        if hashes.isEmpty {
            issues.append(ValidationIssue(path: path, reason: "must not be an empty object"))
        }
        for (algorithm, hash) in hashes {
            let hashPath = JSONPath.member(algorithm, of: path)
            guard let text = hash.stringValue else {
                issues.append(ValidationIssue(path: hashPath, reason: "expected a hash string, found \(hash.typeName)"))
                continue
            }
            if algorithm.utf8.count > 250 {
                issues.append(ValidationIssue(path: hashPath, reason: "hash algorithm names must not exceed 250 characters"))
            }
            if !ValueForm.hasHashForm(text, algorithm: algorithm), let form = ValueForm.hashForm(of: algorithm) {
                issues.append(ValidationIssue(path: hashPath, reason: "an \(algorithm) hash must be \(form)"))
            }
        }
    }

    static func checkKillChainPhases(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        Self.checkObjects(value, named: "kill-chain phases", at: path, into: &issues) { phase, phasePath, issues in
            for name in ["kill_chain_name", "phase_name"] {
                Self.requireString(name, in: phase, at: phasePath, into: &issues)
            }
        }
    }

    static func checkExternalReferences(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        Self.checkObjects(value, named: "external references", at: path, into: &issues) { reference, referencePath, issues in
            Self.requireString("source_name", in: reference, at: referencePath, into: &issues)
            for name in ["description", "url", "external_id"] {
                if let member = reference[name], member.stringValue == nil {
                    let memberPath = JSONPath.member(name, of: referencePath)
                    issues.append(ValidationIssue(path: memberPath, reason: "expected a string, found \(member.typeName)"))
                }
            }
            if let hashes = reference["hashes"] {
                Self.checkHashes(hashes, at: JSONPath.member("hashes", of: referencePath), into: &issues)
            }
            if !["description", "url", "external_id"].contains(where: reference.contains(key:)) {
                issues.append(
                    ValidationIssue(
                        path: referencePath,
                        reason: "an external reference needs at least one of description, url or external_id besides source_name"
                    )
                )
            }
        }
    }

    static func checkGranularMarkings(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        Self.checkObjects(value, named: "granular markings", at: path, into: &issues) { marking, markingPath, issues in
            let selectorsPath = JSONPath.member("selectors", of: markingPath)
            if let selectors = marking["selectors"] {
                ValueChecker.checkList(selectors, of: .string, at: selectorsPath, into: &issues)
            } else {
                issues.append(ValidationIssue(path: selectorsPath, reason: "missing required property 'selectors'"))
            }
            if let ref = marking["marking_ref"] {
                let refPath = JSONPath.member("marking_ref", of: markingPath)
                ValueChecker.checkIdentifier(ref, target: .types(["marking-definition"]), at: refPath, into: &issues)
            }
            if marking.contains(key: "marking_ref") == marking.contains(key: "lang") {
                issues.append(ValidationIssue(path: markingPath, reason: "a granular marking needs exactly one of marking_ref or lang"))
            }
        }
    }

    static func checkMIMEParts(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        Self.checkObjects(value, named: "MIME parts", at: path, into: &issues) { part, partPath, issues in
            if let ref = part["body_raw_ref"] {
                let refPath = JSONPath.member("body_raw_ref", of: partPath)
                ValueChecker.checkIdentifier(ref, target: .types(["artifact", "file"]), at: refPath, into: &issues)
            }
            if part.contains(key: "body") && part.contains(key: "body_raw_ref") {
                issues.append(ValidationIssue(path: partPath, reason: "body and body_raw_ref must not both be present"))
            }
        }
    }

    static func checkRegistryValues(_ value: JSONValue, at path: String, into issues: inout [ValidationIssue]) {
        Self.checkObjects(value, named: "registry values", at: path, into: &issues) { entry, entryPath, issues in
            for (name, member) in entry where ["name", "data", "data_type"].contains(name) && member.stringValue == nil {
                let memberPath = JSONPath.member(name, of: entryPath)
                issues.append(ValidationIssue(path: memberPath, reason: "expected a string, found \(member.typeName)"))
            }
        }
    }

    /// Checks that `value` is a non-empty list of objects and runs `body` on each.
    private static func checkObjects(
        _ value: JSONValue,
        named name: String,
        at path: String,
        into issues: inout [ValidationIssue],
        _ body: (JSONObject, String, inout [ValidationIssue]) -> Void
    ) {
        guard case .array(let elements) = value else {
            issues.append(ValidationIssue(path: path, reason: "expected a list of \(name), found \(value.typeName)"))
            return
        }
        if elements.isEmpty {
            issues.append(ValidationIssue(path: path, reason: "must not be an empty list (omit the property instead)"))
        }
        for (index, element) in elements.enumerated() {
            let elementPath = JSONPath.element(index, of: path)
            guard case .object(let object) = element else {
                issues.append(ValidationIssue(path: elementPath, reason: "expected an object, found \(element.typeName)"))
                continue
            }
            body(object, elementPath, &issues)
        }
    }

    private static func requireString(_ name: String, in object: JSONObject, at path: String, into issues: inout [ValidationIssue]) {
        let memberPath = JSONPath.member(name, of: path)
        guard let member = object[name] else {
            issues.append(ValidationIssue(path: memberPath, reason: "missing required property '\(name)'"))
            return
        }
        if member.stringValue == nil {
            issues.append(ValidationIssue(path: memberPath, reason: "expected a string, found \(member.typeName)"))
        }
    }
}
