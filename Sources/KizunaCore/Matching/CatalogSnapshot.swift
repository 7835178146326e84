public import STIX
public import STIXPatterns

/// The compiled indicators of a catalog at one moment: an ``IndicatorIndex`` over their patterns,
/// what each handle stands for, and compiled matchers for the patterns the index cannot decide.
///
/// Value type: ``IndicatorCatalog`` mutates its own in place; a copy taken for a long scan stays as
/// it was (copy on write).
public struct CatalogSnapshot: Sendable {
    var index = IndicatorIndex()
    var entries: [CatalogEntry?] = []
    var handles: [CatalogEntry: IndicatorHandle] = [:]
    var freeHandles: [IndicatorHandle] = []
    /// The compiled matcher of each handle whose pattern the index cannot decide alone, by handle (arrays, not
    /// dictionaries: they are read for every candidate, and a handle is an array position anyway).
    var matchers: [PatternMatcher?] = []
    /// For patterns over several observations, how many observations a match needs at least (0 for one), by handle.
    var minimumObservations: [Int] = []
    /// The handles without index keys, by the SCO types their patterns name: every comparison
    /// needs an SCO of its path's type, so observations without any of those types cannot match.
    var fallbacksByType: [String: [IndicatorHandle]] = [:] {
        didSet {
            self.fallbackKinds = ObservableKind.allCases.reduce(0) { mask, kind in
                self.fallbacksByType[kind.scoType]?.isEmpty == false ? mask | (1 << kind.rawValue) : mask
            }
        }
    }
    /// Bit `kind.rawValue` is set when ``fallbacksByType`` has handles for that kind's SCO type: the
    /// log scanner's hot path reads this bit, not the dictionary (whose buffer two scanner threads
    /// would contend for), and looks the handles up only when it is set.
    var fallbackKinds: UInt16 = 0
    /// The highest store sequence applied.
    var lastSequence: Int64 = 0

    public init() {}

    /// How many indicators are compiled.
    public var count: Int { self.handles.count }

    /// How many of them need full evaluation for every observation (no index key).
    public var fallbackCount: Int { self.index.fallbackHandles.count }

    // MARK: Changes

    /// Files a stored indicator version read by a caller (say, everything one organisation may
    /// read); superseded versions and other types are ignored.
    /// - Returns: The handle the indicator is filed under, or nil when it is not filed.
    @discardableResult
    public mutating func add(_ object: StoredObject) -> IndicatorHandle? {
        guard let indicator = (try? JSON.parse(object.json))?.objectValue else { return nil }
        return self.add(object, indicator: indicator)
    }

    /// Files `object` whose JSON the caller has already parsed into `indicator`.
    @discardableResult
    public mutating func add(_ object: StoredObject, indicator: JSONObject) -> IndicatorHandle? {
        guard object.type == "indicator", object.isLatest else { return nil }
        let entry = CatalogEntry(id: object.id, owner: object.owner)
        self.apply(entry, indicator: indicator)
        return self.handles[entry]
    }

    /// What `handle` stands for, when it is filed.
    public func entry(_ handle: IndicatorHandle) -> CatalogEntry? {
        Int(handle) < self.entries.count ? self.entries[Int(handle)] : nil
    }

    /// Files (or refiles) the indicator `entry` with its current JSON; a revoked indicator, or one
    /// that is not a STIX pattern, is removed.
    mutating func apply(_ entry: CatalogEntry, indicator: JSONObject) {
        guard indicator["revoked"]?.boolValue != true, indicator["pattern_type"]?.stringValue == "stix",
            let text = indicator["pattern"]?.stringValue, let pattern = try? Pattern.parse(text)
        else {
            self.remove(entry)
            return
        }
        let handle = self.handles[entry] ?? self.newHandle(for: entry)
        self.forgetFallback(handle)
        let outcome = self.index.insert(
            pattern, handle: handle, validFrom: indicator["valid_from"]?.stringValue.flatMap(Timestamp.init),
            validUntil: indicator["valid_until"]?.stringValue.flatMap(Timestamp.init))
        self.matchers[Int(handle)] = outcome == .exact ? nil : PatternMatcher(pattern)
        let needed = pattern.minimumObservations
        self.minimumObservations[Int(handle)] = needed > 1 ? needed : 0
        if outcome == .fallback {
            for type in pattern.objectTypes { self.fallbacksByType[type, default: []].append(handle) }
        }
    }

    /// Drops `entry` from the catalog, if it is there.
    mutating func remove(_ entry: CatalogEntry) {
        guard let handle = self.handles.removeValue(forKey: entry) else { return }
        self.forgetFallback(handle)
        self.index.remove(handle)
        self.matchers[Int(handle)] = nil
        self.minimumObservations[Int(handle)] = 0
        self.entries[Int(handle)] = nil
        self.freeHandles.append(handle)
    }

    private mutating func forgetFallback(_ handle: IndicatorHandle) {
        guard self.index.outcome(of: handle) == .fallback, let pattern = self.index.pattern(for: handle) else { return }
        for type in pattern.objectTypes { self.fallbacksByType[type]?.removeAll { $0 == handle } }
    }

    private mutating func newHandle(for entry: CatalogEntry) -> IndicatorHandle {
        let handle: IndicatorHandle
        if let reused = self.freeHandles.popLast() {
            handle = reused
            self.entries[Int(handle)] = entry
        } else {
            handle = IndicatorHandle(self.entries.count)
            self.entries.append(entry)
            self.matchers.append(nil)
            self.minimumObservations.append(0)
        }
        self.handles[entry] = handle
        return handle
    }

    // MARK: Matching

    /// The indicators valid at `time` that `observations` match, as one set of observations: index
    /// hits that are certain, candidates confirmed by evaluation over the whole set (so patterns
    /// joining several observations with `AND`, `FOLLOWEDBY` or qualifiers match too), and the
    /// patterns without index keys that name an SCO type present, evaluated in full.
    public func match(_ observations: [Observation], at time: Timestamp) -> [CatalogHit] {
        // Small arrays, not sets: an observation holds a handful of SCOs and hits (this runs once
        // per observation for every member's request).
        var found: [(handle: IndicatorHandle, ids: [String])] = []
        var candidates: [IndicatorHandle] = []
        var hits: [IndexHit] = []
        var types: [String] = []
        let hasFallbacks = !self.fallbacksByType.isEmpty
        for observation in observations {
            for object in observation.objects.values {
                if hasFallbacks, let type = object["type"]?.stringValue, !types.contains(type) {
                    types.append(type)
                    for handle in self.fallbacksByType[type] ?? [] where !candidates.contains(handle) && self.index.isValid(handle, at: time) {
                        candidates.append(handle)
                    }
                }
                hits.removeAll(keepingCapacity: true)
                self.index.hits(for: object, at: time, into: &hits)
                for hit in hits {
                    if hit.exact {
                        if let position = found.firstIndex(where: { $0.handle == hit.handle }) {
                            if !found[position].ids.contains(observation.id) { found[position].ids.append(observation.id) }
                        } else {
                            found.append((hit.handle, [observation.id]))
                        }
                    } else if !candidates.contains(hit.handle) {
                        candidates.append(hit.handle)
                    }
                }
            }
        }
        let available = observations.reduce(0) { $0 + max(0, $1.numberObserved) }
        for handle in candidates where !found.contains(where: { $0.handle == handle }) {
            if self.minimumObservations[Int(handle)] > available { continue }
            guard let matcher = self.matchers[Int(handle)] else { continue }
            if observations.count == 1 {
                // One observation (every log line, every API observable): the single-leaf fast path.
                if matcher.matches(observations[0]) { found.append((handle, [observations[0].id])) }
            } else if let binding = matcher.match(observations) {
                found.append((handle, binding.observationIDs))
            }
        }
        var result = found.compactMap { handle, ids in
            self.entries[Int(handle)].map { CatalogHit(entry: $0, observationIDs: ids) }
        }
        if result.count > 1 { result.sort { ($0.entry.id, $0.entry.owner) < ($1.entry.id, $1.entry.owner) } }
        return result
    }

    /// The handles of the indicators valid at `time` that one canonical value of `kind` matches on
    /// its own (the log scanner's path): certain index hits without building an observation;
    /// candidates and fallback patterns evaluated against the value's SCO. A miss allocates nothing.
    public func handles(matching kind: ObservableKind, canonical value: UnsafeRawBufferPointer, at time: Timestamp) -> [IndicatorHandle] {
        var hits: [IndexHit] = []
        self.index.hits(kind, canonical: value, at: time, into: &hits)
        // The common case, a miss with no fallback for the kind, touches no shared array buffer:
        // two scanner threads retaining the same buffer would contend on its reference count.
        let hasFallbacks = self.fallbackKinds & (1 << kind.rawValue) != 0
        if hits.isEmpty && !hasFallbacks { return [] }
        let fallbacks = hasFallbacks ? self.fallbacksByType[kind.scoType] ?? [] : []
        var found: [IndicatorHandle] = []
        var observation: Observation?
        func single() -> Observation {
            if let observation { return observation }
            let made = Observation(
                id: "observable", firstObserved: time, lastObserved: time, numberObserved: 1,
                objects: ["0": kind.sco(value: String(decoding: value, as: UTF8.self))])
            observation = made
            return made
        }
        for hit in hits where !found.contains(hit.handle) && self.minimumObservations[Int(hit.handle)] == 0 {
            if hit.exact || self.matchers[Int(hit.handle)]?.matches(single()) == true { found.append(hit.handle) }
        }
        for handle in fallbacks where !found.contains(handle) && self.minimumObservations[Int(handle)] == 0 && self.index.isValid(handle, at: time) {
            if self.matchers[Int(handle)]?.matches(single()) == true { found.append(handle) }
        }
        return found
    }
}
