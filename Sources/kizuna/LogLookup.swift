import ArgumentParser
import AsyncHTTPClient
import Foundation
import KizunaCore
import KizunaFormats
import NIOCore
import NIOHTTP1
import STIX
import STIXPatterns
import Synchronization

/// What `kizuna match` looks each extracted observable up in: handles of matching indicators, and
/// what each handle is.
struct LogLookup: Sendable {
    struct Indicator: Sendable {
        let id: String
        let name: String?
        let tlp: String
    }

    /// The matching indicators of one canonical observable; called on the scanner's worker threads.
    let handles: @Sendable (ObservableKind, UnsafeRawBufferPointer) -> [UInt32]
    /// What each handle stands for, by handle (handles are dense array positions).
    let indicators: [Indicator?]

    func indicator(_ handle: UInt32) -> Indicator? {
        Int(handle) < self.indicators.count ? self.indicators[Int(handle)] : nil
    }

    /// Files `indicator` under `handle` in `indicators`.
    private static func set(_ indicator: Indicator, at handle: UInt32, in indicators: inout [Indicator?]) {
        if Int(handle) >= indicators.count { indicators += Array(repeating: nil, count: Int(handle) + 1 - indicators.count) }
        indicators[Int(handle)] = indicator
    }

    /// Every indicator `organisation` may read in the local store, compiled into a catalog.
    static func local(store: any Store, organisation: String) async throws -> LogLookup {
        let requester = try await Operator.requester(for: organisation, store: store)
        var snapshot = CatalogSnapshot()
        var indicators: [Indicator?] = []
        var query = ObjectQuery()
        query.types = ["indicator"]
        try await ReadService(store: store).export(query, requester: requester) { page in
            for object in page {
                guard let json = (try? JSON.parse(object.json))?.objectValue, let handle = snapshot.add(object, indicator: json) else {
                    continue
                }
                Self.set(Indicator(id: object.id, name: json["name"]?.stringValue, tlp: object.tlp.rawValue), at: handle, in: &indicators)
            }
        }
        let compiled = snapshot
        let now = Timestamp.now
        return LogLookup(handles: { kind, value in compiled.handles(matching: kind, canonical: value, at: now) }, indicators: indicators)
    }

    /// Matches through a server's `POST /api/v1/match`: a first pass collects the distinct
    /// observables of `files`, which are sent in batches; the scan then looks hits up locally.
    static func remote(server: String, key: String, files: [String]) async throws -> LogLookup {
        guard let base = URL(string: server), base.scheme == "http" || base.scheme == "https" else {
            throw ValidationError("'\(server)' is not an http(s) URL of a Kizuna server")
        }
        let distinct = Mutex(Set<ObservableKey>())
        for file in files {
            do {
                _ = try LogScanner().scan(
                    path: file,
                    lookup: { kind, value in
                        let key = ObservableKey(kind: kind, value: Array(value))
                        distinct.withLock { _ = $0.insert(key) }
                        return []
                    }, onHit: { _ in })
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let keys = distinct.withLock { Array($0) }
        var matches: [ObservableKey: [UInt32]] = [:]
        var indicators: [Indicator?] = []
        var handleByID: [String: UInt32] = [:]
        for start in stride(from: 0, to: keys.count, by: 1_000) {
            let batch = Array(keys[start..<min(start + 1_000, keys.count)])
            let answer = try await Self.post(base: base, key: key, batch: batch)
            for match in answer["matches"]?.arrayValue ?? [] {
                guard let indicator = match["indicator"], let id = indicator["id"]?.stringValue else { continue }
                let handle = handleByID[id] ?? UInt32(handleByID.count)
                handleByID[id] = handle
                Self.set(
                    Indicator(id: id, name: indicator["name"]?.stringValue, tlp: indicator["tlp"]?.stringValue ?? ""), at: handle, in: &indicators)
                for binding in match["matched_by"]?.stringArrayValue ?? [] {
                    guard binding.hasPrefix("observables["), let position = Int(binding.dropFirst(12).dropLast()),
                        batch.indices.contains(position)
                    else { continue }
                    matches[batch[position], default: []].append(handle)
                }
            }
        }
        let found = matches
        return LogLookup(handles: { kind, value in found[ObservableKey(kind: kind, value: Array(value))] ?? [] }, indicators: indicators)
    }

    private static func post(base: URL, key: String, batch: [ObservableKey]) async throws -> JSONValue {
        let observables: [JSONValue] = batch.map {
            ["type": .string($0.kind.observableType), "value": .string(String(decoding: $0.value, as: UTF8.self))]
        }
        var request = HTTPClientRequest(url: base.appendingPathComponent("api/v1/match").absoluteString)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: JSON.serialize(["observables": .array(observables)])))
        let response = try await HTTPClient.shared.execute(request, timeout: .minutes(5))
        let body = try await response.body.collect(upTo: 1 << 28)
        let value = (try? JSON.parse(Array(body.readableBytesView))) ?? .null
        guard response.status == .ok else {
            throw ValidationError("the server answered \(response.status.code): \(value["detail"]?.stringValue ?? "")")
        }
        return value
    }
}

/// One distinct canonical observable.
struct ObservableKey: Hashable, Sendable {
    let kind: ObservableKind
    let value: [UInt8]
}
