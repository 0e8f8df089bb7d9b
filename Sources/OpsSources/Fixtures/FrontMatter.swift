/// A Markdown file's YAML front matter: the lines from an opening `---` line to the next `---`
/// line, and the body after it.
///
/// Found by the file's bytes: splitting the text into `Character` lines and trimming each with
/// `CharacterSet` took 1.3 M instructions per runbook, a fifth of loading the demo estate.
enum FrontMatter {
    /// The header (from the opening `---` line, so its lines keep the file's numbers, to the
    /// line before the closing one) and the body (after the closing line); nil when the text
    /// does not start with a `---` line or has no closing one.
    static func split(_ text: String) -> (header: String, body: String)? {
        let bytes = Array(text.utf8)
        var lineStart = 0
        var opened = false
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let isMarker = isDashes(bytes[lineStart..<lineEnd])
            if !opened {
                guard isMarker else { return nil }
                opened = true
            } else if isMarker {
                let header = String(decoding: bytes[0..<max(0, lineStart - 1)], as: UTF8.self)
                let body = lineEnd < bytes.count ? String(decoding: bytes[(lineEnd + 1)...], as: UTF8.self) : ""
                return (header, body)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// `---` with spaces or tabs around it (and a carriage return: a file with CRLF line ends
    /// has its front matter found too, where `Character` lines took `\r\n` for no line end).
    private static func isDashes(_ line: ArraySlice<UInt8>) -> Bool {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
        var content = line.drop(while: isBlank)
        while let last = content.last, isBlank(last) { content = content.dropLast() }
        return content.elementsEqual("---".utf8)
    }
}
