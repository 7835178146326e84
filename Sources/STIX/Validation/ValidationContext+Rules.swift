extension ValidationContext {
    mutating func checkRules(_ rules: [PropertyRule]) {
        for rule in rules {
            self.check(rule)
        }
    }

    private func has(_ name: String) -> Bool {
        self.properties.contains(key: name)
    }

    private func list(_ names: [String]) -> String {
        names.joined(separator: ", ")
    }

    private mutating func check(_ rule: PropertyRule) {
        switch rule {
        case .notBefore(let later, let earlier):
            if let end = self.timestamp(later), let start = self.timestamp(earlier), end < start {
                self.report(self.path(of: later), "\(later) (\(end)) must not be earlier than \(earlier) (\(start))")
            }
        case .after(let later, let earlier):
            if let end = self.timestamp(later), let start = self.timestamp(earlier), end <= start {
                self.report(self.path(of: later), "\(later) (\(end)) must be later than \(earlier) (\(start))")
            }
        case .fullHiveName:
            guard let key = self.properties["key"]?.stringValue, let (hive, full) = ValueForm.abbreviatedHive(in: key) else { return }
            self.report(self.path(of: "key"), "'\(key)' abbreviates its hive: write \(full), not \(hive) (STIX 2.1 §6.17)")
        case .atLeastOne(let names):
            if !names.contains(where: self.has) {
                self.report(self.path, "at least one of \(self.list(names)) must be present")
            }
        case .exactlyOne(let names):
            if names.filter(self.has).count != 1 {
                self.report(self.path, "exactly one of \(self.list(names)) must be present")
            }
        case .together(let names):
            let present = names.filter(self.has)
            if !present.isEmpty && present.count != names.count {
                self.report(self.path, "\(self.list(names)) must be present together")
            }
        case .requires(let property, let required):
            for name in required where self.has(property) && !self.has(name) {
                self.report(self.path(of: name), "'\(name)' is required when '\(property)' is present")
            }
        case .mutuallyExclusive(let names):
            if names.filter(self.has).count > 1 {
                self.report(self.path, "\(self.list(names)) must not be present together")
            }
        case .requiredWhenTrue(let flag, let property):
            if self.properties[flag]?.boolValue == true && !self.has(property) {
                self.report(self.path(of: property), "'\(property)' is required when '\(flag)' is true")
            }
        case .onlyWhen(let property, let flag, let expected):
            if self.has(property), self.properties[flag]?.boolValue != expected {
                self.report(self.path(of: property), "'\(property)' may only be present when '\(flag)' is \(expected)")
            }
        }
    }

    private func timestamp(_ name: String) -> Timestamp? {
        self.properties[name]?.stringValue.flatMap(Timestamp.init)
    }
}
