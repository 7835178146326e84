import KizunaFormats
import STIX
import STIXPatterns
import Testing

/// Checks every MISP conversion test makes of its output.
enum MISPConversionChecks {
    /// Every object passes `STIXValidator` without errors, and every STIX pattern parses.
    static func expectValid(_ objects: [JSONValue], _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (index, value) in objects.enumerated() {
            do {
                let object = try STIXObject(value)
                let errors = STIXValidator.errors(in: object, at: "$.objects[\(index)]")
                #expect(errors.isEmpty, "\(context): \(object.id): \(errors)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(context): objects[\(index)] is not a STIX object: \(error)", sourceLocation: sourceLocation)
            }
            if value["type"] == "indicator", value["pattern_type"] == "stix", let pattern = value["pattern"]?.stringValue {
                #expect(throws: Never.self, "\(context): pattern \(pattern)", sourceLocation: sourceLocation) { try Pattern.parse(pattern) }
            }
        }
    }

    /// Every converted item names objects that exist; every skipped one says why and names none.
    static func expectAccounted(_ conversion: MISPConversion, sourceLocation: SourceLocation = #_sourceLocation) {
        let ids = Set(conversion.objects.compactMap { $0["id"]?.stringValue })
        for item in conversion.items {
            if let reason = item.skipped {
                #expect(!reason.isEmpty && item.stixIDs.isEmpty, "\(item)", sourceLocation: sourceLocation)
            } else {
                #expect(!item.stixIDs.isEmpty, "\(item) converted to nothing", sourceLocation: sourceLocation)
                #expect(item.stixIDs.allSatisfy(ids.contains), "\(item) names missing objects", sourceLocation: sourceLocation)
            }
        }
        let referenced = conversion.objects.flatMap { $0["object_refs"]?.stringArrayValue ?? [] }
        #expect(referenced.allSatisfy(ids.contains), "object_refs to objects not in the conversion", sourceLocation: sourceLocation)
    }
}
