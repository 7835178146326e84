public import STIX

/// A restriction on the observations that may match an observation expression.
public enum Qualifier: Sendable, Hashable {
    /// `WITHIN n SECONDS`: all matching observations lie within this many seconds (always > 0).
    case within(seconds: Double)
    /// `REPEATS n TIMES`: the expression must match this many times (always ≥ 1).
    case repeats(times: Int)
    /// `START t'…' STOP t'…'`: matching observations lie in this interval (`stop` is later than `start`).
    case startStop(start: Timestamp, stop: Timestamp)
}
