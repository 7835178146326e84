/// Why one MISP item could not be converted; the item is skipped with this reason.
struct MISPMappingError: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
