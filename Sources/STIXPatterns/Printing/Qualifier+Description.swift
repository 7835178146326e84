import STIX

extension Qualifier: CustomStringConvertible {
    /// The qualifier as written in a pattern (`WITHIN 5 SECONDS`).
    public var description: String {
        switch self {
        case .within(let seconds):
            let amount = seconds.rounded() == seconds && seconds < 1e15 ? String(Int64(seconds)) : PatternLiteralFormat.float(seconds)
            return "WITHIN \(amount) SECONDS"
        case .repeats(let times):
            return "REPEATS \(times) TIMES"
        case .startStop(let start, let stop):
            return "START t'\(start.text)' STOP t'\(stop.text)'"
        }
    }
}
