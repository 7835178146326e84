import STIXPatterns
import Testing

@Suite("IP address normalisation")
struct IPAddressNormalizationTests {
    @Test(
        "IPv4 canonical form is a dotted quad without leading zeros",
        arguments: [
            ("192.168.1.10", "192.168.1.10"), ("192.168.001.010", "192.168.1.10"), ("0.0.0.0", "0.0.0.0"),
            ("255.255.255.255", "255.255.255.255"), ("010.000.000.001", "10.0.0.1"),
        ])
    func ipv4Canonical(input: String, expected: String) {
        #expect(ObservableNormalizer.canonical(input, as: .ipv4) == expected)
    }

    @Test(
        "IPv4 out of range or malformed is not an IPv4 address",
        arguments: ["256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4.", "0001.2.3.4", "a.b.c.d", "", "1.2.3.-4", " 1.2.3.4"])
    func ipv4Invalid(input: String) {
        #expect(ObservableNormalizer.canonical(input, as: .ipv4) == nil)
    }

    @Test(
        "IPv6 canonical form follows RFC 5952",
        arguments: [
            ("2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
            ("2001:db8::0:1", "2001:db8::1"), ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"), ("::", "::"), ("::1", "::1"),
            ("1::", "1::"), ("FE80::1%eth0", "fe80::1"), ("::ffff:192.0.2.1", "::ffff:192.0.2.1"),
            ("::FFFF:C000:0201", "::ffff:192.0.2.1"), ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
            ("2001:db8:0:0:1:0:0:0", "2001:db8:0:0:1::"), ("0:0:1:0:0:0:0:1", "0:0:1::1"),
        ])
    func ipv6Canonical(input: String, expected: String) {
        #expect(ObservableNormalizer.canonical(input, as: .ipv6) == expected)
    }

    @Test(
        "malformed IPv6 is not an IPv6 address",
        arguments: [
            "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "fe80::1%", "g::1",
            "::ffff:1.2.3", "1:2:3:4:5:6:7:8::", "10:00:00",
        ])
    func ipv6Invalid(input: String) {
        #expect(ObservableNormalizer.canonical(input, as: .ipv6) == nil)
    }
}
