public import STIX
public import STIXPatterns

/// What a member asks to have matched against the indicators it may read.
public enum MatchInput: Sendable {
    /// Observables, each matched on its own: `{type, value}` pairs (canonicalised when the type is
    /// one of ``ObservableKind``'s) or whole SCOs, as given.
    case observables([JSONObject])
    /// Observed-data with their SCOs, matched as one set, so patterns over several observations
    /// (`AND`, `FOLLOWEDBY`, qualifiers) can match.
    case observations([Observation])

    /// Each observable as an observation of its own (`observables[i]`), its value canonicalised.
    /// - Throws: ``KizunaError/invalidInput(path:reason:)`` naming the first observable that is not one.
    static func observations(of observables: [JSONObject], at time: Timestamp) throws(KizunaError) -> [Observation] {
        try observables.enumerated().map { (index, observable) throws(KizunaError) in
            let path = "observables[\(index)]"
            guard let type = observable["type"]?.stringValue, !type.isEmpty else {
                throw KizunaError.invalidInput(path: "\(path).type", reason: "each observable needs a 'type' string")
            }
            var sco = observable
            if let kind = ObservableKind(observableType: type) {
                guard let value = observable["value"]?.stringValue else {
                    throw KizunaError.invalidInput(path: "\(path).value", reason: "a '\(type)' observable needs a 'value' string")
                }
                guard let canonical = ObservableNormalizer.canonical(ObservableNormalizer.refang(value), as: kind) else {
                    throw KizunaError.invalidInput(path: "\(path).value", reason: "'\(value)' is not a valid \(type)")
                }
                sco = kind.sco(value: canonical)
            } else if observable.count < 2 {
                throw KizunaError.invalidInput(
                    path: path, reason: "'\(type)' is not an observable type with a value; give the whole SCO (its properties) instead")
            }
            return Observation(id: path, firstObserved: time, lastObserved: time, numberObserved: 1, objects: ["0": sco])
        }
    }
}
