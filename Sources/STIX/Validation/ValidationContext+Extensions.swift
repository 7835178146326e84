extension ValidationContext {
    /// The predefined SCO extensions of STIX 2.1 §6, by object type.
    static let predefinedExtensions: [String: Set<String>] = [
        "file": ["archive-ext", "ntfs-ext", "pdf-ext", "raster-image-ext", "windows-pebinary-ext"],
        "network-traffic": ["http-request-ext", "icmp-ext", "socket-ext", "tcp-ext"],
        "process": ["windows-process-ext", "windows-service-ext"],
        "user-account": ["unix-account-ext"],
    ]

    static let extensionTypes: Set<String> = [
        "new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension",
    ]

    /// Checks the keys and values of `extensions`.
    mutating func checkExtensions(category: STIXCategory) {
        guard case .object(let extensions)? = self.properties["extensions"] else { return }
        let extensionsPath = self.path(of: "extensions")
        let predefined = Self.predefinedExtensions[self.object.type] ?? []
        for (key, value) in extensions {
            let extensionPath = JSONPath.member(key, of: extensionsPath)
            guard case .object(let body) = value else {
                self.report(extensionPath, "expected an object, found \(value.typeName)")
                continue
            }
            if key.hasPrefix("extension-definition--") {
                if !STIXIdentifier.isValid(key, forType: "extension-definition") {
                    self.report(extensionPath, "'\(key)' is not a valid extension-definition identifier")
                }
                if let kind = body["extension_type"] {
                    let kindPath = JSONPath.member("extension_type", of: extensionPath)
                    ValueChecker.check(kind, as: .enumeration(Self.extensionTypes.sorted()), at: kindPath, into: &self.issues)
                }
            } else if predefined.contains(key) {
                continue
            } else if key.hasPrefix("x-") {
                self.report(
                    extensionPath,
                    "custom extension '\(key)' is deprecated; use an extension-definition instead",
                    .warning
                )
            } else {
                self.report(
                    extensionPath,
                    "unknown extension '\(key)' (extensions must be keyed by an extension-definition id or a predefined extension name)"
                )
            }
        }
    }

    /// Checks the definition of a marking-definition: TLP 1.0, statement, or an extension (TLP 2.0).
    mutating func checkMarkingDefinition() {
        let definitionType = self.properties["definition_type"]?.stringValue
        let definition = self.properties["definition"]?.objectValue
        let definitionPath = self.path(of: "definition")
        switch definitionType {
        case nil:
            if !self.properties.contains(key: "extensions") {
                self.report(self.path, "a marking-definition needs definition_type and definition, or a marking extension in extensions")
            }
        case "tlp":
            let level = definition?["tlp"]?.stringValue
            guard let level, ["white", "green", "amber", "red"].contains(level) else {
                self.report(JSONPath.member("tlp", of: definitionPath), "expected one of 'white', 'green', 'amber', 'red'")
                return
            }
            let expected = TLPMarking.tlp1IDs.first { $0.1 == level }?.2
            if self.object.id != expected {
                self.report(self.path(of: "id"), "TLP 1.0 markings must use the predefined id \(expected ?? "")")
            }
        case "statement":
            if definition?["statement"]?.stringValue == nil {
                self.report(JSONPath.member("statement", of: definitionPath), "a statement marking needs a string 'statement'")
            }
        case let other?:
            self.report(self.path(of: "definition_type"), "unknown definition_type '\(other)' (expected 'tlp' or 'statement')", .warning)
        }
        if let tlp2 = self.object.extensions[TLPMarking.tlp2ExtensionID] {
            let levelPath = JSONPath.member("tlp_2_0", of: JSONPath.member(TLPMarking.tlp2ExtensionID, of: self.path(of: "extensions")))
            guard let label = tlp2["tlp_2_0"]?.stringValue, let level = TLP(rawValue: label) else {
                self.report(levelPath, "expected one of 'clear', 'green', 'amber', 'amber+strict', 'red'")
                return
            }
            if self.object.id != TLPMarking.markingRef(for: level) {
                self.report(self.path(of: "id"), "TLP 2.0 markings must use the predefined id \(TLPMarking.markingRef(for: level))")
            }
        }
    }
}
