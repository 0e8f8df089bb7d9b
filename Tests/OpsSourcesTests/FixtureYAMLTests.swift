import Foundation
import Testing
@testable import OpsSources

/// The fast fixture reader must read every file exactly as Yams does: same text, same kind of
/// scalar, same structure, same lines. Files outside its subset go to Yams, so the result is the
/// same either way; these tests check that the fast path is actually taken where it should be.
@Suite struct FixtureYAMLTests {
    /// A canonical text of a tree: kind, line, plain or quoted, text.
    static func shape(_ node: FixtureNode?) -> String {
        guard let node else { return "nil" }
        switch node {
        case .scalar(let scalar):
            return "\(scalar.isPlain ? "p" : "q")@\(scalar.line)\(String(reflecting: scalar.text))"
        case .sequence(let sequence):
            return "[@\(sequence.line) " + sequence.items.map { shape($0) }.joined(separator: ", ") + "]"
        case .mapping(let mapping):
            let entries = mapping.entries.map { "\(shape(.scalar($0.key))): \(shape($0.value))" }
            return "{@\(mapping.line) " + entries.joined(separator: ", ") + "}"
        }
    }

    /// The fast reader's tree (`.some(nil)` for an empty document), or nil when it declined the text.
    static func fast(_ text: String) -> FixtureNode?? {
        let bytes = Array(text.utf8)
        let source = YAMLBytes(bytes: bytes)
        return bytes.withUnsafeBufferPointer { buffer -> FixtureNode?? in
            var parser = FixtureYAMLParser(buffer, source: source)
            do {
                return .some(try parser.document())
            } catch {
                return .none
            }
        }
    }

    static func expectSameAsYams(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reference = try FixtureYAML.composedByYams(text)
        let fast = try #require(Self.fast(text), "the fast reader declined \(name)", sourceLocation: sourceLocation)
        #expect(shape(fast) == shape(reference), "\(name)", sourceLocation: sourceLocation)
    }

    @Test func readsEveryDemoFileAsYamsDoes() throws {
        let directory = try #require(DemoEstate.directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count >= 6)
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            try Self.expectSameAsYams(text, name)
        }
    }

    @Test(arguments: [
        ("comments and blank lines", "# head\n\na: 1   # trailing\n\n# between\nb: two words\n"),
        ("nested block mappings", "a:\n  b:\n    c: deep\n  d: x\ne: y\n"),
        ("lists at the key's indentation", "items:\n- a\n- b\nnext: c\n"),
        ("indented lists with mappings", "items:\n  - id: one\n    name: One\n  - id: two\n    tags: [x, y]\n"),
        ("empty values", "a:\nb: ~\nc: null\nd: \"\"\ne: ''\nf:\n"),
        ("an empty value at the end", "a: 1\nb:"),
        ("quotes and escapes", "a: \"tab\\there \\\"quoted\\\" \\u00e9 \\x41\"\nb: 'it''s'\nc: \"# not a comment\"\n"),
        ("colons and hashes in plain text", "url: https://x.example/a#frag\ntime: 09:00\nnote: a#b\n"),
        ("flow collections over lines", "a: [1, 2,\n    3]\nb: {x: 1,\n    y: [a, b], z: }\nc: []\nd: {}\n"),
        ("quoted keys", "\"a b\": 1\n'c': 2\n"),
        ("nested lists", "a:\n  - - x\n    - y\n  - [z]\n"),
        ("a document marker", "---\na: 1\n...\n"),
        ("a document marker with a comment", "--- # start\na: 1\n"),
        ("unicode", "name: Lumière Café — 東京\n"),
        ("trailing spaces", "a: value   \nb: [x ,  y ]  \n"),
        ("a list item over lines", "- a: 1\n  b:\n    - c\n- d\n"),
        ("deep item mappings", "top:\n  - id: x\n    sets:\n      - {label: a, refs: [b, c]}\n      - label: d\n        refs:\n          - e\n"),
        ("empty flow values", "a: {b: , c: 1}\n"),
        ("a trailing comma", "a: [1, 2, ]\n"),
        ("an empty file", ""),
        ("only comments", "# nothing\n\n"),
    ])
    func readsTheSubsetAsYamsDoes(name: String, text: String) throws {
        try Self.expectSameAsYams(text, name)
    }

    @Test(arguments: [
        ("an anchor", "a: &x 1\nb: *x\n"),
        ("a block scalar", "a: |\n  line one\n  line two\n"),
        ("a folded scalar", "a: >\n  folded\n"),
        ("a tag", "a: !!str 1\n"),
        ("a multi-line plain scalar", "a: one\n  two\n"),
        ("a multi-line quoted scalar", "a: \"one\n  two\"\n"),
        ("tabs", "a:\t1\n"),
        ("CRLF line ends", "a: 1\r\nb: 2\r\n"),
        ("two documents", "a: 1\n---\nb: 2\n"),
        ("a complex key", "? a\n: 1\n"),
    ])
    func declinesWhatItDoesNotReadAndYamsReadsIt(name: String, text: String) throws {
        #expect(Self.fast(text) == nil, "\(name) should go to Yams")
        if name == "two documents" { return }
        // The loader's answer is Yams' answer.
        let reference = try FixtureYAML.composedByYams(text)
        #expect(Self.shape(try FixtureYAML.document(Array(text.utf8))) == Self.shape(reference))
    }

    @Test(arguments: [
        ("a key without a colon", "a: 1\nb\nc: 2\n", 3),
        ("a bad indentation", "a:\n  b: 1\n c: 2\n", 3),
        ("an unterminated flow list", "a: [1, 2\nb: 3\n", 3),
        ("an unterminated quote", "a: \"open\nb: 1\n", 2),
        ("a mapping inside a line", "a: b: c\n", 1),
    ])
    func invalidYAMLIsReportedByYamsWithItsLine(name: String, text: String, line: Int) throws {
        #expect(Self.fast(text) == nil)
        do {
            _ = try FixtureYAML.document(Array(text.utf8))
            Issue.record("\(name) should not parse")
        } catch {
            #expect(error.line != nil, "\(name): \(error.summary)")
            #expect(!error.summary.isEmpty)
        }
    }

    @Test func topLevelListsAreDeferredAndReadTheSameEveryTime() throws {
        let text = "signals:\n  - {env: a, samples: [1, 2]}\n  - {env: b, samples: [3]}\nname: x\n"
        let node = try #require(try FixtureYAML.document(Array(text.utf8)))
        let list = try #require(node.mapping?.entries.first?.value.sequence)
        guard case .deferred = list.items else {
            Issue.record("a top-level list should be deferred")
            return
        }
        #expect(list.items.count == 2)
        #expect(Self.shape(node) == Self.shape(try FixtureYAML.composedByYams(text)))
        #expect(Self.shape(node) == Self.shape(node), "reading the items twice gives the same nodes")
    }

    @Test(arguments: [
        ([UInt8]("a: ok".utf8), nil as String?),
        ([0x61, 0x3A, 0x20, 0xC3, 0xA9], nil),
        ([0x61, 0x3A, 0x20, 0xC3], "is not UTF-8 text"),
        ([0x61, 0x3A, 0x20, 0xFF], "is not UTF-8 text"),
        ([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80], "is not UTF-8 text"),
        ([0x61, 0x3A, 0x20, 0xC0, 0xAF], "is not UTF-8 text"),
        ([0x61, 0x00], "holds a NUL byte"),
    ])
    func textCheckRejectsBadUTF8AndNUL(bytes: [UInt8], problem: String?) {
        #expect(FixtureText.problem(bytes) == problem)
    }
}

/// A large file's bytes are let go after the check and its items read back from disk.
@Suite struct FixtureYAMLReadBackTests {
    static func largeList() -> String {
        var text = "apiVersion: opsdeck/v1\nitems:\n"
        for index in 0..<120_000 {
            text += "  - {id: item-\(index), values: [\(index), \(index + 1), 2.5], note: \"n\\u00e9 \(index)\"}\n"
        }
        return text + "name: end\n"
    }

    @Test func itemsReadBackFromDiskAreTheSameAsFromMemory() throws {
        let text = Self.largeList()
        #expect(text.utf8.count > FixtureYAML.releaseThreshold)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-readback-\(getpid()).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromDisk = try #require(try FixtureYAML.document(Array(text.utf8), path: path))
        let inMemory = try #require(try FixtureYAML.document(Array(text.utf8)))
        #expect(FixtureYAMLTests.shape(fromDisk) == FixtureYAMLTests.shape(inMemory))
    }

    @Test func aFileCutShortDuringTheLoadGivesEmptyItemsNotACrash() throws {
        let text = Self.largeList()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-readback-cut-\(getpid()).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let node = try #require(try FixtureYAML.document(Array(text.utf8), path: path))
        try "items: []\n".write(toFile: path, atomically: false, encoding: .utf8)
        let items = try #require(node.mapping?.entries.first { $0.key.text == "items" }?.value.sequence)
        let read = Array(items.items)
        #expect(read.count == 120_000)
        #expect(read.allSatisfy { $0.scalar?.isNull == true })
    }
}
