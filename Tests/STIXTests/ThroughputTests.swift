import Foundation
import STIX
import Testing

/// Prints parse throughput against Foundation on the ATT&CK Mobile bundle; asserts nothing about speed.
///
/// Meaningful numbers need a release build: `swift test -c release --filter Throughput`.
@Suite("Throughput", .enabled(if: TestData.isAvailable, "needs KIZUNA_TEST_DATA (../shared/data)"))
struct ThroughputTests {
    @Test("prints JSON.parse and STIXBundle.parse MB/s next to JSONSerialization")
    func throughput() throws {
        let bytes = try TestData.bytes("mitre-attack/mobile-attack-17.1.json")
        let data = Data(bytes)
        let megabytes = Double(bytes.count) / 1_000_000
        func best(_ body: () throws -> Void) rethrows -> Double {
            var fastest = Double.infinity
            for _ in 0..<3 {
                let clock = ContinuousClock()
                let elapsed = try clock.measure(body)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                fastest = min(fastest, seconds)
            }
            return megabytes / fastest
        }
        let ours = try best { _ = try JSON.parse(bytes) }
        let bundle = try best { _ = try STIXBundle.parse(bytes) }
        let foundation = try best { _ = try JSONSerialization.jsonObject(with: data) }
        print(
            String(
                format: "JSON.parse %.1f MB/s, STIXBundle.parse %.1f MB/s, JSONSerialization %.1f MB/s (ratio %.2fx)",
                ours, bundle, foundation, ours / foundation))
        #expect(ours > 0)
    }
}
