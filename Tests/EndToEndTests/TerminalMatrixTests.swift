import Foundation
import TerminalTestSupport
import Testing

/// Every terminal a jump host can give: TERM × locale × size, colour where it carries meaning,
/// and a resize storm. Each case must draw the estate and exit cleanly.
@Suite(.serialized) struct TerminalMatrixTests {
    static let colourTerminals = ["xterm-256color", "xterm", "screen", "linux"]
    static let monochromeTerminals = ["vt100", "vt220"]

    /// The SGR sequences in force just before each occurrence of `text` (`capture-pane -e`).
    static func stylesBefore(_ text: String, in screen: String) -> [String] {
        var styles: [String] = []
        var searchFrom = screen.startIndex
        while let range = screen.range(of: text, range: searchFrom..<screen.endIndex) {
            // The run of escape sequences that ends where the text starts.
            var start = range.lowerBound
            while let escape = screen.range(of: "\u{1b}[", options: .backwards, range: screen.startIndex..<start),
                  let end = screen[escape.upperBound..<start].firstIndex(of: "m"), screen.index(after: end) == start {
                start = escape.lowerBound
            }
            styles.append(String(screen[start..<range.lowerBound]))
            searchFrom = range.upperBound
        }
        return styles
    }

    static func hasColour(_ sgr: String) -> Bool {
        sgr.range(of: #"\[(.*;)?(3[0-7]|9[0-7]|38;5;\d+)(;.*)?m"#, options: .regularExpression) != nil
    }

    @Test(arguments: colourTerminals + monochromeTerminals, ["C.UTF-8", "C"])
    func drawsAndExitsCleanly(term: String, locale: String) throws {
        let session = try ConsoleEndToEndTests.start(width: 80, height: 24, environment: "LANG=\(locale) LC_ALL=\(locale) TERM=\(term)")
        defer { session.close() }
        let screen = try #require(session.waitFor("prod-de-nordkauf"), "no frame on TERM=\(term) LANG=\(locale)")
        let unicode = locale == "C.UTF-8"
        if unicode {
            #expect(screen.contains("✖ crit") && screen.contains("✓ ok"))
        } else {
            let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "non-ASCII on TERM=\(term) LANG=C")
            #expect(screen.contains("X crit") && screen.contains("+ ok"))
        }
        let coloured = Spawn.run(["tmux", "-L", session.socket, "capture-pane", "-p", "-e"], captureOutput: true).output
        // The selected row paints over status colours (its glyph and word stay), so look at every occurrence.
        let crit = Self.stylesBefore(unicode ? "✖ crit" : "X crit", in: coloured)
        let ok = Self.stylesBefore(unicode ? "✓ ok" : "+ ok", in: coloured)
        if Self.colourTerminals.contains(term) {
            let colouredCrit = crit.filter(Self.hasColour)
            #expect(!colouredCrit.isEmpty, "crit has no colour on TERM=\(term): \(crit)")
            #expect(Set(colouredCrit).isDisjoint(with: Set(ok)), "crit and ok look the same on TERM=\(term)")
        } else {
            #expect(!Self.hasColour(coloured), "colour codes on TERM=\(term)")
            #expect(crit.contains { $0.contains("1") }, "crit is not bold on TERM=\(term): \(crit)")
        }
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }

    @Test(arguments: [(120, 40), (60, 20), (40, 12)])
    func sizes(width: Int, height: Int) throws {
        let session = try ConsoleEndToEndTests.start(width: width, height: height)
        defer { session.close() }
        let screen = try #require(session.waitFor("prod-de-nordkauf"))
        #expect(screen.contains("HEALTH"))
        if width < 80 { #expect(screen.contains("cols"), "a narrow screen must say what it hides") }
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }

    @Test func belowTheMinimumItSaysSoInOneLine() throws {
        let session = try ConsoleEndToEndTests.start(width: 30, height: 10)
        defer { session.close() }
        #expect(session.waitFor("need 40x12") != nil)
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }

    @Test func aResizeStormNeverBreaksIt() throws {
        let session = try ConsoleEndToEndTests.start(width: 80, height: 24)
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf") != nil)
        // Forty resizes as fast as tmux takes them, down to 2x2 and up to 200x60, then back to a usable size.
        let storm = "for i in $(seq 1 40); do tmux -L \(session.socket) resize-window -t 0 -x $((RANDOM % 199 + 2)) -y $((RANDOM % 59 + 2)); done; " +
            "tmux -L \(session.socket) resize-window -t 0 -x 100 -y 30"
        Spawn.run(["bash", "-c", storm])
        // The test runner blocks SIGWINCH and the console inherits that mask: this also checks
        // that the console unblocks it, or the last size would wait for the next key.
        let settled = session.waitUntil(timeout: 3) { $0.contains("prod-de-nordkauf") && $0.contains("FREEZE NOW") }
        #expect(settled != nil, "no frame at the final size without a key")
        session.send("2")
        let health = session.waitFor("Estate › Health")
        #expect(health != nil, "keys stopped working after the storm")
        #expect(health?.contains("PROCESSES HIT") == true, "the view after the storm is not drawn at 100 columns")
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }

    @Test(arguments: ["NO_COLOR=1", "", ""], ["", "--color never", "--theme monochrome"])
    func colourCanBeTurnedOff(environment: String, arguments: String) throws {
        guard !(environment.isEmpty && arguments.isEmpty) else { return }
        let session = try ConsoleEndToEndTests.start(width: 80, height: 24, environment: "\(environment) LANG=C.UTF-8 TERM=xterm-256color", arguments: arguments)
        defer { session.close() }
        #expect(session.waitFor("prod-de-nordkauf") != nil)
        let coloured = Spawn.run(["tmux", "-L", session.socket, "capture-pane", "-p", "-e"], captureOutput: true).output
        #expect(!Self.hasColour(coloured), "colour with \(environment) \(arguments)")
        #expect(coloured.contains("✖ crit"))
        session.send("q")
        ConsoleEndToEndTests.expectRestored(session)
    }
}
