import Foundation
import STIX

/// Accumulates the demo's organisations and shares while the scenario builders run.
///
/// Scenario builders (`DemoBuilder+….swift`) open a share with `share(_:to:tlp:daysAgo:_:)` and add
/// objects inside it; every object gets the share's owner as `created_by_ref`, its TLP marking and
/// a creation time inside the share's window.
struct DemoBuilder {
    /// A member with its identity.
    struct MemberRecord {
        let member: DemoMember
        let identityID: String
        let organisation: DemoDataset.Organisation
    }

    /// The share being filled.
    private struct OpenShare {
        let owner: DemoMember
        let audience: DemoAudience
        let tlp: TLP
        let daysAgo: ClosedRange<Double>
        var objects: [STIXObject] = []
    }

    static let country = "JP"

    var random: SeededGenerator
    let now: Date
    private(set) var organisations: [MemberRecord] = []
    private(set) var shares: [DemoDataset.Share] = []
    private var open: OpenShare?
    private var addedIDs: Set<String> = []
    /// Addresses not yet handed out, so no IPv4 address plays two roles.
    var unusedAddresses: [String] = []
    /// Objects later scenarios refer to.
    var catalogue = DemoCatalogue()

    init(seed: UInt64, now: Date) {
        self.random = SeededGenerator(seed: seed)
        self.now = now
        self.unusedAddresses = self.random.sample(DemoNetwork.addressPool, count: DemoNetwork.addressPool.count)
        for member in DemoMember.allCases {
            self.organisations.append(self.makeMember(member))
        }
    }

    /// The identity id of `member`.
    func identity(of member: DemoMember) -> String {
        self.record(of: member).identityID
    }

    /// The identity id of the owner of the share being filled.
    var owner: String {
        guard let open = self.open else { preconditionFailure("no open share") }
        return self.identity(of: open.owner)
    }

    /// Runs `body` to fill one share of `owner` to `audience`, every object marked `tlp`.
    ///
    /// `daysAgo` bounds the objects' creation times, in days before `now`.
    @discardableResult
    mutating func share<Value>(
        _ owner: DemoMember,
        to audience: DemoAudience,
        tlp: TLP,
        daysAgo: ClosedRange<Double>,
        _ body: (inout DemoBuilder) -> Value
    ) -> Value {
        precondition(self.open == nil, "shares do not nest")
        precondition(audience.allows(tlp), "TLP \(tlp) may not go to \(audience.text)")
        if case .group(let group) = audience {
            precondition(group.members.contains(owner), "\(owner.name) is not in \(group.name)")
        }
        self.open = OpenShare(owner: owner, audience: audience, tlp: tlp, daysAgo: daysAgo)
        let result = body(&self)
        if let open = self.open, !open.objects.isEmpty {
            self.shares.append(
                DemoDataset.Share(owner: open.owner.name, audience: open.audience.text, objects: open.objects)
            )
        }
        self.open = nil
        return result
    }

    // MARK: Times

    /// A time inside the open share's window, to the millisecond.
    mutating func date() -> Date {
        guard let open = self.open else { preconditionFailure("no open share") }
        let lower = open.daysAgo.lowerBound * 86_400
        let upper = open.daysAgo.upperBound * 86_400
        let secondsAgo = lower + (upper - lower) * self.random.unit()
        let milliseconds = (self.now.timeIntervalSince1970 - secondsAgo) * 1000
        return Date(timeIntervalSince1970: milliseconds.rounded(.down) / 1000)
    }

    /// `date` moved forward by up to `maxHours`, never past `now`.
    mutating func later(than date: Date, maxHours: Double) -> Date {
        let seconds = (maxHours * 3600 * self.random.unit()).rounded(.down)
        return min(date.addingTimeInterval(max(seconds, 1)), self.now)
    }

    // MARK: Objects

    /// A new seeded identifier `type--<uuid v4>`.
    mutating func newID(_ type: String) -> String {
        "\(type)--\(self.random.uuid4())"
    }

    /// Adds an SDO or SRO with the common properties filled in and returns its id.
    ///
    /// `properties` follow `type`, `spec_version`, `id`, `created_by_ref`, `created` and
    /// `modified`; `confidence` defaults to a random 30–95.
    @discardableResult
    mutating func addDomainObject(
        _ type: String,
        _ properties: [(String, JSONValue)],
        created: Date? = nil,
        confidence: Int? = nil,
        labels: [String] = [],
        externalReferences: [JSONValue] = []
    ) -> String {
        let id = self.newID(type)
        let created = created ?? self.date()
        let modified = self.random.chance(0.3) ? self.later(than: created, maxHours: 72) : created
        var pairs: [(String, JSONValue)] = [
            ("type", .string(type)),
            ("spec_version", "2.1"),
            ("id", .string(id)),
            ("created_by_ref", .string(self.owner)),
            ("created", .timestamp(created)),
            ("modified", .timestamp(modified)),
        ]
        pairs += properties
        pairs.append(("confidence", .integer(confidence ?? self.random.int(in: 30...95))))
        if !labels.isEmpty { pairs.append(("labels", .strings(labels))) }
        if !externalReferences.isEmpty { pairs.append(("external_references", .array(externalReferences))) }
        pairs.append(("object_marking_refs", .strings([self.markingRef])))
        self.append(JSONObject(pairs))
        return id
    }

    /// Adds a cyber-observable with its deterministic (UUIDv5) id and returns the id.
    ///
    /// An observable already added anywhere in the dataset is not added again.
    @discardableResult
    mutating func addObservable(_ type: String, _ properties: [(String, JSONValue)]) -> String {
        guard let id = SCOIdentifier.deterministicID(type: type, properties: JSONObject(properties)) else {
            preconditionFailure("\(type) has no id-contributing property")
        }
        if self.addedIDs.contains(id) { return id }
        var pairs: [(String, JSONValue)] = [("type", .string(type)), ("spec_version", "2.1"), ("id", .string(id))]
        pairs += properties
        pairs.append(("object_marking_refs", .strings([self.markingRef])))
        self.append(JSONObject(pairs))
        return id
    }

    /// Adds a ready-made object (for example from `BankAccountExtension`) unless already added.
    mutating func add(_ object: STIXObject) {
        guard !self.addedIDs.contains(object.id) else { return }
        guard self.open != nil else { preconditionFailure("no open share") }
        self.addedIDs.insert(object.id)
        self.open?.objects.append(object)
    }

    /// Adds a ready-made object marked with the open share's TLP.
    mutating func addMarked(_ object: STIXObject) {
        self.add(object.setting("object_marking_refs", to: .strings([self.markingRef])))
    }

    private var markingRef: String {
        guard let open = self.open else { preconditionFailure("no open share") }
        return TLPMarking.markingRef(for: open.tlp)
    }

    private mutating func append(_ object: JSONObject) {
        do {
            self.add(try STIXObject(.object(object)))
        } catch {
            preconditionFailure("demo object is not valid STIX: \(error)")
        }
    }

    // MARK: Members

    private func record(of member: DemoMember) -> MemberRecord {
        guard let record = self.organisations.first(where: { $0.member == member }) else {
            preconditionFailure("unknown member \(member)")
        }
        return record
    }

    private mutating func makeMember(_ member: DemoMember) -> MemberRecord {
        let id = self.newID("identity")
        let secondsAgo = Double(self.random.int(in: 95 * 86_400...120 * 86_400))
        let created = Date(timeIntervalSince1970: (self.now.timeIntervalSince1970 - secondsAgo).rounded(.down))
        let object: JSONValue = .object(
            JSONObject([
                ("type", "identity"),
                ("spec_version", "2.1"),
                ("id", .string(id)),
                ("created", .timestamp(created)),
                ("modified", .timestamp(created)),
                ("name", .string(member.name)),
                ("description", .string(member.summary)),
                ("identity_class", "organization"),
                ("sectors", .strings(member.stixSectors)),
                ("contact_information", .string(member.contactInformation)),
                ("object_marking_refs", .strings([TLPMarking.markingRef(for: .clear)])),
            ])
        )
        let identity: STIXObject
        do {
            identity = try STIXObject(object)
        } catch {
            preconditionFailure("demo identity is not valid STIX: \(error)")
        }
        let organisation = DemoDataset.Organisation(
            name: member.name,
            sector: member.sector,
            subsector: member.subsector,
            country: Self.country,
            identity: identity
        )
        return MemberRecord(member: member, identityID: id, organisation: organisation)
    }
}
