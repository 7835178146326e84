public import STIX

/// MISP's distribution levels, as the feed's events carry them.
public enum MISPDistribution {
    /// The event distribution for an event marked `level`, following Kizuna's visibility rule: TLP:CLEAR may go
    /// anywhere (3, all communities); TLP:GREEN may be federated (2, connected communities); TLP:AMBER and
    /// AMBER+STRICT stay in the community (1, this community only); TLP:RED stays with the recipient (0, your
    /// organisation only).
    public static func event(for level: TLP) -> Int {
        switch level {
        case .clear: 3
        case .green: 2
        case .amber, .amberStrict: 1
        case .red: 0
        }
    }

    /// The distribution of every attribute: 5, inherit the event's.
    public static let inheritEvent = 5
}
