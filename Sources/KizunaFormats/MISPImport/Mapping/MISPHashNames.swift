/// MISP hash attribute types and the STIX hash algorithm names misp-stix writes for them.
enum MISPHashNames {
    /// `md5` → `MD5`, `sha256` → `SHA-256`, `ssdeep` → `SSDEEP`, …; `nil` for other types.
    ///
    /// misp-stix writes `sha512/224` and `sha512/256` as `SHA-224`/`SHA-256`, which are different
    /// functions; here they keep their own names (`SHA-512/224`, `SHA-512/256`) so they can match.
    static func stixName(ofMISPType type: String) -> String? {
        switch type {
        case "md5": "MD5"
        case "sha1": "SHA-1"
        case "sha224": "SHA-224"
        case "sha256": "SHA-256"
        case "sha384": "SHA-384"
        case "sha512": "SHA-512"
        case "sha512/224": "SHA-512/224"
        case "sha512/256": "SHA-512/256"
        case "sha3-224": "SHA3-224"
        case "sha3-256": "SHA3-256"
        case "sha3-384": "SHA3-384"
        case "sha3-512": "SHA3-512"
        case "ssdeep": "SSDEEP"
        case "tlsh": "TLSH"
        case "imphash": "IMPHASH"
        case "pehash": "PEHASH"
        case "authentihash": "AUTHENTIHASH"
        case "vhash": "VHASH"
        case "telfhash": "TELFHASH"
        default: nil
        }
    }

    /// The x509 fingerprint types: `x509-fingerprint-sha256` → `SHA-256`.
    static func x509Name(ofMISPType type: String) -> String? {
        switch type {
        case "x509-fingerprint-md5": "MD5"
        case "x509-fingerprint-sha1": "SHA-1"
        case "x509-fingerprint-sha256": "SHA-256"
        default: nil
        }
    }
}
