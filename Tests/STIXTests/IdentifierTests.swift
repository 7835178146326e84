import STIX
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test(
        "accepts type--UUID with an RFC 4122 UUID of any version, in either case",
        arguments: [
            "indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F",
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
            "x-mitre-tactic--69da72d2-f550-41c5-ab9e-e8255707f28a",
            "identity--00000000-0000-1000-8000-000000000000",
        ])
    func accepts(_ id: String) {
        #expect(STIXIdentifier.isValid(id, forType: nil))
    }

    @Test(
        "rejects malformed identifiers",
        arguments: [
            "indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f", "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            "ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f",
            "x_y--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "",
        ])
    func rejects(_ id: String) {
        #expect(!STIXIdentifier.isValid(id, forType: nil))
    }

    @Test("checks the type part")
    func typePart() {
        let id = "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"
        #expect(STIXIdentifier.isValid(id, forType: "malware"))
        #expect(!STIXIdentifier.isValid(id, forType: "tool"))
        #expect(STIXIdentifier.parse(id)?.type == "malware")
        #expect(STIXIdentifier.parse(id)?.uuid == "31b940d4-6f7f-459a-80ea-9c1f17b5891b")
    }

    @Test("makes fresh version 4 identifiers")
    func make() throws {
        let id = STIXIdentifier.make(type: "report")
        let parsed = try #require(STIXIdentifier.parse(id))
        #expect(parsed.type == "report")
        #expect(Array(parsed.uuid)[14] == "4")
        #expect(STIXIdentifier.make(type: "report") != id)
    }
}
