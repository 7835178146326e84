import STIX

extension MISPEventConverter {
    /// What one MISP attribute or object contributes to an observable conversion.
    struct ObservableItem {
        let uuid: String
        let timestamp: Int64?
        let toIDs: Bool
        let description: String?
        let killChainPhase: String?
        let labels: [JSONValue]
        let markings: [JSONValue]
    }

    /// Emits the `observed-data` with its SCOs and, for IoCs, the `indicator` `based-on` it; returns the ids.
    mutating func emitObservable(_ graph: MISPObservableGraph, for item: ObservableItem) -> (ids: [String], primary: String) {
        var ids: [String] = []
        var scoIDs: [String] = []
        for var sco in graph.objects {
            if !item.markings.isEmpty { sco["object_marking_refs"] = .array(item.markings) }
            let id = self.emit(sco)
            scoIDs.append(id)
        }
        let time = Timestamp.text(secondsSinceEpoch: item.timestamp ?? self.timestamp, milliseconds: false)
        var observed = self.domainObject("observed-data", uuid: item.uuid, timestamp: item.timestamp)
        observed["first_observed"] = .string(time)
        observed["last_observed"] = .string(time)
        observed["number_observed"] = 1
        observed["object_refs"] = .array(scoIDs.map { .string($0) })
        Self.finish(&observed, labels: item.labels, markings: item.markings)
        let observedID = self.emit(observed)
        ids.append(observedID)
        ids += scoIDs
        guard item.toIDs, let pattern = graph.indicatorPattern else { return (ids, observedID) }
        let indicatorID = self.emitIndicator(pattern: pattern, patternType: "stix", for: item)
        ids.append(indicatorID)
        ids.append(self.emit(self.relationship("based-on", from: indicatorID, to: observedID, timestamp: item.timestamp, markings: item.markings)))
        return (ids, indicatorID)
    }

    /// Emits an `indicator` and returns its id.
    mutating func emitIndicator(pattern: String, patternType: String, for item: ObservableItem) -> String {
        var indicator = self.domainObject("indicator", uuid: item.uuid, timestamp: item.timestamp)
        if let description = item.description { indicator["description"] = .string(description) }
        indicator["pattern"] = .string(pattern)
        indicator["pattern_type"] = .string(patternType)
        indicator["pattern_version"] = "2.1"
        indicator["valid_from"] = .string(Timestamp.text(secondsSinceEpoch: item.timestamp ?? self.timestamp, milliseconds: false))
        if let phase = item.killChainPhase {
            indicator["kill_chain_phases"] = [["kill_chain_name": "misp-category", "phase_name": .string(phase)]]
        }
        Self.finish(&indicator, labels: item.labels, markings: item.markings)
        return self.emit(indicator)
    }
}
