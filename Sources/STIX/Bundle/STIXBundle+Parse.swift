extension STIXBundle {
    /// Parses a bundle in one pass, recording the byte range of each element of `objects`.
    ///
    /// Only the bundle envelope is checked (`type` is `"bundle"`, `id` is a bundle identifier,
    /// `objects` is an array); the objects themselves are returned as parsed, unvalidated.
    /// - Throws: `BundleError` saying what is wrong and where.
    public static func parse(_ bytes: [UInt8]) throws(BundleError) -> STIXBundle {
        let (envelope, objects) = try Self.scan(bytes, lazy: false)
        let entries = objects.enumerated().map { index, element in
            BundleEntry(index: index, value: element.value, raw: bytes[element.range])
        }
        return STIXBundle(id: envelope["id"]?.stringValue, entries: entries)
    }

    /// Checks a bundle's whole syntax and envelope in one pass without building its objects,
    /// which ``BundleOutline/entry(_:)`` then parses one at a time (in parallel, batch by batch).
    ///
    /// A bundle that passes has no JSON syntax error anywhere, so nothing found later can undo
    /// it; only a duplicate key inside one object is left for that object's own parse to report.
    /// - Throws: `BundleError` saying what is wrong and where.
    public static func outline(_ bytes: [UInt8]) throws(BundleError) -> BundleOutline {
        let (envelope, objects) = try Self.scan(bytes, lazy: true)
        return BundleOutline(id: envelope["id"]?.stringValue, bytes: bytes, ranges: objects.map(\.range))
    }

    /// Outlines a TAXII 2.1 envelope (`{"objects": [...]}`, with optional `more` and `next`; an
    /// envelope without `objects` is an empty page), as ``outline(_:)`` does a bundle.
    public static func outlineEnvelope(_ bytes: [UInt8]) throws(BundleError) -> BundleOutline {
        let (_, objects) = try Self.scan(bytes, lazy: true, isEnvelope: true)
        return BundleOutline(id: nil, bytes: bytes, ranges: objects.map(\.range))
    }

    private static func scan(_ bytes: [UInt8], lazy: Bool, isEnvelope: Bool = false) throws(BundleError)
        -> (JSONObject, [(value: JSONValue, range: Range<Int>)])
    {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in
                var parser = JSONParser(buffer)
                return try parser.parseBundleEnvelope(lazy: lazy)
            }
        }
        let scanned: ScannedBundle
        switch result {
        case .success(let value): scanned = value
        case .failure(let error): throw .syntax(error)
        }
        guard let envelope = scanned.envelope else {
            throw .notAnObject(found: scanned.topLevelType)
        }
        if isEnvelope {
            try Self.checkTAXIIEnvelope(envelope)
        } else {
            try Self.checkEnvelope(envelope, objectsFound: scanned.objects != nil)
        }
        guard let objects = scanned.objects else {
            if isEnvelope { return (envelope, []) }
            throw .invalidProperty(path: "$.objects", reason: "expected an array of STIX objects")
        }
        return (envelope, objects)
    }

    /// Checks the members of a TAXII envelope other than a well-formed `objects` array, which is
    /// optional: an empty page may omit it.
    private static func checkTAXIIEnvelope(_ envelope: JSONObject) throws(BundleError) {
        for (key, value) in envelope {
            switch key {
            case "more":
                guard value.boolValue != nil else {
                    throw .invalidProperty(path: "$.more", reason: "expected a boolean, found \(value.typeName)")
                }
            case "next":
                guard value.stringValue != nil else {
                    throw .invalidProperty(path: "$.next", reason: "expected a string, found \(value.typeName)")
                }
            case "objects":
                throw .invalidProperty(path: "$.objects", reason: "expected an array, found \(value.typeName)")
            default:
                throw .invalidProperty(path: "$.\(key)", reason: "unknown envelope property (allowed: more, next, objects)")
            }
        }
    }

    private static func checkEnvelope(_ envelope: JSONObject, objectsFound: Bool) throws(BundleError) {
        switch envelope["type"] {
        case .string("bundle"): break
        case .string(let other):
            throw .invalidProperty(path: "$.type", reason: "expected \"bundle\", found \"\(other)\"")
        case let value?:
            throw .invalidProperty(path: "$.type", reason: "expected the string \"bundle\", found \(value.typeName)")
        case nil:
            throw .invalidProperty(path: "$.type", reason: "missing required property 'type'")
        }
        if let id = envelope["id"] {
            guard let text = id.stringValue, STIXIdentifier.isValid(text, forType: "bundle") else {
                throw .invalidProperty(path: "$.id", reason: "expected an identifier of the form bundle--<UUID>")
            }
        }
        guard objectsFound else {
            if let objects = envelope["objects"] {
                throw .invalidProperty(path: "$.objects", reason: "expected an array, found \(objects.typeName)")
            }
            throw .invalidProperty(path: "$.objects", reason: "missing property 'objects'")
        }
    }

    /// Writes a bundle around already-serialised objects, copying their bytes unchanged.
    public static func make(objects: [[UInt8]], id: String = STIXIdentifier.make(type: "bundle")) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(objects.reduce(64 + id.utf8.count) { $0 + $1.count + 1 })
        output.append(contentsOf: Array("{\"type\":\"bundle\",\"id\":".utf8))
        JSONWriter.writeString(id, into: &output)
        output.append(contentsOf: Array(",\"objects\":[".utf8))
        for (index, object) in objects.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(contentsOf: object)
        }
        output.append(contentsOf: Array("]}".utf8))
        return output
    }
}

/// What the bundle scanner found: the envelope's other members and the `objects` elements.
struct ScannedBundle {
    /// The top-level object without `objects`, or nil when the document is not an object.
    var envelope: JSONObject?
    var topLevelType: String
    /// Each element of a top-level `objects` array with its byte range; nil when absent or not an array.
    var objects: [(value: JSONValue, range: Range<Int>)]?
}

extension JSONParser {
    /// Parses a whole document, recording byte ranges of the top-level `objects` array's elements.
    /// With `lazy`, elements of `objects` are only checked and located; their values are `.null`.
    mutating func parseBundleEnvelope(lazy: Bool = false) throws(JSONSyntaxError) -> ScannedBundle {
        self.skipWhitespace()
        guard self.current == UInt8(ascii: "{") else {
            let value = try self.parseDocument()
            return ScannedBundle(envelope: nil, topLevelType: value.typeName, objects: nil)
        }
        try self.enterContainer()
        self.offset += 1
        var members: [JSONObject.Member] = []
        var objects: [(value: JSONValue, range: Range<Int>)]?
        self.skipWhitespace()
        var done = self.current == UInt8(ascii: "}")
        if done { self.offset += 1 }
        while !done {
            let key = try self.parseMemberKey(afterComma: !members.isEmpty || objects != nil)
            if key == "objects" && members.contains(where: { $0.key == key }) == false && objects == nil
                && self.current == UInt8(ascii: "[")
            {
                objects = try self.parseRecordedArray(lazy: lazy)
            } else {
                let value = try self.parseValue()
                if members.contains(where: { $0.key == key }) || (key == "objects" && objects != nil) {
                    throw self.error("duplicate key '\(key)' in object")
                }
                members.append(JSONObject.Member(key: key, value: value))
            }
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","):
                self.offset += 1
                self.skipWhitespace()
            case UInt8(ascii: "}"):
                self.offset += 1
                done = true
            default:
                throw self.error("expected ',' or '}' after object member")
            }
        }
        self.depth -= 1
        self.skipWhitespace()
        if !self.atEnd { throw self.error("unexpected data after the JSON value") }
        return ScannedBundle(envelope: JSONObject(members: members), topLevelType: "object", objects: objects)
    }

    private mutating func parseRecordedArray(lazy: Bool) throws(JSONSyntaxError) -> [(value: JSONValue, range: Range<Int>)] {
        try self.enterContainer()
        self.offset += 1
        var elements: [(value: JSONValue, range: Range<Int>)] = []
        self.skipWhitespace()
        if self.current == UInt8(ascii: "]") {
            self.offset += 1
            self.depth -= 1
            return elements
        }
        while true {
            if self.current == UInt8(ascii: "]") && !elements.isEmpty {
                throw self.error("trailing comma in array")
            }
            let start = self.offset
            if lazy {
                try self.skipValue()
                elements.append((.null, start..<self.offset))
            } else {
                elements.append((try self.parseValue(), start..<self.offset))
            }
            self.skipWhitespace()
            switch self.current {
            case UInt8(ascii: ","):
                self.offset += 1
                self.skipWhitespace()
            case UInt8(ascii: "]"):
                self.offset += 1
                self.depth -= 1
                return elements
            default:
                throw self.error("expected ',' or ']' after array element")
            }
        }
    }
}
