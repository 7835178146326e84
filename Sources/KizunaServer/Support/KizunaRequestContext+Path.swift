import Foundation
import Hummingbird

extension KizunaRequestContext {
    /// The path parameter `name`, percent-decoded: Hummingbird hands parameters over as they were
    /// written in the URI (`Financial%20sector`), and every route compares them with stored names
    /// and ids.
    /// - Throws: Hummingbird's error when the route has no such parameter.
    func pathParameter(_ name: String) throws -> String {
        let raw = try self.parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
