import Hummingbird
import KizunaCore
import NIOCore

extension Request {
    /// The whole body as bytes, refused with 413 beyond `limit`: at once when `Content-Length`
    /// says so, else as soon as the streamed body passes it.
    func bytes(upTo limit: Int) async throws -> [UInt8] {
        if let length = self.headers[.contentLength].flatMap(Int.init), length > limit {
            throw KizunaError.payloadTooLarge(limit: limit)
        }
        do {
            return Array(try await self.body.collect(upTo: limit).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw KizunaError.payloadTooLarge(limit: limit)
        }
    }
}
