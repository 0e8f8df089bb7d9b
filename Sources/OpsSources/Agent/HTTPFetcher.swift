import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain HTTP/1.1 GETs over a socket, with a hard deadline for the whole exchange and a cap on
/// the body: how the console polls agents.
///
/// Written on sockets rather than URLSession because URLSession brings libcurl and its TLS and
/// Kerberos libraries into the console: 27 shared libraries, about 5.5 MiB of resident memory and
/// their load time on every start (docs/performance.md). Agents speak plain HTTP on loopback or a
/// private network (tunnel it over SSH to cross an untrusted one); `https:` is refused with a
/// reason. The deadline covers everything, name lookup included: a server that drips a byte a
/// second cannot hold a poll beyond it, and a huge answer is cut off as it arrives.
public final class HTTPFetcher: HTTPGetting {
    /// A fetcher; each GET opens its own connection and closes it.
    public init() {}

    public func get(_ url: URL, headers: [String: String] = [:], timeout: Duration, sizeLimit: Int) async -> Result<HTTPFetchResponse, HTTPFetchError> {
        let exchange = SocketExchange(url: url, headers: headers, timeout: timeout, sizeLimit: sizeLimit)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPFetchResponse, HTTPFetchError>, Never>) in
                exchange.onFinish { continuation.resume(returning: $0) }
                // A thread of its own: the exchange blocks in poll(2), and a queue shared with
                // other work could start it late under load and eat into its deadline.
                let worker = Thread { exchange.run() }
                worker.stackSize = 256 << 10
                worker.start()
                // A backstop for a name lookup that hangs: getaddrinfo has no deadline of its own.
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Self.nanoseconds(timeout) + 50_000_000)) {
                    exchange.abort(with: .timedOut(timeout))
                }
            }
        } onCancel: {
            exchange.abort(with: .transport("cancelled"))
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1_000_000_000 + Int(duration.components.attoseconds / 1_000_000_000)
    }
}

/// One GET in flight on its own socket; finishes exactly once, by the worker or by `abort`.
final class SocketExchange: @unchecked Sendable {
    private let url: URL
    private let headers: [String: String]
    private let timeout: Duration
    private let sizeLimit: Int
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var finished = false
    private var completion: ((Result<HTTPFetchResponse, HTTPFetchError>) -> Void)?
    private var early: Result<HTTPFetchResponse, HTTPFetchError>?

    init(url: URL, headers: [String: String], timeout: Duration, sizeLimit: Int) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.sizeLimit = sizeLimit
    }

    /// Sets what receives the result (once), delivering at once if the exchange already ended.
    func onFinish(_ handler: @escaping (Result<HTTPFetchResponse, HTTPFetchError>) -> Void) {
        let ready: Result<HTTPFetchResponse, HTTPFetchError>? = lock.withLock {
            completion = handler
            defer { early = nil }
            return early
        }
        if let ready { handler(ready) }
    }

    /// Ends the exchange now (deadline passed, task cancelled); the socket is shut so the worker wakes.
    func abort(with error: HTTPFetchError) {
        lock.withLock {
            if descriptor >= 0 { shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
        finish(.failure(error))
    }

    private func finish(_ result: Result<HTTPFetchResponse, HTTPFetchError>) {
        let handler: ((Result<HTTPFetchResponse, HTTPFetchError>) -> Void)? = lock.withLock {
            guard !finished else { return nil }
            finished = true
            guard let completion else {
                early = result
                return nil
            }
            self.completion = nil
            return completion
        }
        handler?(result)
    }

    private var isFinished: Bool { lock.withLock { finished } }

    /// Does the whole exchange on the calling thread.
    func run() {
        let result = exchange()
        lock.withLock {
            if descriptor >= 0 {
                close(descriptor)
                descriptor = -1
            }
        }
        finish(result)
    }

    private var deadline: ContinuousClock.Instant { started + timeout }

    /// Milliseconds left for poll(2); 0 when the deadline has passed.
    private var remainingMilliseconds: Int32 {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { return 0 }
        return Int32(clamping: Int(left.components.seconds) * 1000 + Int(left.components.attoseconds / 1_000_000_000_000_000) + 1)
    }

    private func exchange() -> Result<HTTPFetchResponse, HTTPFetchError> {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" else {
            return .failure(.transport("only http:// is supported (reach a remote agent over a private network or an SSH tunnel)"))
        }
        guard let host = url.host, !host.isEmpty else { return .failure(.transport("no host in \(url.absoluteString)")) }
        let port = url.port ?? 80
        let socketResult = connect(host: host, port: port)
        guard case .success(let socket) = socketResult else {
            if case .failure(let error) = socketResult { return .failure(error) }
            return .failure(.transport("connection failed"))
        }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        let hostHeader = port == 80 ? host : "\(host):\(port)"
        var request = "GET \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: opsdeck\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            request += "\(Self.headerSafe(name)): \(Self.headerSafe(value))\r\n"
        }
        request += "\r\n"
        if let error = send(Array(request.utf8), on: socket) { return .failure(error) }
        return receive(on: socket)
    }

    /// CR and LF would let a value start a header of its own.
    private static func headerSafe(_ text: String) -> String {
        text.filter { $0 != "\r" && $0 != "\n" }
    }

    private func connect(host: String, port: Int) -> Result<Int32, HTTPFetchError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let lookup = getaddrinfo(host, String(port), &hints, &list)
        guard lookup == 0, let first = list else { return .failure(.transport("host not found")) }
        defer { freeaddrinfo(list) }
        var lastError = HTTPFetchError.transport("connection refused")
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            candidate = address.pointee.ai_next
            if isFinished { return .failure(.timedOut(timeout)) }
            let socket = Glibc.socket(address.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard socket >= 0 else { continue }
            lock.withLock { descriptor = socket }
            if Glibc.connect(socket, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return .success(socket) }
            if errno == EINPROGRESS {
                var descriptorPoll = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
                let ready = poll(&descriptorPoll, 1, remainingMilliseconds)
                if ready == 0 { return .failure(.timedOut(timeout)) }
                var socketError: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                getsockopt(socket, SOL_SOCKET, SO_ERROR, &socketError, &length)
                if ready > 0, socketError == 0 { return .success(socket) }
                lastError = Self.describe(socketError == 0 ? errno : socketError)
            } else {
                lastError = Self.describe(errno)
            }
            lock.withLock {
                close(socket)
                descriptor = -1
            }
        }
        return .failure(lastError)
    }

    private func send(_ bytes: [UInt8], on socket: Int32) -> HTTPFetchError? {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                sent += count
                continue
            }
            if count < 0, errno == EAGAIN || errno == EINTR {
                var descriptorPoll = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
                if poll(&descriptorPoll, 1, remainingMilliseconds) == 0 { return .timedOut(timeout) }
                continue
            }
            return isFinished ? .timedOut(timeout) : Self.describe(errno)
        }
        return nil
    }

    private func receive(on socket: Int32) -> Result<HTTPFetchResponse, HTTPFetchError> {
        var reader = HTTPResponseReader(sizeLimit: sizeLimit)
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        do {
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    if try reader.consume(buffer[..<count]) { break }
                    continue
                }
                if count == 0 {
                    try reader.finishAtClose()
                    break
                }
                if errno == EAGAIN || errno == EINTR {
                    if isFinished { return .failure(.timedOut(timeout)) }
                    var descriptorPoll = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                    if poll(&descriptorPoll, 1, remainingMilliseconds) == 0 { return .failure(.timedOut(timeout)) }
                    continue
                }
                return .failure(isFinished ? .timedOut(timeout) : Self.describe(errno))
            }
        } catch {
            return .failure(error)
        }
        return .success(HTTPFetchResponse(status: reader.status, headers: reader.headers, body: Data(reader.body), elapsed: ContinuousClock.now - started))
    }

    /// A short reason: "connection refused" rather than an errno number.
    private static func describe(_ code: Int32) -> HTTPFetchError {
        switch code {
        case ECONNREFUSED: return .transport("connection refused")
        case ECONNRESET, EPIPE: return .transport("connection lost")
        case ETIMEDOUT: return .transport("timed out")
        case ENETUNREACH, EHOSTUNREACH: return .transport("host unreachable")
        default: return .transport(String(cString: strerror(code)))
        }
    }
}
