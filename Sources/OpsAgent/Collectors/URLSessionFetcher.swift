import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpsSources

/// HTTP and HTTPS GETs through URLSession, with a hard deadline for the whole exchange and a cap
/// on the body: the agent's collectors may talk to a Prometheus behind TLS. (The console polls
/// agents with `HTTPFetcher`, which keeps libcurl and its TLS stack out of the console binary.)
///
/// URLSession's own timeout restarts with every byte, so a server that drips one byte a second
/// would hold a request for ever; here a timer ends the exchange at the deadline whatever the
/// server does, and the body is counted as it arrives so a huge answer is cut off, not buffered.
public final class URLSessionFetcher: HTTPGetting {
    private let session: URLSession
    private let delegate: FetchDelegate

    /// A fetcher with its own connection pool, no cache and no cookies.
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpShouldSetCookies = false
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = 600
        configuration.timeoutIntervalForResource = 600
        delegate = FetchDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// GETs `url`; returns within `timeout` (plus scheduling slack) whatever the server does.
    public func get(_ url: URL, headers: [String: String] = [:], timeout: Duration, sizeLimit: Int) async -> Result<HTTPFetchResponse, HTTPFetchError> {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.timeoutInterval = max(1, Double(timeout.components.seconds) + 1)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let started = ContinuousClock.now
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPFetchResponse, HTTPFetchError>, Never>) in
                let exchange = Exchange(limit: sizeLimit, started: started) { result in continuation.resume(returning: result) }
                delegate.register(exchange, for: task.taskIdentifier)
                let nanoseconds = Int(timeout.components.seconds) * 1_000_000_000 + Int(timeout.components.attoseconds / 1_000_000_000)
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [delegate] in
                    if exchange.finish(.failure(.timedOut(timeout))) {
                        delegate.forget(task.taskIdentifier)
                        task.cancel()
                    }
                }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }
}

/// One exchange in flight: its body so far, and a completion that runs once.
final class Exchange: @unchecked Sendable {
    private let lock = NSLock()
    private var completion: (@Sendable (Result<HTTPFetchResponse, HTTPFetchError>) -> Void)?
    private var body = Data()
    let limit: Int
    let started: ContinuousClock.Instant

    init(limit: Int, started: ContinuousClock.Instant, completion: @escaping @Sendable (Result<HTTPFetchResponse, HTTPFetchError>) -> Void) {
        self.limit = limit
        self.started = started
        self.completion = completion
    }

    /// Adds bytes; false when the limit is passed (the exchange is then finished as too large).
    func append(_ data: Data) -> Bool {
        let over: Bool = lock.withLock {
            body.append(data)
            return body.count > limit
        }
        if over { _ = finish(.failure(.tooLarge(limit: limit))) }
        return !over
    }

    var received: Data { lock.withLock { body } }

    /// Delivers the result if nothing was delivered yet; true when this call delivered it.
    @discardableResult
    func finish(_ result: Result<HTTPFetchResponse, HTTPFetchError>) -> Bool {
        let taken: (@Sendable (Result<HTTPFetchResponse, HTTPFetchError>) -> Void)? = lock.withLock {
            defer { completion = nil }
            return completion
        }
        guard let taken else { return false }
        taken(result)
        return true
    }
}

/// Routes URLSession's callbacks to the exchange of each task.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var exchanges: [Int: Exchange] = [:]

    func register(_ exchange: Exchange, for identifier: Int) {
        lock.withLock { exchanges[identifier] = exchange }
    }

    func forget(_ identifier: Int) {
        lock.withLock { exchanges[identifier] = nil }
    }

    private func exchange(_ identifier: Int) -> Exchange? {
        lock.withLock { exchanges[identifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse, completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        if let exchange = exchange(dataTask.taskIdentifier), response.expectedContentLength > Int64(exchange.limit) {
            exchange.finish(.failure(.tooLarge(limit: exchange.limit)))
            forget(dataTask.taskIdentifier)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let exchange = exchange(dataTask.taskIdentifier) else { return }
        if !exchange.append(data) {
            forget(dataTask.taskIdentifier)
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let exchange = exchange(task.taskIdentifier) else { return }
        forget(task.taskIdentifier)
        if let error {
            exchange.finish(.failure(.transport(Self.describe(error))))
            return
        }
        guard let response = task.response as? HTTPURLResponse else {
            exchange.finish(.failure(.transport("no HTTP response")))
            return
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        exchange.finish(.success(HTTPFetchResponse(status: response.statusCode, headers: headers, body: exchange.received, elapsed: ContinuousClock.now - exchange.started)))
    }

    /// A short reason: "connection refused" rather than a dump of the error's user info.
    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        switch nsError.code {
        case NSURLErrorCannotConnectToHost: return "connection refused"
        case NSURLErrorNetworkConnectionLost: return "connection lost"
        case NSURLErrorTimedOut: return "timed out"
        case NSURLErrorCannotFindHost: return "host not found"
        case NSURLErrorBadServerResponse: return "not an HTTP response"
        case NSURLErrorCancelled: return "cancelled"
        default: return nsError.localizedDescription
        }
    }
}
