import STIXPatterns
import Testing

@Suite("refanging")
struct RefangTests {
    @Test(
        "each defanged form is undone",
        arguments: [
            ("hxxp://evil.example/", "http://evil.example/"), ("hxxps://evil.example/", "https://evil.example/"),
            ("HXXPS://evil.example/", "https://evil.example/"), ("fxp://files.example/", "ftp://files.example/"),
            ("evil[.]example", "evil.example"), ("evil(.)example", "evil.example"), ("evil{.}example", "evil.example"),
            ("evil[dot]example", "evil.example"), ("evil(DOT)example", "evil.example"), ("a[@]b.example", "a@b.example"),
            ("a(at)b.example", "a@b.example"), ("a[AT]b.example", "a@b.example"), ("hxxp[:]//x.example", "http://x.example"),
            ("http[://]x.example", "http://x.example"), ("hxxps[://]x[.]example[/]a", "https://x.example/a"),
            ("1.2.3[.]4", "1.2.3.4"), ("hxxp(:)//x.example", "http://x.example"),
        ])
    func refang(input: String, expected: String) {
        #expect(ObservableNormalizer.refang(input) == expected)
    }

    @Test("text without defanged forms is unchanged", arguments: ["[26/Nov/2026:10:00:00 +0000]", "hxxpx", "fxpress", "(a.b)", "", "0x7f00"])
    func unchanged(input: String) {
        #expect(ObservableNormalizer.refang(input) == input)
    }
}
