public import STIX

extension IndicatorIndex {
    /// Files `pattern` under `handle`, replacing what the handle held before.
    ///
    /// The pattern is filed under keys that every match needs: an `OR` needs keys in every branch, an `AND`
    /// (or `FOLLOWEDBY`) the keys of one operand; negated comparisons, `!=`, ordering, `MATCHES` and the like
    /// contribute none. When no key set exists it becomes a fallback handle. The outcome is exact only for a
    /// single unqualified observation whose comparisons are keys joined by `OR`, with constants in canonical form.
    /// The window is `validFrom` (inclusive) to `validUntil` (exclusive); nil leaves that side open.
    /// - Returns: How the pattern was filed.
    @discardableResult
    public mutating func insert(
        _ pattern: Pattern, handle: IndicatorHandle, validFrom: Timestamp?, validUntil: Timestamp?
    ) -> IndexingOutcome {
        precondition(handle < IndicatorHandle.max, "IndicatorHandle.max is reserved")
        self.remove(handle)
        let analysis = PatternKeys(pattern)
        let from = ValidityWindow.start(validFrom)
        let until = ValidityWindow.end(validUntil)
        self.liveCount += 1
        guard let keys = analysis.keys, keys.isEmpty == false else {
            self.handles.set(handle, state: .fallback, multipleKeys: false, from: from, until: until)
            self.patterns[handle] = pattern
            self.fallbackPositions[handle] = self.fallbackList.count
            self.fallbackList.append(handle)
            return .fallback
        }
        let state: HandleTable.State = analysis.exact ? .exact : .candidate
        self.handles.set(handle, state: state, multipleKeys: keys.count > 1, from: from, until: until)
        for key in keys { self.addPosting(handle, key) }
        if analysis.exact { return .exact }
        self.patterns[handle] = pattern
        return .candidate
    }

    /// Removes `handle` (a revoked or replaced indicator); does nothing when it is not in the index.
    public mutating func remove(_ handle: IndicatorHandle) {
        let state = self.handles.state(handle)
        guard state != .absent else { return }
        var posting = self.handles.firstPosting[Int(handle)]
        while posting != PostingStore.none {
            let next = self.postings[posting].nextOfHandle
            self.releasePosting(posting)
            posting = next
        }
        if state == .fallback, let position = self.fallbackPositions.removeValue(forKey: handle) {
            let last = self.fallbackList.removeLast()
            if last != handle {
                self.fallbackList[position] = last
                self.fallbackPositions[last] = position
            }
        }
        self.patterns[handle] = nil
        self.handles.clear(handle)
        self.liveCount -= 1
    }

    /// Removes every indicator whose validity window ended at or before `time`.
    ///
    /// Scans the per-handle window array (a few milliseconds per million handles) and removes the expired ones.
    public mutating func removeExpired(before time: Timestamp) {
        let limit = ValidityWindow.nanoseconds(time)
        for index in 0..<self.handles.slotCount {
            let handle = IndicatorHandle(index)
            if self.handles.hasExpired(handle, by: limit), self.handles.state(handle) != .absent {
                self.remove(handle)
            }
        }
    }

    private mutating func addPosting(_ handle: IndicatorHandle, _ key: IndexKey) {
        let reference: KeyReference
        let keyHead: UInt32
        switch key {
        case .value(let field, let bytes):
            let number = self.fields.number(of: field)
            let entry = bytes.withUnsafeBytes { self.values.findOrInsert(field: number, $0) }
            reference = KeyReference(.bytes, entry)
            keyHead = self.values.head(entry)
            if keyHead == PostingStore.none, number == IndexFieldTable.domainSuffix, bytes.count < 256 {
                self.suffixLengthCounts[bytes.count] += 1
            }
        case .ipv4(let address, let length) where length > 16:
            let node = self.ipv4Long.findOrInsert(address, length: length, root: Int(address >> 16))
            reference = KeyReference(.ipv4Long, node)
            keyHead = self.ipv4Long.head(node)
        case .ipv4(let address, let length):
            let node = self.ipv4.findOrInsert(address, length: length)
            reference = KeyReference(.ipv4, node)
            keyHead = self.ipv4.head(node)
        case .ipv6(let address, let length):
            let node = self.ipv6.findOrInsert(address, length: length)
            reference = KeyReference(.ipv6, node)
            keyHead = self.ipv6.head(node)
        }
        let posting = self.postings.add(
            handle: handle, key: reference, keyHead: keyHead, handleHead: self.handles.firstPosting[Int(handle)])
        self.handles.setFirstPosting(handle, posting)
        self.setHead(of: reference, posting)
    }

    private mutating func releasePosting(_ posting: UInt32) {
        let reference = self.postings[posting].key
        let (wasHead, next) = self.postings.release(posting)
        guard wasHead else { return }
        self.setHead(of: reference, next)
        guard next == PostingStore.none else { return }
        switch reference.structure {
        case .bytes:
            if self.values.field(reference.index) == IndexFieldTable.domainSuffix {
                let length = self.values.withBytes(of: reference.index) { $0.count }
                if length < 256 { self.suffixLengthCounts[length] -= 1 }
            }
            self.values.remove(reference.index)
        case .ipv4:
            self.ipv4.releaseIfUnused(reference.index)
        case .ipv6:
            self.ipv6.releaseIfUnused(reference.index)
        case .ipv4Long:
            let address = self.ipv4Long.nodes[Int(reference.index)].bits
            self.ipv4Long.releaseIfUnused(reference.index, root: Int(address >> 16))
        }
    }

    private mutating func setHead(of reference: KeyReference, _ posting: UInt32) {
        switch reference.structure {
        case .bytes: self.values.setHead(reference.index, posting)
        case .ipv4: self.ipv4.setHead(reference.index, posting)
        case .ipv6: self.ipv6.setHead(reference.index, posting)
        case .ipv4Long: self.ipv4Long.setHead(reference.index, posting)
        }
    }
}
