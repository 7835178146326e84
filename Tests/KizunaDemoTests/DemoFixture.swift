import Foundation
import KizunaDemo
import STIX

/// The dataset every test reads: generated once, with a fixed clock so runs are comparable.
enum DemoFixture {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z
    static let dataset = DemoDataset.generate(seed: 2026, now: Self.now)

    /// Every shared object with the share it came in.
    static var sharedObjects: [(share: DemoDataset.Share, object: STIXObject)] {
        Self.dataset.shares.flatMap { share in share.objects.map { (share, $0) } }
    }

    /// Identifier values in `value`: strings under keys ending in `_ref` or `_refs`, at any depth.
    static func references(in value: JSONValue, key: String = "") -> [String] {
        switch value {
        case .string(let string) where key.hasSuffix("_ref") || key.hasSuffix("_refs"):
            return [string]
        case .array(let elements):
            return elements.flatMap { Self.references(in: $0, key: key) }
        case .object(let object):
            return object.flatMap { member in Self.references(in: member.value, key: member.key) }
        default:
            return []
        }
    }
}
