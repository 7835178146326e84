public import STIX
import STIXPatterns

/// Reads stored indicator JSON into the feed view.
public enum FeedIndicatorReader {
    /// Whether a stored object's JSON is an indicator that is active at `now`: not revoked, `valid_until` not passed
    /// (an indicator whose `valid_until` equals `now` is expired).
    ///
    /// Objects of other types, and bytes that are not a JSON object, are not indicators and give true.
    public static func isActive(_ json: [UInt8], at now: Timestamp) -> Bool {
        guard let object = try? JSON.parse(json).objectValue else { return true }
        return Self.isActive(object, at: now)
    }

    /// The feed view of an active indicator with a STIX pattern, or nil: when the JSON is not an indicator, is revoked
    /// or expired at `now`, has a `pattern_type` other than `stix` (an absent `pattern_type`, as in STIX 2.0, counts
    /// as `stix`), has a pattern that does not parse, or has no exact entries (see ``FeedEntries/exact(in:)``).
    public static func read(_ json: [UInt8], tlp: TLP, at now: Timestamp) -> FeedIndicator? {
        guard let object = try? JSON.parse(json).objectValue, object["type"]?.stringValue == "indicator",
            let id = object["id"]?.stringValue, Self.isActive(object, at: now),
            object["pattern_type"].map({ $0.stringValue == "stix" }) ?? true,
            let text = object["pattern"]?.stringValue, let pattern = try? Pattern.parse(text)
        else { return nil }
        let entries = FeedEntries.exact(in: pattern)
        guard !entries.isEmpty else { return nil }
        return FeedIndicator(
            id: id, name: object["name"]?.stringValue, tlp: tlp, entries: entries,
            validFrom: Self.timestamp(object["valid_from"]), validUntil: Self.timestamp(object["valid_until"]),
            modified: Self.timestamp(object["modified"]), labels: object["labels"]?.stringArrayValue ?? [])
    }

    /// ``isActive(_:at:)`` for JSON the caller has parsed already.
    public static func isActive(_ object: JSONObject, at now: Timestamp) -> Bool {
        guard object["type"]?.stringValue == "indicator" else { return true }
        if object["revoked"]?.boolValue == true { return false }
        if let validUntil = Self.timestamp(object["valid_until"]), validUntil <= now { return false }
        return true
    }

    private static func timestamp(_ value: JSONValue?) -> Timestamp? {
        value?.stringValue.flatMap { Timestamp($0) }
    }
}
