/// Checks STIX objects against the STIX 2.1 rules, reporting every problem with its JSON path.
///
/// Issues with severity `.error` break a MUST of the specification; `.warning`s break a SHOULD
/// (for example an SCO whose id is a random UUIDv4 rather than its deterministic UUIDv5, or a custom
/// property without the `x_` prefix). Whether to accept objects with warnings is the caller's call.
public enum STIXValidator {
    /// Every error and warning for `object`, with paths below `path` (e.g. `$.objects[3]`).
    public static func validate(_ object: STIXObject, at path: String = "$") -> [ValidationIssue] {
        var context = ValidationContext(object: object, path: path)
        context.run()
        return context.issues
    }

    /// Only the errors (MUST violations) for `object`.
    public static func errors(in object: STIXObject, at path: String = "$") -> [ValidationIssue] {
        Self.validate(object, at: path).filter { $0.severity == .error }
    }

    /// Every issue for a bundle entry, including an entry that is not an object with `type` and `id`.
    public static func validate(_ entry: BundleEntry) -> [ValidationIssue] {
        do {
            let object = try STIXObject(entry.value)
            return Self.validate(object, at: entry.path)
        } catch {
            let suffix = error.path.dropFirst()  // drop "$"
            return [ValidationIssue(path: entry.path + suffix, reason: error.reason)]
        }
    }
}

/// The state of validating one object: its properties, table and the issues found so far.
struct ValidationContext {
    let object: STIXObject
    let path: String
    var issues: [ValidationIssue] = []

    init(object: STIXObject, path: String) {
        self.object = object
        self.path = path
    }

    var properties: JSONObject {
        self.object.properties
    }

    mutating func report(_ path: String, _ reason: String, _ severity: ValidationIssue.Severity = .error) {
        self.issues.append(ValidationIssue(path: path, reason: reason, severity: severity))
    }

    func path(of property: String) -> String {
        JSONPath.member(property, of: self.path)
    }

    mutating func run() {
        let type = self.object.type
        guard STIXIdentifier.isValidTypeName(type) else {
            self.report(self.path(of: "type"), "'\(type)' is not a valid type name (3–250 characters of a–z, 0–9 and '-')")
            return
        }
        self.checkID(type: type)
        guard let table = self.table(for: type) else {
            self.report(
                self.path(of: "type"),
                "unknown object type '\(type)' (custom types must start with 'x-' or be declared by an extension-definition)"
            )
            return
        }
        self.checkProperties(against: table, isCustomType: table.category == .custom && PropertyTable.table(for: type) == nil)
        self.checkRules(table.rules)
        self.checkExtensions(category: table.category)
        if type == "marking-definition" {
            self.checkMarkingDefinition()
        }
        if table.category == .sco || type == BankAccountExtension.objectType {
            self.checkDeterministicID(type: type)
        }
    }

    /// The table for a standard type, a declared extension type with a known table, or the custom table.
    func table(for type: String) -> PropertyTable? {
        if STIXTypes.isStandard(type) {
            return PropertyTable.table(for: type)
        }
        let declared = self.object.declaresTypeByExtension
        if declared, let known = PropertyTable.table(for: type) {
            return known
        }
        if type.hasPrefix("x-") || declared {
            return PropertyTable.custom
        }
        return nil
    }

    mutating func checkID(type: String) {
        let id = self.object.id
        guard let parsed = STIXIdentifier.parse(id) else {
            self.report(self.path(of: "id"), "'\(id)' is not an identifier of the form type--UUID (RFC 4122 UUID)")
            return
        }
        if !UUIDText.isLowercase(parsed.uuid) {
            self.report(self.path(of: "id"), "UUIDs should be written in lowercase (RFC 4122 §3)", .warning)
        }
        if parsed.type != type {
            self.report(self.path(of: "id"), "id type '\(parsed.type)' does not match object type '\(type)'")
        }
    }

    mutating func checkProperties(against table: PropertyTable, isCustomType: Bool) {
        for spec in table.properties where spec.isRequired && !self.properties.contains(key: spec.name) {
            self.report(self.path(of: spec.name), "missing required property '\(spec.name)'")
        }
        let allowsTopLevelExtension = self.object.extensions.contains { _, value in
            value["extension_type"]?.stringValue == "toplevel-property-extension"
        }
        for (name, value) in self.properties where name != "id" {  // checkID reports on `id`
            if let spec = table.spec(named: name) {
                // Paths are built only for the values that have issues: checked relative, then prefixed.
                var found: [ValidationIssue] = []
                ValueChecker.check(value, as: spec.kind, at: "", into: &found)
                if !found.isEmpty {
                    let base = self.path(of: name)
                    self.issues += found.map { ValidationIssue(path: base + $0.path, reason: $0.reason, severity: $0.severity) }
                }
                continue
            }
            let propertyPath = self.path(of: name)
            guard Self.isValidPropertyName(name) else {
                self.report(propertyPath, "'\(name)' is not a valid property name (3–250 characters of a–z, A–Z, 0–9 and '_')")
                continue
            }
            if !isCustomType && !name.hasPrefix("x_") && !allowsTopLevelExtension {
                self.report(
                    propertyPath,
                    "unknown property '\(name)' (custom properties should start with 'x_' or be defined by a toplevel-property-extension)",
                    .warning
                )
            }
        }
    }

    static func isValidPropertyName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard (3...250).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
    }

    mutating func checkDeterministicID(type: String) {
        guard let expected = SCOIdentifier.deterministicID(type: type, properties: self.properties),
            expected != self.object.id, let parsed = STIXIdentifier.parse(self.object.id)
        else { return }
        let reason = "id is not the UUIDv5 of the id-contributing properties; expected \(expected)"
        if UUIDText.version(of: parsed.uuid) == 5 {
            self.report(self.path(of: "id"), reason)
        } else {
            self.report(self.path(of: "id"), reason + " (SCO ids SHOULD be deterministic)", .warning)
        }
    }
}

/// Builds JSON paths: `$.name` for plain names, `$['odd-name']` otherwise, `$.list[3]` for elements.
enum JSONPath {
    static func member(_ name: String, of base: String) -> String {
        let plain =
            !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            }
        if plain { return base + "." + name }
        let escaped = name.replacingOccurrences(of: "'", with: "\\'")
        return base + "['" + escaped + "']"
    }

    static func element(_ index: Int, of base: String) -> String {
        base + "[\(index)]"
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        self.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
