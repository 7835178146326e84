import Crypto
import STIX

/// The keys of a MISP feed's `hashes.csv`: the MD5 of each attribute value, which MISP uses to look values up
/// without fetching the events (a lookup key, not a security measure).
public enum MISPFeedHash {
    /// `hashlib.md5(value.encode("utf-8")).hexdigest()`.
    public static func key(of value: String) -> String {
        Hex.lowercase(Insecure.MD5.hash(data: Array(value.utf8)))
    }
}
