public import Foundation
public import STIX

/// A generated, realistic demo: member organisations, sharing groups and what each shares.
///
/// The content tells the stories a Japanese public–private partnership sees in a quarter: an
/// Internet-banking phishing campaign with its mule accounts, a targeted-e-mail espionage campaign
/// against critical infrastructure, a DDoS against a power utility, and the blocklists, malware
/// analyses and vulnerability notes that vendors, ISPs and universities contribute.
/// Every object passes `STIXValidator`; every reference points at an identity or at an object of
/// the same or an earlier share, so shares can be ingested in order.
public struct DemoDataset: Sendable {
    /// A member organisation and the STIX `identity` that represents it.
    public struct Organisation: Sendable {
        /// The organisation's display name, unique in the dataset.
        public let name: String
        /// One of `government`, `law-enforcement`, `finance`, `critical-infrastructure`,
        /// `security-vendor`, `isp`, `academia`, `other`.
        public let sector: String
        /// The subsector of a critical-infrastructure operator (`energy`, `telecom`), else `nil`.
        public let subsector: String?
        /// ISO 3166-1 alpha-2 country code.
        public let country: String
        /// The organisation's STIX `identity` (`identity_class` "organization").
        public let identity: STIXObject
    }

    /// A named sharing group of member organisations.
    public struct Group: Sendable {
        /// The group's name, as used in a share's `group:<name>` audience.
        public let name: String
        /// What the group is for.
        public let description: String
        /// Names of the member organisations.
        public let members: [String]
    }

    /// A batch of STIX objects one organisation shares with one audience.
    public struct Share: Sendable {
        /// Name of the organisation that owns (and created) the objects.
        public let owner: String
        /// `organisation`, `group:<name>` or `community`; always allowed by every object's TLP.
        public let audience: String
        /// The objects, in an order where each reference points backwards or at an identity.
        public let objects: [STIXObject]
    }

    /// The member organisations.
    public let organisations: [Organisation]
    /// The sharing groups.
    public let groups: [Group]
    /// What the members share, in ingestion order.
    public let shares: [Share]

    /// Generates the demo; the same `seed` and `now` always give the same dataset.
    ///
    /// Objects are dated over the 90 days before `now`. Takes about 0.1 s in a debug build.
    public static func generate(seed: UInt64 = 2026, now: Date = Date()) -> DemoDataset {
        var builder = DemoBuilder(seed: seed, now: now)
        builder.buildCommunityReferenceData()
        builder.buildPhishingCampaign()
        builder.buildEspionageCampaign()
        builder.buildDDoSIncident()
        let families = builder.buildVendorMalwareAnalyses()
        builder.buildISPBlocklist(families: families)
        builder.buildGovernmentAdvisory()
        return DemoDataset(
            organisations: builder.organisations.map(\.organisation),
            groups: DemoGroup.allCases.map(\.group),
            shares: builder.shares
        )
    }
}
