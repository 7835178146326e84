/// Checks one property value against its `PropertyKind`, appending an issue per problem.
enum ValueChecker {
    static func check(_ value: JSONValue, as kind: PropertyKind, at path: String, into issues: inout [ValidationIssue]) {
        func fail(_ reason: String) {
            issues.append(ValidationIssue(path: path, reason: reason))
        }
        switch kind {
        case .string, .openVocabulary:
            if value.stringValue == nil { fail("expected \(kind.expectation), found \(value.typeName)") }
        case .timestamp:
            guard let text = value.stringValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if Timestamp(text) == nil { fail("'\(text)' is not an RFC 3339 UTC timestamp (e.g. 2024-01-02T03:04:05.678Z)") }
        case .boolean:
            if value.boolValue == nil { fail("expected a boolean, found \(value.typeName)") }
        case .integer(let range):
            guard let int = value.intValue else { return fail("expected \(kind.expectation), found \(Self.describe(value))") }
            if let range, !range.contains(int) { fail("expected \(kind.expectation), found \(int)") }
        case .number(let range):
            guard let number = value.doubleValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if let range, !range.contains(number) { fail("expected \(kind.expectation), found \(Self.describe(value))") }
        case .identifier(let target):
            Self.checkIdentifier(value, target: target, at: path, into: &issues)
        case .list(let element):
            Self.checkList(value, of: element, at: path, into: &issues)
        case .dictionary:
            guard case .object(let object) = value else { return fail("expected an object, found \(value.typeName)") }
            if object.isEmpty { fail("must not be an empty object") }
        case .enumeration(let allowed):
            guard let text = value.stringValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if !allowed.contains(text) { fail("'\(text)' is not \(kind.expectation)") }
        case .uri:
            guard let text = value.stringValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if !ValueForm.isAbsoluteURI(text) { fail("'\(text)' is not \(kind.expectation)") }
        case .hex:
            guard let text = value.stringValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if !Self.isHex(text) { fail("'\(text)' is not \(kind.expectation)") }
        case .binary:
            guard let text = value.stringValue else { return fail("expected \(kind.expectation), found \(value.typeName)") }
            if !Self.isBase64(text) { fail("expected \(kind.expectation)") }
        case .hashes:
            StructureChecker.checkHashes(value, at: path, into: &issues)
        case .killChainPhases:
            StructureChecker.checkKillChainPhases(value, at: path, into: &issues)
        case .externalReferences:
            StructureChecker.checkExternalReferences(value, at: path, into: &issues)
        case .granularMarkings:
            StructureChecker.checkGranularMarkings(value, at: path, into: &issues)
        case .mimeParts:
            StructureChecker.checkMIMEParts(value, at: path, into: &issues)
        case .registryValues:
            StructureChecker.checkRegistryValues(value, at: path, into: &issues)
        }
    }

    static func checkIdentifier(_ value: JSONValue, target: ReferenceTarget, at path: String, into issues: inout [ValidationIssue]) {
        guard let text = value.stringValue else {
            issues.append(ValidationIssue(path: path, reason: "expected an identifier string, found \(value.typeName)"))
            return
        }
        guard let parsed = STIXIdentifier.parse(text) else {
            issues.append(
                ValidationIssue(path: path, reason: "'\(text)' is not an identifier of the form type--UUID (RFC 4122 UUID)")
            )
            return
        }
        if !target.allows(parsed.type) {
            issues.append(ValidationIssue(path: path, reason: "must reference \(target.expectation), found '\(parsed.type)'"))
        }
    }

    static func checkList(_ value: JSONValue, of element: PropertyKind, at path: String, into issues: inout [ValidationIssue]) {
        guard case .array(let elements) = value else {
            issues.append(ValidationIssue(path: path, reason: "expected a list of \(element.pluralExpectation), found \(value.typeName)"))
            return
        }
        if elements.isEmpty {
            issues.append(ValidationIssue(path: path, reason: "must not be an empty list (omit the property instead)"))
        }
        for (index, item) in elements.enumerated() {
            Self.check(item, as: element, at: JSONPath.element(index, of: path), into: &issues)
        }
    }

    static func describe(_ value: JSONValue) -> String {
        if case .number(let number) = value { return number.text }
        return value.typeName
    }

    static func isHex(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
            }
    }

    static func isBase64(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == 0x0A || byte == 0x0D
        }
    }
}
