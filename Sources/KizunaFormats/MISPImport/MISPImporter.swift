import STIX

/// Converts MISP events to STIX 2.1 objects the way MISP's own converter (misp-stix) exports them.
///
/// Each event becomes an `identity` for its creator organisation, a `grouping` referencing
/// everything made, and per attribute or object an `observed-data` with its SCOs plus, for
/// attributes flagged `to_ids`, an `indicator` `based-on` it. Domain objects keep misp-stix's ids
/// (`indicator--<attribute uuid>`), SCOs get STIX deterministic ids, relationships name-based
/// ids, so converting the same event twice gives the same ids. Items with no mapping are skipped
/// and say why in `MISPConversion.items`.
public enum MISPImporter {
    /// Every event in `data`: `{"Event": {...}}`, `{"response": [{"Event": ...}, ...]}`, `[{"Event": ...}]` or a bare event object.
    ///
    /// - Throws: `MISPImportError` with the line and column of a JSON syntax error, or the JSON path
    ///   of a value of the wrong shape (`$.response[0].Event.Attribute[3].value: expected a string, found number`).
    public static func convert(_ data: [UInt8], source: String) throws(MISPImportError) -> [MISPConversion] {
        let root = try Self.parse(data, source: source)
        do {
            return try MISPDocument.events(in: root).map(MISPEventConverter.conversion(of:))
        } catch {
            throw MISPImportError.structure(error, in: source)
        }
    }

    /// A misp-stix style collection of bare attributes or objects (`{"response": {"Attribute": [...]}}`,
    /// `{"response": [{"Object": {...}}, ...]}`), converted without an event: no identity, no grouping.
    public static func convertCollection(_ data: [UInt8], source: String) throws(MISPImportError) -> MISPConversion {
        let root = try Self.parse(data, source: source)
        do {
            let (attributes, objects) = try MISPDocument.collection(in: root)
            return MISPEventConverter.conversion(ofAttributes: attributes, objects: objects, source: source)
        } catch {
            throw MISPImportError.structure(error, in: source)
        }
    }

    /// A MISP feed directory: `manifest.json` and `<uuid>.json` per event, in manifest order (`hashes.csv` is ignored).
    ///
    /// - Throws: `MISPImportError` for a missing or malformed manifest or event file, or an event
    ///   file whose uuid is not the one the manifest names.
    public static func convertFeed(directory: String) throws(MISPImportError) -> [MISPConversion] {
        let manifestPath = directory + "/manifest.json"
        let manifest = try Self.parse(try MISPFiles.read(manifestPath), source: manifestPath)
        guard case .object(let entries) = manifest else {
            throw MISPImportError(source: manifestPath, location: .path("$"), message: "expected an object keyed by event uuid")
        }
        var conversions: [MISPConversion] = []
        for uuid in entries.keys {
            guard UUIDText.isValid(uuid) else {
                throw MISPImportError(source: manifestPath, location: .path(MISPNode.memberPath(uuid, of: "$")), message: "key is not an event uuid")
            }
            let path = "\(directory)/\(uuid).json"
            let events = try Self.convert(try MISPFiles.read(path), source: path)
            for event in events where event.eventUUID.lowercased() != uuid.lowercased() {
                throw MISPImportError(
                    source: path, location: .path("$.Event.uuid"),
                    message: "event uuid \(event.eventUUID) does not match the manifest entry \(uuid)"
                )
            }
            conversions += events
        }
        return conversions
    }

    private static func parse(_ data: [UInt8], source: String) throws(MISPImportError) -> JSONValue {
        do {
            return try JSON.parse(data)
        } catch {
            throw MISPImportError.syntax(error, in: source)
        }
    }
}
