import Foundation

/// Unicode normalisation for `LIKE` and `MATCHES`, which compare NFC-normalised text (as stix2-matcher does).
enum TextNormalization {
    /// `text` in Normalization Form C; ASCII text is returned as is without work.
    static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The string whose scalars are the Latin-1 code points of `bytes` (each byte one scalar U+0000–U+00FF).
    ///
    /// Used to match a regex against binary data byte by byte.
    static func latin1String(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// The Latin-1 bytes of `text`, or `nil` when a code point is above U+00FF.
    ///
    /// STIX compares a string constant with binary data this way and says the comparison is false otherwise.
    static func latin1Bytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard scalar.value < 256 else { return nil }
            bytes.append(UInt8(scalar.value))
        }
        return bytes
    }
}
