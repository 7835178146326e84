import Foundation
import Hummingbird

extension KizunaRequestContext {
    /// The path parameter `name`, percent-decoded: Hummingbird hands parameters over as they were
    /// written in the URI (`Financial%20sector`), and every route compares them with stored names
    /// and ids.
    /// - Throws: Hummingbird's error when the route has no such parameter.
    func pathParameter(_ name: String) throws -> String {
        let raw = try self.parameters.require(name)
        // Ids and most names hold no escapes: they skip Foundation's decoder on every request.
        guard raw.utf8.contains(UInt8(ascii: "%")) else { return raw }
        return raw.removingPercentEncoding ?? raw
    }
}
