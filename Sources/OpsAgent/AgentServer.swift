import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The agent's HTTP listener: binds, serves the router, and stops on request.
public final class AgentServer: Sendable {
    private let channel: any Channel
    /// The port actually bound (useful when asked for port 0).
    public let port: Int
    /// The host it is bound to.
    public let host: String

    private init(channel: any Channel, host: String) {
        self.channel = channel
        self.host = host
        self.port = channel.localAddress?.port ?? 0
    }

    /// Binds `host:port` (port 0 picks a free one) and starts serving.
    /// - Parameter idleTimeout: a connection silent this long is closed.
    public static func start(host: String, port: Int, router: AgentRouter, log: AgentLog, idleTimeout: TimeAmount = .seconds(30)) async throws -> AgentServer {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(allTimeout: idleTimeout))
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(AgentHTTPHandler(router: router, log: log))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return AgentServer(channel: channel, host: host)
    }

    /// Stops listening; connections in flight finish on their own.
    public func stop() async {
        try? await channel.close()
    }
}
