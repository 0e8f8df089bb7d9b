/// Reads an HTTP/1.1 response from its bytes as they arrive: status line, headers, and a body
/// framed by Content-Length, chunked transfer coding, or the end of the connection.
///
/// Pure: the fetcher feeds it what the socket gave; tests feed it whatever a server might send.
struct HTTPResponseReader {
    /// The most header bytes accepted before the answer is judged not HTTP.
    static let headLimit = 64 << 10

    private enum Framing {
        case length(Int)
        case chunked
        case untilClose
    }

    private enum Stage {
        case head
        case body(Framing)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkEnd
        case trailers
        case done
    }

    let sizeLimit: Int
    private(set) var status = 0
    private(set) var headers: [String: String] = [:]
    private(set) var body: [UInt8] = []
    private var pending: [UInt8] = []
    private var stage = Stage.head

    init(sizeLimit: Int) {
        self.sizeLimit = sizeLimit
    }

    var isComplete: Bool {
        if case .done = stage { return true }
        return false
    }

    /// Takes the next bytes; true once the whole response has arrived.
    mutating func consume(_ bytes: some Collection<UInt8>) throws(HTTPFetchError) -> Bool {
        pending.append(contentsOf: bytes)
        var progressed = true
        while progressed, !isComplete {
            progressed = try step()
        }
        return isComplete
    }

    /// The connection closed: fine for a body that runs until the close, an error otherwise.
    mutating func finishAtClose() throws(HTTPFetchError) {
        switch stage {
        case .done:
            return
        case .body(.untilClose):
            stage = .done
        case .head where pending.isEmpty && status == 0:
            throw .transport("connection closed without an answer")
        case .head:
            throw .transport("not an HTTP response")
        default:
            throw .transport("connection lost")
        }
    }

    /// One stage's worth of work; false when it needs more bytes.
    private mutating func step() throws(HTTPFetchError) -> Bool {
        switch stage {
        case .head:
            guard let end = Self.find([13, 10, 13, 10], in: pending) else {
                if pending.count > Self.headLimit || !Self.couldBeHTTP(pending) { throw .transport("not an HTTP response") }
                return false
            }
            try readHead(pending[..<end])
            pending.removeFirst(end + 4)
            return true
        case .body(.length(let length)):
            let take = min(length - body.count, pending.count)
            body.append(contentsOf: pending[..<take])
            pending.removeFirst(take)
            if body.count == length { stage = .done }
            return take > 0 || isComplete
        case .body(.untilClose):
            body.append(contentsOf: pending)
            pending.removeAll(keepingCapacity: true)
            if body.count > sizeLimit { throw .tooLarge(limit: sizeLimit) }
            return false
        case .body(.chunked), .chunkSize:
            guard let end = Self.find([13, 10], in: pending) else { return false }
            let line = String(decoding: pending[..<end], as: UTF8.self)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { throw .transport("not an HTTP response (bad chunk size)") }
            pending.removeFirst(end + 2)
            if size > sizeLimit - body.count { throw .tooLarge(limit: sizeLimit) }
            stage = size == 0 ? .trailers : .chunkData(remaining: size)
            return true
        case .chunkData(let remaining):
            let take = min(remaining, pending.count)
            body.append(contentsOf: pending[..<take])
            pending.removeFirst(take)
            stage = remaining == take ? .chunkEnd : .chunkData(remaining: remaining - take)
            return take > 0
        case .chunkEnd:
            guard pending.count >= 2 else { return false }
            guard pending[0] == 13, pending[1] == 10 else { throw .transport("not an HTTP response (bad chunk end)") }
            pending.removeFirst(2)
            stage = .chunkSize
            return true
        case .trailers:
            guard let end = Self.find([13, 10], in: pending) else { return false }
            pending.removeFirst(end + 2)
            if end == 0 { stage = .done }
            return true
        case .done:
            return false
        }
    }

    private mutating func readHead(_ head: ArraySlice<UInt8>) throws(HTTPFetchError) {
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.first?.split(separator: " ", maxSplits: 2) ?? []
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), statusParts[1].count == 3,
              let code = Int(statusParts[1]), (100...599).contains(code) else {
            throw .transport("not an HTTP response")
        }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw .transport("not an HTTP response (bad header)") }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[name] = fields[name].map { "\($0), \(value)" } ?? value
        }
        if (100...199).contains(code) {
            // An interim answer (100 Continue): the real one follows.
            return
        }
        status = code
        headers = fields
        if code == 204 || code == 304 {
            stage = .done
        } else if fields["transfer-encoding"]?.lowercased().contains("chunked") == true {
            stage = .body(.chunked)
        } else if let lengthText = fields["content-length"] {
            guard let length = Int(lengthText), length >= 0 else { throw .transport("not an HTTP response (bad Content-Length)") }
            if length > sizeLimit { throw .tooLarge(limit: sizeLimit) }
            stage = length == 0 ? .done : .body(.length(length))
        } else {
            stage = .body(.untilClose)
        }
    }

    /// Whether the first bytes can still become an HTTP status line, so garbage fails at once.
    private static func couldBeHTTP(_ bytes: [UInt8]) -> Bool {
        let prefix = Array("HTTP/1.".utf8)
        let count = min(prefix.count, bytes.count)
        return Array(bytes[..<count]) == Array(prefix[..<count])
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.firstRange(of: needle)?.lowerBound
    }
}
