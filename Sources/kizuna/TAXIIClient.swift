import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import STIX

/// A small TAXII 2.1 client for `pull` and `push`: GET and POST against one API root.
struct TAXIIClient {
    /// The API root, ending with `/`.
    let root: URL
    let authorization: String?

    static let media = "application/taxii+json;version=2.1"

    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: [UInt8]

        func header(_ name: String) -> String? {
            self.headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        /// The TAXII error's description, or the body's start.
        var errorText: String {
            if let value = try? JSON.parse(self.body), let description = value.objectValue?["description"]?.stringValue {
                return description
            }
            return String(decoding: self.body.prefix(300), as: UTF8.self)
        }
    }

    init(root: String, user: String?, password: String?) throws {
        guard var components = URLComponents(string: root), components.scheme == "http" || components.scheme == "https" else {
            throw TAXIIClientError(message: "'\(root)' is not an http(s) URL of a TAXII API root")
        }
        if !components.path.hasSuffix("/") { components.path += "/" }
        guard let url = components.url else { throw TAXIIClientError(message: "'\(root)' is not a URL") }
        self.root = url
        if let password {
            let credentials = Data("\(user ?? "kizuna"):\(password)".utf8).base64EncodedString()
            self.authorization = "Basic \(credentials)"
        } else {
            self.authorization = nil
        }
    }

    func get(_ path: String, query: [(String, String)]) async throws -> Answer {
        var components = URLComponents(string: self.root.absoluteString + path + "/")
        if !query.isEmpty { components?.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } }
        guard let url = components?.url else { throw TAXIIClientError(message: "cannot build a URL for \(path)") }
        return try await self.send(url, method: .GET, body: nil)
    }

    func post(_ path: String, body: [UInt8]) async throws -> Answer {
        guard let url = URL(string: self.root.absoluteString + path + "/") else {
            throw TAXIIClientError(message: "cannot build a URL for \(path)")
        }
        return try await self.send(url, method: .POST, body: body)
    }

    private func send(_ url: URL, method: HTTPMethod, body: [UInt8]?) async throws -> Answer {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        request.headers.add(name: "Accept", value: Self.media)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: body))
            request.headers.add(name: "Content-Type", value: Self.media)
        }
        if let authorization = self.authorization { request.headers.add(name: "Authorization", value: authorization) }
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(request, timeout: .minutes(5))
        } catch {
            throw TAXIIClientError(message: "\(method.rawValue) \(url.absoluteString) failed: \(error)")
        }
        let data = try await response.body.collect(upTo: 1 << 30)
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name] = header.value }
        return Answer(status: Int(response.status.code), headers: headers, body: Array(data.readableBytesView))
    }
}

/// A TAXII exchange that went wrong, in words for the operator.
struct TAXIIClientError: Error, CustomStringConvertible {
    let message: String
    var description: String { self.message }
}
