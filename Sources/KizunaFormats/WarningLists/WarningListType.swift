/// How a MISP warning list's entries are compared with a value (the list's `type`).
public enum WarningListType: String, Sendable, Hashable, CaseIterable {
    /// IPv4 or IPv6 networks (`10.0.0.0/8`) or single addresses; an address inside any of them hits.
    case cidr
    /// Host names; the name itself and every subdomain of it hit (`example.com` covers `www.example.com`).
    case hostname
    /// Exact values (after canonicalisation for the value's kind, so case-insensitive for domains and hashes).
    case string
    /// Fragments; a value containing any of them (ASCII case-insensitively) hits.
    case substring
    /// Regular expressions in PHP's `/pattern/flags` form; a value any of them finds a match in hits.
    case regex
}
