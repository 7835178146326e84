import STIX

/// The SCOs made from one MISP item, plus the pattern terms describing its indicator.
///
/// SCO ids are the deterministic UUIDv5 ids of STIX 2.1 §2.9, so the same observable made twice (or
/// by two events) gets the same id; types without id-contributing properties fall back to the
/// item's MISP uuid. Referenced SCOs must be added before the SCOs that reference them.
struct MISPObservableGraph {
    private(set) var objects: [JSONObject] = []
    /// Pattern comparison terms, joined with `AND` inside one observation unless `pattern` is set.
    var terms: [String] = []
    /// A complete pattern that replaces the joined `terms`.
    var pattern: String?
    let fallbackUUID: String

    init(fallbackUUID: String) {
        self.fallbackUUID = fallbackUUID
    }

    /// Adds an SCO and returns its id.
    @discardableResult
    mutating func add(_ type: String, _ properties: [(String, JSONValue)]) -> String {
        let properties = JSONObject(properties)
        let id = SCOIdentifier.deterministicID(type: type, properties: properties) ?? "\(type)--\(self.fallbackUUID)"
        if let existing = self.objects.first(where: { $0["id"]?.stringValue == id }) {
            return existing["id"]?.stringValue ?? id
        }
        var object = JSONObject([("type", .string(type)), ("spec_version", "2.1"), ("id", .string(id))])
        for (key, value) in properties {
            object[key] = value
        }
        self.objects.append(object)
        return id
    }

    /// The ids of the SCOs, in the order they were added.
    var ids: [String] {
        self.objects.compactMap { $0["id"]?.stringValue }
    }

    /// The indicator pattern: `pattern` when set, else the terms in one observation (`nil` without terms).
    var indicatorPattern: String? {
        if let pattern = self.pattern { return pattern }
        return self.terms.isEmpty ? nil : MISPPatternText.observation(self.terms)
    }
}

extension MISPObservableGraph {
    /// Moves the last added SCO to the front, for a main object built after the SCOs it references.
    mutating func moveLastToFront() {
        guard let last = self.objects.popLast() else { return }
        self.objects.insert(last, at: 0)
    }
}
