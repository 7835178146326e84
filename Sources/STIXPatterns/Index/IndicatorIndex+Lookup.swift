public import STIX

extension IndicatorIndex {
    /// Hits for one already-canonical value of a kind (the log scanner's hot path; allocates only when
    /// `hits` grows).
    ///
    /// IPv4 and IPv6 values may be CIDR networks (hits on them are exact for `ISSUBSET` networks that contain
    /// them); digests are hex of the kind's length. Handles whose validity window excludes `time` are skipped (none when `time` is nil).
    /// Each handle appears at most once among the hits appended by one call. Values of the kinds that are an
    /// object's `value` also find patterns on a referenced object's value (`network-traffic:dst_ref.value`), as
    /// candidates.
    public func hits(_ kind: ObservableKind, canonical value: UnsafeRawBufferPointer, at time: Timestamp?, into hits: inout [IndexHit]) {
        var collector = HitCollector(start: hits.count, now: time.map(ValidityWindow.nanoseconds))
        self.collect(kind, value, downgrade: false, collector: &collector, into: &hits)
        switch kind {
        case .ipv4, .ipv6, .domain, .url, .email:
            guard let anyObjectValue = self.fields.anyObjectValue else { return }
            self.probe(anyObjectValue, value, downgrade: true, collector: &collector, into: &hits)
        case .md5, .sha1, .sha256, .sha512:
            return
        }
    }

    /// Hits for one SCO (`{"type":"ipv4-addr","value":"10.1.2.3"}`, a file with hashes, …).
    ///
    /// Addresses are parsed as the evaluator parses them (so `198.51.100.7/32` and `2001:DB8:0:0::1` hit as
    /// their addresses, `198.051.100.7` not at all); other values are looked up in canonical form. A hit is exact
    /// when it proves the match; a value not in canonical form cannot prove an exact indicator's comparison (which
    /// compares strings), so it yields only candidates. Handles whose validity window excludes `time` are skipped.
    public func hits(for sco: JSONObject, at time: Timestamp?, into hits: inout [IndexHit]) {
        guard let type = sco["type"]?.stringValue else { return }
        var collector = HitCollector(start: hits.count, now: time.map(ValidityWindow.nanoseconds))
        if type == "ipv4-addr" || type == "ipv6-addr", var value = sco["value"]?.stringValue {
            let kind: ObservableKind = type == "ipv4-addr" ? .ipv4 : .ipv6
            value.withUTF8 { bytes in
                self.collect(kind, UnsafeRawBufferPointer(bytes), downgrade: false, collector: &collector, into: &hits)
            }
        }
        for number in self.fields.byType[type] ?? [] {
            let field = self.fields.fields[Int(number)]
            switch field.kind {
            case .canonical(let kind):
                for var value in PathValues.strings(at: field.steps, in: sco) {
                    value.withUTF8 { raw in
                        let observed = UnsafeRawBufferPointer(raw)
                        // The canonical form goes to a stack buffer: no allocation per value.
                        let capacity = ObservableNormalizer.canonicalCapacity(forByteCount: observed.count)
                        withUnsafeTemporaryAllocation(byteCount: capacity, alignment: 1) { buffer in
                            let length = ObservableNormalizer.canonical(observed, as: kind, into: buffer)
                            let canonical = length.map { UnsafeRawBufferPointer(rebasing: buffer[..<$0]) }
                            if let canonical {
                                let downgrade = !canonical.elementsEqual(observed)
                                self.probe(number, canonical, downgrade: downgrade, collector: &collector, into: &hits)
                            }
                            if kind == .domain { self.probeSuffixes(observed: observed, canonical: canonical, collector: &collector, into: &hits) }
                        }
                    }
                }
            case .hash(let kind):
                for container in PathValues.values(at: field.steps, in: sco) {
                    guard let digests = container.objectValue else { continue }
                    for (name, digest) in digests where HashAlgorithm.kind(named: name) == kind {
                        guard var text = digest.stringValue else { continue }
                        text.withUTF8 { text in
                            let text = UnsafeRawBufferPointer(text)
                            let downgrade = HashAlgorithm.isStandardName(name, of: kind) == false || HexDigits.isLowercase(text) == false
                            self.probeDigest(kind, fields: [number], text, downgrade: downgrade, collector: &collector, into: &hits)
                        }
                    }
                }
            case .plain:
                for var value in PathValues.strings(at: field.steps, in: sco) {
                    value.withUTF8 { self.probe(number, UnsafeRawBufferPointer($0), downgrade: false, collector: &collector, into: &hits) }
                }
            case .integer:
                for case let integer? in PathValues.values(at: field.steps, in: sco).map(IntegerKey.integer) {
                    withUnsafeBytes(of: integer.littleEndian) {
                        self.probe(number, $0, downgrade: false, collector: &collector, into: &hits)
                    }
                }
            case .urlPrefix:
                for var value in PathValues.strings(at: field.steps, in: sco) {
                    value.withUTF8 { bytes in
                        let url = UnsafeRawBufferPointer(bytes)
                        guard let length = URLPrefix.length(in: url) else { return }
                        self.probe(number, UnsafeRawBufferPointer(rebasing: url[..<length]), downgrade: true, collector: &collector, into: &hits)
                    }
                }
            case .domainSuffixAtDot, .domainSuffix, .address:
                continue
            }
        }
        for number in self.fields.byType[ComparisonKeys.anyObjectType] ?? [] {
            for value in PathValues.strings(at: self.fields.fields[Int(number)].steps, in: sco) {
                var keyed = NetworkText.canonical(value) ?? value
                keyed.withUTF8 { self.probe(number, UnsafeRawBufferPointer($0), downgrade: true, collector: &collector, into: &hits) }
            }
        }
    }

    /// Probes the suffix keys of an observed `domain-name` value: those of its canonical form, exact where the value
    /// itself ends with the key (`LIKE '%.example.com'` compares the value as written), and, when the value is not
    /// canonical, the suffixes of its ASCII-lowercased form that the canonical form lacks (`éxample.com` ends with
    /// `ample.com`, its punycode form does not; an invalid domain has no canonical form).
    private func probeSuffixes(
        observed: UnsafeRawBufferPointer, canonical: UnsafeRawBufferPointer?, collector: inout HitCollector, into hits: inout [IndexHit]
    ) {
        if let canonical {
            self.probeSuffixes(canonical, verifiedAgainst: observed, skipping: nil, collector: &collector, into: &hits)
            if canonical.elementsEqual(observed) { return }
        }
        var lowered = Array(observed)
        for index in lowered.indices where lowered[index] >= UInt8(ascii: "A") && lowered[index] <= UInt8(ascii: "Z") { lowered[index] |= 0x20 }
        lowered.withUnsafeBytes { lowered in
            self.probeSuffixes(
                lowered, verifiedAgainst: observed, skipping: canonical ?? UnsafeRawBufferPointer(start: nil, count: 0),
                collector: &collector, into: &hits)
        }
    }

    /// Probes the suffix keys of `domain`: a hit is exact only when `observed` ends with the key; suffixes that
    /// `skipping` also ends with are left out (they were probed already).
    private func probeSuffixes(
        _ domain: UnsafeRawBufferPointer, verifiedAgainst observed: UnsafeRawBufferPointer, skipping: UnsafeRawBufferPointer?,
        collector: inout HitCollector, into hits: inout [IndexHit]
    ) {
        let count = domain.count
        func probe(_ field: UInt32, at position: Int) {
            let suffix = UnsafeRawBufferPointer(rebasing: domain[position...])
            if let skipping, Self.hasSuffix(skipping, suffix) { return }
            let downgrade = Self.hasSuffix(observed, suffix) == false
            self.probe(field, suffix, downgrade: downgrade, collector: &collector, into: &hits)
        }
        if self.values.holdsKeys(field: IndexFieldTable.domainSuffixAtDot) {
            for position in 0..<count where domain[position] == UInt8(ascii: ".") {
                probe(IndexFieldTable.domainSuffixAtDot, at: position)
            }
        }
        for position in 0..<count where count - position < 256 && self.suffixLengthCounts[count - position] > 0 {
            probe(IndexFieldTable.domainSuffix, at: position)
        }
    }

    /// Whether `bytes` ends with `suffix`.
    private static func hasSuffix(_ bytes: UnsafeRawBufferPointer, _ suffix: UnsafeRawBufferPointer) -> Bool {
        suffix.count <= bytes.count && UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - suffix.count)...]).elementsEqual(suffix)
    }

    private func collect(
        _ kind: ObservableKind, _ value: UnsafeRawBufferPointer, downgrade: Bool, collector: inout HitCollector, into hits: inout [IndexHit]
    ) {
        switch kind {
        case .ipv4:
            guard let network = IPAddressParser.ipv4(value) else { return }
            if network.prefixLength == 32 {
                AddressBytes.withBytes(of: network.address) {
                    self.probe(IndexFieldTable.ipv4Address, $0, downgrade: downgrade, collector: &collector, into: &hits)
                }
            }
            if !self.ipv4.isEmpty {
                self.ipv4.forEachContaining(network.address, length: network.prefixLength) { head in
                    self.emit(head, downgrade: downgrade, collector: &collector, into: &hits)
                }
            }
            if network.prefixLength > 16, !self.ipv4Long.isEmpty {
                self.ipv4Long.forEachContaining(network.address, length: network.prefixLength, root: Int(network.address >> 16)) { head in
                    self.emit(head, downgrade: downgrade, collector: &collector, into: &hits)
                }
            }
        case .ipv6:
            guard let network = IPAddressParser.ipv6(value) else { return }
            if network.prefixLength == 128 {
                AddressBytes.withBytes(of: network.address) {
                    self.probe(IndexFieldTable.ipv6Address, $0, downgrade: downgrade, collector: &collector, into: &hits)
                }
            }
            if !self.ipv6.isEmpty {
                self.ipv6.forEachContaining(network.address, length: network.prefixLength) { head in
                    self.emit(head, downgrade: downgrade, collector: &collector, into: &hits)
                }
            }
        case .domain:
            self.probe(IndexFieldTable.domainValue, value, downgrade: downgrade, collector: &collector, into: &hits)
            self.probeSuffixes(value, downgrade: downgrade, collector: &collector, into: &hits)
        case .url:
            self.probe(IndexFieldTable.urlValue, value, downgrade: downgrade, collector: &collector, into: &hits)
            if let length = URLPrefix.length(in: value) {
                self.probe(
                    IndexFieldTable.urlPrefix, UnsafeRawBufferPointer(rebasing: value[..<length]), downgrade: true, collector: &collector, into: &hits
                )
            }
        case .email:
            self.probe(IndexFieldTable.emailValue, value, downgrade: downgrade, collector: &collector, into: &hits)
        case .md5, .sha1, .sha256, .sha512:
            self.probeDigest(
                kind, fields: self.fields.byHashKind[Int(kind.rawValue)], value, downgrade: downgrade, collector: &collector, into: &hits)
        }
    }

    /// Probes the suffix keys of a canonical domain: `.`-suffixes at each dot, other suffixes at each stored length.
    private func probeSuffixes(_ domain: UnsafeRawBufferPointer, downgrade: Bool, collector: inout HitCollector, into hits: inout [IndexHit]) {
        let count = domain.count
        if self.values.holdsKeys(field: IndexFieldTable.domainSuffixAtDot) {
            for position in 0..<count where domain[position] == UInt8(ascii: ".") {
                let suffix = UnsafeRawBufferPointer(rebasing: domain[position...])
                self.probe(IndexFieldTable.domainSuffixAtDot, suffix, downgrade: downgrade, collector: &collector, into: &hits)
            }
        }
        for position in 0..<count where count - position < 256 && self.suffixLengthCounts[count - position] > 0 {
            let suffix = UnsafeRawBufferPointer(rebasing: domain[position...])
            self.probe(IndexFieldTable.domainSuffix, suffix, downgrade: downgrade, collector: &collector, into: &hits)
        }
    }

    /// Decodes a hex digest of `kind` and probes it in each of `fields`.
    private func probeDigest(
        _ kind: ObservableKind, fields: [UInt32], _ text: UnsafeRawBufferPointer, downgrade: Bool, collector: inout HitCollector,
        into hits: inout [IndexHit]
    ) {
        guard let length = HashAlgorithm.digestLength(of: kind), text.count == length * 2, fields.isEmpty == false else { return }
        withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { buffer in
            guard HexDigits.decode(text, into: buffer) == length else { return }
            let digest = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<length])
            for number in fields {
                self.probe(number, digest, downgrade: downgrade, collector: &collector, into: &hits)
            }
        }
    }

    @inline(__always)
    private func probe(
        _ field: UInt32, _ bytes: UnsafeRawBufferPointer, downgrade: Bool, collector: inout HitCollector, into hits: inout [IndexHit]
    ) {
        guard self.values.holdsKeys(field: field), let entry = self.values.find(field: field, bytes) else { return }
        self.emit(self.values.head(entry), downgrade: downgrade, collector: &collector, into: &hits)
    }

    /// Appends the valid handles of the posting list starting at `head`.
    @inline(__always)
    private func emit(_ head: UInt32, downgrade: Bool, collector: inout HitCollector, into hits: inout [IndexHit]) {
        var posting = head
        while posting != PostingStore.none {
            let entry = self.postings[posting]
            let handle = entry.handle
            posting = entry.nextOfKey
            if let now = collector.now, self.handles.isValid(handle, at: now) == false { continue }
            let state = self.handles.rawState(handle)
            let filedExact = state & 3 == HandleTable.State.exact.rawValue
            // A downgraded probe disproves the comparisons of exact handles (they compare the value as written).
            if filedExact, downgrade { continue }
            let exact = filedExact
            if state & HandleTable.multipleKeys != 0, let existing = hits[collector.start...].firstIndex(where: { $0.handle == handle }) {
                if exact, hits[existing].exact == false { hits[existing] = IndexHit(handle: handle, exact: true) }
                continue
            }
            hits.append(IndexHit(handle: handle, exact: exact))
        }
    }
}
