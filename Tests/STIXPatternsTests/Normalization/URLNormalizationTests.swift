import STIXPatterns
import Testing

@Suite("URL normalisation")
struct URLNormalizationTests {
    @Test(
        "URLs get their canonical form",
        arguments: [
            ("HTTP://Example.COM", "http://example.com/"), ("http://example.com:80/a", "http://example.com/a"),
            ("https://example.com:443/", "https://example.com/"), ("https://example.com:8443/", "https://example.com:8443/"),
            ("http://example.com:/x", "http://example.com/x"), ("ftp://files.example.com:21/pub", "ftp://files.example.com/pub"),
            ("http://example.com/a/./b/../c", "http://example.com/a/c"), ("http://example.com/a/b/..", "http://example.com/a/"),
            ("http://example.com/../../x", "http://example.com/x"), ("http://example.com/%7euser/%41%2f%2a", "http://example.com/~user/A%2F%2A"),
            ("http://example.com/a%2eb/%2E%2E/c", "http://example.com/c"), ("http://example.com/p?q=%3d%41#frag", "http://example.com/p?q=%3DA"),
            ("http://example.com#top", "http://example.com/"), ("http://bücher.example/ü", "http://xn--bcher-kva.example/%C3%BC"),
            ("http://192.168.001.001:8080/", "http://192.168.1.1:8080/"), ("http://[2001:DB8::0001]:80/x", "http://[2001:db8::1]/x"),
            ("http://User:Pass@Example.com/", "http://User:Pass@example.com/"), ("http://example.com./", "http://example.com/"),
            ("http://example.com/a b", "http://example.com/a%20b"), ("http://example.com/Case/Path?Q=V", "http://example.com/Case/Path?Q=V"),
        ])
    func urlCanonical(input: String, expected: String) {
        #expect(ObservableNormalizer.canonical(input, as: .url) == expected)
    }

    @Test(
        "URLs without authority, host or with bad ports are rejected",
        arguments: [
            "example.com/x", "http:/example.com", "http://", "http://:80/", "http://example.com:99999/", "http://example.com:8o/", "1http://x.com/",
            "http://[::1/",
        ])
    func urlInvalid(input: String) {
        #expect(ObservableNormalizer.canonical(input, as: .url) == nil)
    }
}
