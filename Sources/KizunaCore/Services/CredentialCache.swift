import Synchronization

/// What the store said about recently presented API keys, kept for a short time so that a busy
/// client's requests do not each read the key, its user and its organisation's groups.
///
/// The presented secret is still checked against the cached hash on every request, and expiry
/// against the clock. Changes made through ``MembershipService`` (revoked keys, new groups or
/// members) empty the cache at once; a change made by another process on the same database (the
/// `kizuna key revoke` command while the server runs) is seen within ``lifetime``.
public final class CredentialCache: Sendable {
    /// How long an entry is used.
    public let lifetime: Duration
    /// The most entries kept; beyond it the cache starts again empty.
    public let capacity: Int
    private let entries = Mutex<[String: (credentials: Credentials, until: ContinuousClock.Instant)]>([:])

    public init(lifetime: Duration = .seconds(2), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The credentials cached for a key prefix, while they are fresh.
    func credentials(prefix: String) -> Credentials? {
        let now = ContinuousClock.now
        return self.entries.withLock { entries in
            guard let entry = entries[prefix] else { return nil }
            guard entry.until > now else {
                entries[prefix] = nil
                return nil
            }
            return entry.credentials
        }
    }

    func store(_ credentials: Credentials, prefix: String) {
        let until = ContinuousClock.now.advanced(by: self.lifetime)
        self.entries.withLock { entries in
            if entries.count >= self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[prefix] = (credentials, until)
        }
    }

    /// Forgets everything (after a change to keys, users, organisations or groups).
    public func removeAll() {
        self.entries.withLock { $0.removeAll() }
    }
}
