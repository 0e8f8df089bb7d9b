import Foundation

/// A misbehaving HTTP server on loopback for fault tests: blocking sockets, one thread per connection.
final class FaultServer: @unchecked Sendable {
    /// How it answers.
    enum Behaviour: Sendable {
        /// A correct answer with this body.
        case serve(Data, status: Int = 200)
        /// A correct answer after a pause.
        case delayed(Data, by: TimeInterval)
        /// Accepts, reads the request, never answers.
        case silent
        /// Headers for `total` bytes, then one byte every `interval` seconds.
        case drip(total: Int, interval: TimeInterval)
        /// `count` bytes of filler; with or without a Content-Length header.
        case huge(count: Int, declareLength: Bool)
    }

    private let lock = NSLock()
    private var current: Behaviour
    private var stopped = false
    private let listener: Int32
    let port: Int

    init(_ behaviour: Behaviour) throws {
        current = behaviour
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { throw TestFailure("fault server cannot bind") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    var behaviour: Behaviour {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    /// Stops accepting; idempotent, so the listener is closed once (a second close could hit a reused descriptor).
    func stop() {
        let first: Bool = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            if connection < 0 { if isStopped { return } else { continue } }
            var on: Int32 = 1
            setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            let behaviour = self.behaviour
            Thread { [self] in handle(connection, behaviour) }.start()
        }
    }

    private func handle(_ connection: Int32, _ behaviour: Behaviour) {
        defer { close(connection) }
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let count = read(connection, &buffer, buffer.count)
            if count <= 0 { return }
            request += buffer[0..<count]
        }
        switch behaviour {
        case .serve(let body, let status):
            send(connection, "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n")
            send(connection, body)
        case .delayed(let body, let pause):
            Thread.sleep(forTimeInterval: pause)
            send(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n")
            send(connection, body)
        case .silent:
            // Hold the connection open until the client gives up or the server stops.
            while !isStopped {
                var probe = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
                if poll(&probe, 1, 100) > 0, read(connection, &buffer, buffer.count) <= 0 { return }
            }
        case .drip(let total, let interval):
            send(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(total)\r\n\r\n")
            for _ in 0..<total where !isStopped {
                if !send(connection, Data(" ".utf8)) { return }
                Thread.sleep(forTimeInterval: interval)
            }
        case .huge(let count, let declareLength):
            send(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + (declareLength ? "Content-Length: \(count)\r\n" : "Connection: close\r\n") + "\r\n")
            let chunk = Data(repeating: UInt8(ascii: " "), count: 65536)
            var sent = 0
            while sent < count, !isStopped {
                if !send(connection, chunk) { return }
                sent += chunk.count
            }
        }
    }

    @discardableResult
    private func send(_ connection: Int32, _ text: String) -> Bool {
        send(connection, Data(text.utf8))
    }

    @discardableResult
    private func send(_ connection: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.send(connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    deinit { stop() }
}
