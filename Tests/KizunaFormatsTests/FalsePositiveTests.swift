import KizunaFormats
import STIXPatterns
import Testing

@Suite("no false positives on common non-observables")
struct FalsePositiveTests {
    @Test(
        "versions, dates, times, file names, counters and MAC addresses yield nothing",
        arguments: [
            "version 1.2.3 build 4.5.6.7.8", "2026-11-26T10:00:00.123Z", "10:00:00", "26/Nov/2026:10:00:00 +0000", "a.exe setup.msi",
            "index.html style.css app.js report.pdf archive.tar.gz", "libc.so.6", "00:1a:2b:3c:4d:5e", "ratio 0.75 pid=1234",
            "0x7f1c2c0a1b", "id=deadbeef", "std::string", "C:\\Windows\\System32\\drivers\\etc\\hosts", "v10.2", "1.2.3.4.5",
            "999.1.1.1", "TLSv1.3", "HTTP/1.1", "user@", "@home",
        ])
    func nothingFound(text: String) {
        #expect(extracted(text) == [])
    }

    @Test("a hex run of a non-digest length is not a hash")
    func hexLengths() {
        for length in [31, 33, 39, 41, 63, 65, 127, 129] {
            #expect(extracted(String(repeating: "a", count: length)) == [])
        }
    }
}
