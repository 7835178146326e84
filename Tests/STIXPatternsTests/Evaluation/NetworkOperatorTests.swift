import STIX
import STIXPatterns
import Testing

@Suite("Evaluation: ISSUBSET, ISSUPERSET and address equality")
struct NetworkOperatorTests {
    static func address(_ value: String) -> JSONObject {
        Fixture.sco(value.contains(":") ? "ipv6-addr" : "ipv4-addr", ("value", .string(value)))
    }

    @Test(
        "IPv4 ISSUBSET: the value (address or network) lies in the constant network",
        arguments: [
            ("198.51.100.7", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", true),
            ("198.51.101.7", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", false),
            ("198.51.100.7", "ipv4-addr:value NOT ISSUBSET '198.51.100.0/24'", false),
            ("198.51.101.7", "ipv4-addr:value NOT ISSUBSET '198.51.100.0/24'", true),
            ("198.51.100.0/25", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", true),
            ("198.51.100.0/23", "ipv4-addr:value ISSUBSET '198.51.100.0/24'", false),
            ("10.1.2.3", "ipv4-addr:value ISSUBSET '0.0.0.0/0'", true),
            ("10.1.2.3", "ipv4-addr:value ISSUBSET '10.1.2.3'", true),
            ("10.1.2.3", "ipv4-addr:value ISSUBSET '10.1.2.3/32'", true),
            ("10.1.2.3", "ipv4-addr:value ISSUBSET '10.1.2.4/32'", false),
            ("10.1.2.3", "ipv4-addr:value ISSUBSET '10.1.2.77/24'", true),
            ("not an address", "ipv4-addr:value ISSUBSET '0.0.0.0/0'", false),
            // A value that is no address is not in the network; NOT negates that.
            ("not an address", "ipv4-addr:value NOT ISSUBSET '10.0.0.0/8'", true),
        ])
    func subsetVersion4(value: String, comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.address(value)) == expected)
    }

    @Test(
        "a constant that is no address or CIDR network makes the pattern invalid (spec 9.4: it matches nothing)",
        arguments: [
            "[ipv4-addr:value ISSUBSET 'nonsense']", "[ipv4-addr:value NOT ISSUBSET 'nonsense']",
            "[ipv4-addr:value ISSUBSET '10.0.0.0/33'] OR [ipv4-addr:value = '10.0.0.1']",
            "[ipv4-addr:value ISSUPERSET '198.051.100.7']", "[ipv6-addr:value ISSUBSET '2001:db8::/129']",
        ])
    func invalidNetworkConstant(pattern: String) {
        #expect(throws: PatternSyntaxError.self) { try Pattern.parse(pattern) }
    }

    @Test(
        "ISSUPERSET: the value network contains the constant address or network",
        arguments: [
            ("198.51.100.0/24", "ipv4-addr:value ISSUPERSET '198.51.100.7'", true),
            ("198.51.100.0/24", "ipv4-addr:value ISSUPERSET '198.51.100.0/25'", true),
            ("198.51.100.0/24", "ipv4-addr:value ISSUPERSET '198.51.100.0/23'", false),
            ("198.51.100.0/24", "ipv4-addr:value NOT ISSUPERSET '198.51.101.7'", true),
            ("198.51.100.7", "ipv4-addr:value ISSUPERSET '198.51.100.7'", true),
            ("198.51.100.7", "ipv4-addr:value ISSUPERSET '198.51.100.0/24'", false),
            ("2001:db8::/32", "ipv6-addr:value ISSUPERSET '2001:db8:ffff::1'", true),
            ("2001:db8::/32", "ipv6-addr:value ISSUPERSET '2001:db9::1'", false),
        ])
    func superset(value: String, comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.address(value)) == expected)
    }

    @Test(
        "IPv6 ISSUBSET, including the spec's example and :: forms",
        arguments: [
            ("2001:0db8:dead:beef:0000:0000:0000:0001", "ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64'", true),
            ("2001:db8:dead:beef::1", "ipv6-addr:value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64'", true),
            ("2001:db8:dead:bef0::1", "ipv6-addr:value ISSUBSET '2001:db8:dead:beef::/64'", false),
            ("2001:db8:dead:beef::1", "ipv6-addr:value ISSUBSET '2001:db8:dead:bee0::/60'", true),
            ("::ffff:192.0.2.1", "ipv6-addr:value ISSUBSET '::ffff:0:0/96'", true),
            ("::1", "ipv6-addr:value ISSUBSET '::/0'", true),
            ("2001:db8::1", "ipv6-addr:value ISSUBSET '10.0.0.0/8'", false),
            ("2001:db8::1", "ipv6-addr:value NOT ISSUBSET '10.0.0.0/8'", true),
            ("2001:db8:::1", "ipv6-addr:value ISSUBSET '::/0'", false),
        ])
    func subsetVersion6(value: String, comparison: String, expected: Bool) throws {
        #expect(try Fixture.holds(comparison, for: Self.address(value)) == expected)
    }

    @Test("= compares an address with a network of the same prefix: /32 and /128 equal the plain address")
    func addressEquality() throws {
        #expect(try Fixture.holds("ipv4-addr:value = '203.0.113.33/32'", for: Self.address("203.0.113.33")))
        #expect(try Fixture.holds("ipv4-addr:value = '203.0.113.33'", for: Self.address("203.0.113.33/32")))
        #expect(try !Fixture.holds("ipv4-addr:value = '203.0.113.0/24'", for: Self.address("203.0.113.33")))
        #expect(try Fixture.holds("ipv4-addr:value != '203.0.113.0/24'", for: Self.address("203.0.113.33")))
        #expect(try !Fixture.holds("ipv4-addr:value != '203.0.113.33/32'", for: Self.address("203.0.113.33")))
        #expect(
            try Fixture.holds(
                "ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128'", for: Self.address("2001:db8:dead:beef:dead:beef:dead:1")))
        // The spec's example: a network-traffic destination through dst_ref.
        let observation = Fixture.observation(
            "n",
            objects: [
                "0": Fixture.sco("network-traffic", ("dst_ref", "1")),
                "1": Self.address("203.0.113.33"),
            ])
        #expect(
            try Fixture.matches(
                "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']", [observation]))
    }
}
