import STIXPatterns
import Testing

@Suite("domain and e-mail normalisation")
struct DomainNormalizationTests {
    @Test(
        "domains are lowercased, lose one trailing dot and get IDNA labels",
        arguments: [
            ("Example.COM", "example.com"), ("www.example.com.", "www.example.com"), ("bücher.example", "xn--bcher-kva.example"),
            ("BÜCHER.example", "xn--bcher-kva.example"), ("bu\u{308}cher.example", "xn--bcher-kva.example"),
            ("münchen.de", "xn--mnchen-3ya.de"), ("例え.jp", "xn--r8jz45g.jp"), ("_dmarc.example.com", "_dmarc.example.com"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example"), ("例え。jp", "xn--r8jz45g.jp"), ("localhost", "localhost"),
        ])
    func domainCanonical(input: String, expected: String) {
        #expect(ObservableNormalizer.canonical(input, as: .domain) == expected)
    }

    @Test(
        "invalid domains are rejected",
        arguments: [
            "", ".", "a..b", "-a.com", "a-.com", "exa mple.com", "example.com..", "1.2.3.4", "a.123",
            String(repeating: "a", count: 64) + ".com", String(repeating: "a.", count: 127) + "com",
        ])
    func domainInvalid(input: String) {
        #expect(ObservableNormalizer.canonical(input, as: .domain) == nil)
    }

    @Test(
        "e-mail addresses have a lowercased local part and a canonical domain",
        arguments: [
            ("Alice.Smith+tag@Example.COM", "alice.smith+tag@example.com"), ("x@bücher.example", "x@xn--bcher-kva.example"),
            ("o'brien@example.org.", "o'brien@example.org"),
        ])
    func emailCanonical(input: String, expected: String) {
        #expect(ObservableNormalizer.canonical(input, as: .email) == expected)
    }

    @Test("invalid e-mail addresses are rejected", arguments: ["@example.com", "alice@", "a..b@example.com", ".a@example.com", "a b@x.com", "alice"])
    func emailInvalid(input: String) {
        #expect(ObservableNormalizer.canonical(input, as: .email) == nil)
    }

    @Test("hashes are lowercase hex of the exact length")
    func hashes() {
        let md5 = "D41D8CD98F00B204E9800998ECF8427E"
        #expect(ObservableNormalizer.canonical(md5, as: .md5) == md5.lowercased())
        #expect(ObservableNormalizer.canonical(md5, as: .sha1) == nil)
        #expect(ObservableNormalizer.canonical(String(repeating: "a", count: 40), as: .sha1) == String(repeating: "a", count: 40))
        #expect(ObservableNormalizer.canonical(String(repeating: "F", count: 64), as: .sha256) == String(repeating: "f", count: 64))
        #expect(ObservableNormalizer.canonical(String(repeating: "0", count: 128), as: .sha512) == String(repeating: "0", count: 128))
        #expect(ObservableNormalizer.canonical(String(repeating: "g", count: 32), as: .md5) == nil)
        #expect(ObservableNormalizer.canonical(String(repeating: "a", count: 63), as: .sha256) == nil)
    }
}
