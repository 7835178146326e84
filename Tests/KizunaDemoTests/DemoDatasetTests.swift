import Foundation
import KizunaDemo
import STIX
import Testing

@Suite("Demo dataset")
struct DemoDatasetTests {
    @Test("the same seed and clock give byte-identical output, another seed does not")
    func deterministic() {
        func bytes(_ dataset: DemoDataset) -> [[UInt8]] {
            let identities = dataset.organisations.map { $0.identity.json() }
            return identities
                + dataset.shares.flatMap { share in
                    [Array((share.owner + share.audience).utf8)] + share.objects.map { $0.json() }
                }
        }
        let again = DemoDataset.generate(seed: 2026, now: DemoFixture.now)
        let other = DemoDataset.generate(seed: 7, now: DemoFixture.now)
        #expect(bytes(again) == bytes(DemoFixture.dataset))
        #expect(bytes(other) != bytes(DemoFixture.dataset))
    }

    @Test("every object and every identity passes the STIX validator")
    func validates() {
        let objects = DemoFixture.dataset.organisations.map(\.identity) + DemoFixture.sharedObjects.map(\.object)
        for object in objects {
            let issues = STIXValidator.validate(object)
            #expect(issues.isEmpty, "\(object.id): \(issues)")
        }
    }

    @Test("identifiers are unique across the dataset")
    func uniqueIdentifiers() {
        let ids = DemoFixture.dataset.organisations.map(\.identity.id) + DemoFixture.sharedObjects.map(\.object.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test("observables carry their deterministic (UUIDv5) identifiers")
    func observableIdentifiers() {
        for (_, object) in DemoFixture.sharedObjects where object.category == .sco || object.type == "bank-account" {
            let expected = SCOIdentifier.deterministicID(type: object.type, properties: object.properties)
            #expect(expected == object.id, "\(object.id)")
        }
    }

    @Test("the dataset holds a few thousand objects of the expected kinds")
    func counts() {
        var byType: [String: Int] = [:]
        for (_, object) in DemoFixture.sharedObjects { byType[object.type, default: 0] += 1 }
        let total = byType.values.reduce(0, +)
        #expect((2_000...4_000).contains(total), "\(total) objects")
        #expect(byType["indicator", default: 0] >= 900)
        #expect(byType["bank-account", default: 0] >= 200)
        #expect(byType["sighting", default: 0] >= 50)
        #expect(byType["relationship", default: 0] >= 500)
        #expect(byType["attack-pattern", default: 0] >= 10)
        #expect(byType["vulnerability", default: 0] >= 10)
        let present = Set(byType.keys)
        let expected: Set<String> = [
            "campaign", "intrusion-set", "threat-actor", "malware", "malware-analysis", "infrastructure", "incident",
            "report", "note", "url", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
        ]
        #expect(expected.isSubset(of: present), "missing \(expected.subtracting(present))")
    }

    @Test("generation takes well under a second, even in a debug build")
    func fast() {
        // The best of three runs, so a busy machine does not make the test flaky.
        let clock = ContinuousClock()
        let elapsed = (0..<3).map { _ in clock.measure { _ = DemoDataset.generate(seed: 99, now: DemoFixture.now) } }
        #expect(elapsed.min()! < .seconds(1))
    }
}
