import Hummingbird
import NIOCore
import STIX

extension Response {
    /// A JSON response from our own JSON model, written once without re-encoding.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, contentType: String = "application/json") -> Response {
        self.json(bytes: JSON.serialize(value), status: status, contentType: contentType)
    }

    /// A response whose body is already serialised JSON.
    static func json(bytes: [UInt8], status: HTTPResponse.Status = .ok, contentType: String = "application/json") -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
