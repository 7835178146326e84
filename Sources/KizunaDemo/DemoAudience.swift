import STIX

/// Who a demo share goes to.
enum DemoAudience: Sendable {
    /// Only the owner organisation.
    case organisation
    /// The members of a sharing group.
    case group(DemoGroup)
    /// Every member of the community.
    case community

    /// The audience as `DemoDataset.Share.audience` spells it.
    var text: String {
        switch self {
        case .organisation: "organisation"
        case .group(let group): "group:\(group.name)"
        case .community: "community"
        }
    }

    /// Whether the platform's visibility rule lets an object marked `tlp` go to this audience.
    func allows(_ tlp: TLP) -> Bool {
        switch (self, tlp) {
        case (.community, .red), (.community, .amberStrict): false
        default: true
        }
    }
}
