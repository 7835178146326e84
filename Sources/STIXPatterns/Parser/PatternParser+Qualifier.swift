extension PatternParser {
    /// `WITHIN number SECONDS`, `REPEATS int TIMES` or `START timestamp STOP timestamp`.
    mutating func parseQualifier() throws(PatternSyntaxError) -> Qualifier {
        switch self.advance().kind {
        case .keyword(.within):
            let seconds: Double
            switch self.current.kind {
            case .literal(.integer(let value)) where value > 0: seconds = Double(value)
            case .literal(.float(let value)) where value > 0: seconds = value
            default: throw self.unexpected("expected a positive number of seconds after 'WITHIN'")
            }
            self.advance()
            try self.expect(.keyword(.seconds), "expected 'SECONDS' after the WITHIN duration")
            return .within(seconds: seconds)
        case .keyword(.repeats):
            guard case .literal(.integer(let value)) = self.current.kind, value > 0, let times = Int(exactly: value) else {
                throw self.unexpected("expected a positive integer after 'REPEATS'")
            }
            self.advance()
            try self.expect(.keyword(.times), "expected 'TIMES' after the REPEATS count")
            return .repeats(times: times)
        default:
            guard case .literal(.timestamp(let start)) = self.current.kind else {
                throw self.unexpected("expected a timestamp literal t'…' after 'START'")
            }
            self.advance()
            try self.expect(.keyword(.stop), "expected 'STOP' after the START timestamp")
            guard case .literal(.timestamp(let stop)) = self.current.kind else {
                throw self.unexpected("expected a timestamp literal t'…' after 'STOP'")
            }
            // A STOP at or before START is valid (the spec sets no order); such a window admits no observation.
            self.advance()
            return .startStop(start: start, stop: stop)
        }
    }
}
