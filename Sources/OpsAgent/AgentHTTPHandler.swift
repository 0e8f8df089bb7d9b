import Foundation
import NIOCore
import NIOHTTP1

/// Turns HTTP/1.1 requests on one connection into router calls and writes the answers.
final class AgentHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let router: AgentRouter
    private let log: AgentLog
    private var head: HTTPRequestHead?
    private var started = NIODeadline.now()

    init(router: AgentRouter, log: AgentLog) {
        self.router = router
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            started = .now()
        case .body:
            break  // GETs carry no body; anything sent is dropped, never buffered.
        case .end:
            guard let head else { return }
            self.head = nil
            let request = AgentRequest(
                method: head.method.rawValue, path: head.uri,
                authorization: head.headers.first(name: "Authorization"),
                ifNoneMatch: head.headers.first(name: "If-None-Match")
            )
            let response = router.respond(to: request)
            write(response, for: head, context: context)
            let elapsed = Double((NIODeadline.now() - started).nanoseconds) / 1_000_000
            log.info("request", [
                "method": .text(request.method), "path": .text(request.path), "status": .integer(response.status),
                "bytes": .integer(response.body.count), "ms": .number(elapsed),
                "remote": .text(context.channel.remoteAddress?.ipAddress ?? "?"),
            ])
        }
    }

    private func write(_ response: AgentResponse, for head: HTTPRequestHead, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        headers.add(name: "Server", value: "opsdeck-agent")
        if response.status != 304 { headers.add(name: "Content-Length", value: String(response.body.count)) }
        let keepAlive = head.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        if head.method != .HEAD, !response.body.isEmpty {
            var buffer = context.channel.allocator.buffer(capacity: response.body.count)
            buffer.writeBytes(response.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // An idle connection (a client that connected and went quiet) is closed, so it holds nothing.
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
