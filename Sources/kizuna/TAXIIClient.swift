import Foundation
import STIX

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
        return try await self.send(URLRequest(url: url), method: "GET", body: nil)
    }

    func post(_ path: String, body: [UInt8]) async throws -> Answer {
        guard let url = URL(string: self.root.absoluteString + path + "/") else {
            throw TAXIIClientError(message: "cannot build a URL for \(path)")
        }
        return try await self.send(URLRequest(url: url), method: "POST", body: body)
    }

    private func send(_ request: URLRequest, method: String, body: [UInt8]?) async throws -> Answer {
        var request = request
        request.httpMethod = method
        request.timeoutInterval = 300
        request.setValue(Self.media, forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = Data(body)
            request.setValue(Self.media, forHTTPHeaderField: "Content-Type")
        }
        if let authorization = self.authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http?.allHeaderFields ?? [:] {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return Answer(status: http?.statusCode ?? 0, headers: headers, body: Array(data))
    }
}

/// A TAXII exchange that went wrong, in words for the operator.
struct TAXIIClientError: Error, CustomStringConvertible {
    let message: String
    var description: String { self.message }
}
