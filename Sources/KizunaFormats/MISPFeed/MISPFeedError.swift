/// Why ``MISPFeedBuilder`` refused to build an event.
public enum MISPFeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The object given as the event's report is not a STIX `report` or `grouping`.
    case notAReport(type: String?)
    /// The report has no `id`, or its `id` is not `type--UUID`.
    case invalidReportID(String?)
    /// The report has neither a `modified` nor a `created` RFC 3339 timestamp to date the event by.
    case missingTimestamp(reportID: String)
    /// The event UUID given for loose indicators is not an RFC 4122 UUID.
    case invalidEventUUID(String)
    /// The event title is empty; MISP requires an `info`.
    case emptyInfo(eventUUID: String)
    /// An event with this UUID was already built; a feed's manifest has one entry per event.
    case duplicateEvent(uuid: String)

    /// What is wrong, in a sentence.
    public var description: String {
        switch self {
        case .notAReport(let type):
            "a MISP event is built from a STIX report or grouping, not \(type.map { "a \($0)" } ?? "an object without a type")"
        case .invalidReportID(let id):
            "the report's id \(id.map(\.debugDescription) ?? "(missing)") is not a STIX identifier type--UUID"
        case .missingTimestamp(let id):
            "the report \(id) has no RFC 3339 modified or created timestamp to date its MISP event by"
        case .invalidEventUUID(let uuid):
            "the event UUID \(uuid.debugDescription) is not an RFC 4122 UUID (8-4-4-4-12 hex digits)"
        case .emptyInfo(let uuid):
            "event \(uuid) has an empty title (MISP's info)"
        case .duplicateEvent(let uuid):
            "event \(uuid) is already in this feed"
        }
    }
}
