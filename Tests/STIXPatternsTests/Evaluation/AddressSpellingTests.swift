import STIX
import STIXPatterns
import Testing

/// Which texts the evaluator reads as IP addresses: the index parses them the same way, so the two agree.
@Suite("Evaluation: address spellings")
struct AddressSpellingTests {
    @Test(
        "addresses compare as networks whatever their spelling, except parts with leading zeros",
        arguments: [
            ("ipv4-addr", "198.51.100.7/32", "ipv4-addr:value = '198.51.100.7'", true),
            ("ipv6-addr", "2001:DB8:0:0::1", "ipv6-addr:value = '2001:db8::1'", true),
            ("ipv6-addr", "2001:db8::1/128", "ipv6-addr:value = '2001:DB8::1'", true),
            ("ipv4-addr", "198.51.100.0/25", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", true),
            // A part with a leading zero is ambiguous (inet_aton reads it as octal): the value is a plain string.
            ("ipv4-addr", "198.051.100.007", "ipv4-addr:value = '198.51.100.7'", false),
            ("ipv4-addr", "198.051.100.007", "ipv4-addr:value = '198.051.100.007'", true),
            ("ipv4-addr", "198.51.100.7", "ipv4-addr:value = '198.051.100.007'", false),
            ("ipv4-addr", "198.51.100.07", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", false),
            ("ipv6-addr", "::ffff:198.051.100.7", "ipv6-addr:value ISSUBSET '::ffff:0:0/96'", false),
            ("ipv6-addr", "2001:db8::1%eth0", "ipv6-addr:value = '2001:db8::1'", false),
        ])
    func spellings(type: String, value: String, comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Fixture.sco(type, ("value", .string(value)))) == expected)
    }
}
