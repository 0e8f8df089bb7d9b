import Testing
@testable import OpsSources

/// The console's HTTP response reader, fed what servers send, split at every byte.
@Suite struct HTTPResponseReaderTests {
    /// Feeds `text` in pieces of `piece` bytes; returns the reader after the close if `close`.
    static func read(_ text: String, piece: Int, limit: Int = 1 << 20, close: Bool = false) throws(HTTPFetchError) -> HTTPResponseReader {
        var reader = HTTPResponseReader(sizeLimit: limit)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + piece)
            if try reader.consume(bytes[index..<end]) { return reader }
            index = end
        }
        if close { try reader.finishAtClose() }
        return reader
    }

    @Test(arguments: [1, 2, 7, 1000])
    func readsAContentLengthBody(piece: Int) throws {
        let reader = try Self.read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nETag: \"abc\"\r\nX-Twice: a\r\nx-twice: b\r\n\r\nhello", piece: piece)
        #expect(reader.isComplete)
        #expect(reader.status == 200)
        #expect(reader.headers["etag"] == "\"abc\"")
        #expect(reader.headers["x-twice"] == "a, b")
        #expect(String(decoding: reader.body, as: UTF8.self) == "hello")
    }

    @Test(arguments: [1, 3, 1000])
    func readsAChunkedBodyWithExtensionsAndTrailers(piece: Int) throws {
        let text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\nA\r\n, world!!!\r\n0\r\nTrailer: yes\r\n\r\n"
        let reader = try Self.read(text, piece: piece)
        #expect(reader.isComplete)
        #expect(String(decoding: reader.body, as: UTF8.self) == "hello, world!!!")
    }

    @Test func readsABodyThatRunsUntilTheClose() throws {
        let reader = try Self.read("HTTP/1.0 200 OK\r\n\r\nall of it", piece: 4, close: true)
        #expect(reader.isComplete)
        #expect(String(decoding: reader.body, as: UTF8.self) == "all of it")
    }

    @Test func notModifiedAndNoContentHaveNoBody() throws {
        #expect(try Self.read("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n", piece: 100).isComplete)
        #expect(try Self.read("HTTP/1.1 204 No Content\r\n\r\n", piece: 100).isComplete)
    }

    @Test func skipsAnInterimContinue() throws {
        let reader = try Self.read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\nno", piece: 5)
        #expect(reader.status == 401)
        #expect(String(decoding: reader.body, as: UTF8.self) == "no")
    }

    @Test(arguments: [
        ("garbage at once", "SSH-2.0-OpenSSH_9.2\r\n"),
        ("a bad status code", "HTTP/1.1 2000 OK\r\n\r\n"),
        ("a bad content length", "HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n"),
        ("a header without a colon", "HTTP/1.1 200 OK\r\nbroken\r\n\r\n"),
        ("a bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
    ])
    func garbageIsNotHTTP(name: String, text: String) {
        #expect(throws: HTTPFetchError.self, "\(name)") { _ = try Self.read(text, piece: 3) }
    }

    @Test func anEndlessHeadIsNotHTTP() {
        let text = "HTTP/1.1 200 OK\r\n" + String(repeating: "X-Pad: aaaaaaaaaaaaaaaa\r\n", count: 4000)
        #expect(throws: HTTPFetchError.transport("not an HTTP response")) { _ = try Self.read(text, piece: 4096) }
    }

    @Test func bodiesPastTheLimitAreCutOff() {
        #expect(throws: HTTPFetchError.tooLarge(limit: 10)) {
            _ = try Self.read("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n", piece: 100, limit: 10)
        }
        #expect(throws: HTTPFetchError.tooLarge(limit: 10)) {
            _ = try Self.read("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\n", piece: 100, limit: 10)
        }
        #expect(throws: HTTPFetchError.tooLarge(limit: 10)) {
            _ = try Self.read("HTTP/1.0 200 OK\r\n\r\n" + String(repeating: "x", count: 11), piece: 4, limit: 10)
        }
    }

    @Test func aCloseBeforeTheEndIsALostConnection() {
        #expect(throws: HTTPFetchError.transport("connection lost")) {
            _ = try Self.read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", piece: 100, close: true)
        }
        #expect(throws: HTTPFetchError.transport("connection closed without an answer")) {
            _ = try Self.read("", piece: 1, close: true)
        }
    }
}
