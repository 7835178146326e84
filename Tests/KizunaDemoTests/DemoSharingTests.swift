import Foundation
import KizunaDemo
import STIX
import Testing

@Suite("Demo sharing rules")
struct DemoSharingTests {
    @Test("TLP:RED and TLP:AMBER+STRICT objects are never shared with the community")
    func restrictedNeverToCommunity() {
        for (share, object) in DemoFixture.sharedObjects {
            let tlp = TLPMarking.effectiveTLP(of: object)
            #expect(tlp != nil, "\(object.id) has no TLP marking")
            if tlp == .red || tlp == .amberStrict {
                #expect(share.audience != "community", "\(object.id) is \(tlp!.displayName) in a community share")
            }
        }
    }

    @Test("every TLP level and audience kind occurs")
    func mixedMarkings() {
        let levels = Set(DemoFixture.sharedObjects.compactMap { TLPMarking.effectiveTLP(of: $0.object) })
        #expect(levels == Set(TLP.allCases))
        let audiences = Set(DemoFixture.dataset.shares.map(\.audience))
        #expect(audiences.contains("community"))
        #expect(audiences.contains("organisation"))
        #expect(audiences.contains("group:Financial sector"))
        #expect(audiences.contains("group:Critical infrastructure council"))
    }

    @Test("domain objects are created by their share's owner")
    func createdByOwner() {
        let identities = Dictionary(uniqueKeysWithValues: DemoFixture.dataset.organisations.map { ($0.name, $0.identity.id) })
        for (share, object) in DemoFixture.sharedObjects where object.created != nil {
            #expect(object.createdByRef == identities[share.owner], "\(object.id) in a share of \(share.owner)")
        }
    }

    @Test("references point at identities or at objects of the same or an earlier share")
    func referencesPointBackwards() {
        var known = Set(DemoFixture.dataset.organisations.map(\.identity.id))
        for share in DemoFixture.dataset.shares {
            known.formUnion(share.objects.map(\.id))
            for object in share.objects {
                for reference in DemoFixture.references(in: object.jsonValue) {
                    let resolvable = known.contains(reference) || TLPMarking.tlp(forMarkingRef: reference) != nil
                    #expect(resolvable, "\(object.id) refers to unknown \(reference)")
                }
            }
        }
    }

    @Test("objects are dated within the 90 days before now")
    func datedRecently() {
        let earliest = DemoFixture.now.addingTimeInterval(-91 * 86_400)
        for (_, object) in DemoFixture.sharedObjects {
            guard let created = object.created?.date, let modified = object.modified?.date else { continue }
            #expect(created >= earliest && modified <= DemoFixture.now, "\(object.id)")
            #expect(modified >= created, "\(object.id)")
        }
    }

    @Test("confidence stays between 30 and 95")
    func confidence() {
        for (_, object) in DemoFixture.sharedObjects {
            guard let confidence = object.confidence else { continue }
            #expect((30...95).contains(confidence), "\(object.id): \(confidence)")
        }
    }
}
