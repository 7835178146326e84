import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers a request head carrying `Expect: 100-continue` with an interim `100 Continue` at once.
///
/// Clients such as curl send that header with bodies over 1 MiB and wait up to a second for the interim answer
/// before sending the body; Hummingbird never sends it. The final answer (202, 413, 401, …) follows as usual.
/// Requests without the expectation pass untouched.
final class ExpectContinueHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = self.unwrapInboundIn(data), let expectation = head.headerFields[.expect],
            expectation.lowercased() == "100-continue"
        else {
            context.fireChannelRead(data)
            return
        }
        head.headerFields[.expect] = nil
        context.writeAndFlush(self.wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
        context.fireChannelRead(self.wrapInboundOut(.head(head)))
    }
}
