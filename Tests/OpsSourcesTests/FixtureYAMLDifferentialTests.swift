import Foundation
import Testing
@testable import OpsSources

/// Random documents built from the pieces fixture files are made of, tricky ones included
/// (colons, hashes, quotes, dashes, brackets inside text, blank values, unicode), read by the fast
/// reader and by Yams: whenever the fast reader accepts a document, both must give the same tree,
/// lines included; whenever it declines, the loader's answer is Yams' by construction.
@Suite struct FixtureYAMLDifferentialTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed by its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let plainTexts = ["a", "prod-eu-core", "now-2h", "17.0", "42", "-3.5", "0.22", "a b c", "x:y", "a#b", "url://h/p?q=1#f",
                             "Lumière", "東京", "~", "null", "true", "09:00", "2026-11-27T09:00:00Z", "a-", "-a", "a,b", "(x)", "x]"]
    static let quotedTexts = ["\"two words\"", "\"with: colon\"", "\"# hash\"", "'it''s'", "\"tab\\tand \\\"q\\\"\"", "''", "\"\"",
                              "\"\\u00e9t\\u00e9\"", "'[not, a, list]'", "\"{x: 1}\""]
    static let keys = ["id", "name", "env", "samples", "a b", "\"quoted key\"", "k-1", "x_y"]

    static func scalar(_ random: inout Random, inFlow: Bool) -> String {
        if random.below(3) == 0 { return random.pick(quotedTexts) }
        let text = random.pick(plainTexts)
        // Flow context ends plain text at , ] } — keep those out there, as YAML requires.
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return "plain" }
        return text
    }

    static func flow(_ random: inout Random, depth: Int) -> String {
        switch depth > 1 ? 0 : random.below(3) {
        case 0: return scalar(&random, inFlow: true)
        case 1: return "[" + (0..<random.below(4)).map { _ in flow(&random, depth: depth + 1) }.joined(separator: random.pick([", ", ",", " , "])) + "]"
        default:
            return "{" + (0..<random.below(4)).map { _ in "\(random.pick(keys)): \(flow(&random, depth: depth + 1))" }.joined(separator: ", ") + "}"
        }
    }

    static func value(_ random: inout Random, indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch depth > 2 ? random.below(3) : random.below(6) {
        case 0: return " " + scalar(&random, inFlow: false) + (random.below(4) == 0 ? "  # note" : "") + "\n"
        case 1: return " " + flow(&random, depth: 0) + "\n"
        case 2: return random.below(2) == 0 ? "\n" : " ~\n"
        case 3: return "\n" + mapping(&random, indent: indent + 2, depth: depth + 1)
        case 4:
            // A list at the key's own indentation or deeper.
            let listIndent = random.below(2) == 0 ? indent : indent + 2
            return "\n" + sequence(&random, indent: listIndent, depth: depth + 1)
        default: return "\n" + pad + "  # a comment line\n" + mapping(&random, indent: indent + 2, depth: depth + 1)
        }
    }

    static func mapping(_ random: inout Random, indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var text = ""
        for _ in 0..<(1 + random.below(4)) {
            if random.below(6) == 0 { text += "\n" }
            text += pad + random.pick(keys) + ":" + value(&random, indent: indent, depth: depth)
        }
        return text
    }

    static func sequence(_ random: inout Random, indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var text = ""
        for _ in 0..<(1 + random.below(4)) {
            switch depth > 2 ? 0 : random.below(4) {
            case 0: text += pad + "- " + scalar(&random, inFlow: false) + "\n"
            case 1: text += pad + "- " + flow(&random, depth: 0) + "\n"
            case 2:
                // "- key: value" with more keys under it.
                let inner = mapping(&random, indent: indent + 2, depth: depth + 1)
                text += pad + "- " + inner.dropFirst(indent + 2)
            default: text += pad + "-\n" + mapping(&random, indent: indent + 2, depth: depth + 1)
            }
        }
        return text
    }

    @Test(arguments: 0..<8)
    func randomDocumentsReadAsYamsReadsThem(batch: Int) throws {
        var accepted = 0
        for index in 0..<250 {
            let seed = UInt64(batch * 1000 + index)
            var random = Random(state: seed)
            let text = (random.below(5) == 0 ? "---\n" : "") + Self.mapping(&random, indent: 0, depth: 0)
            guard let reference = try? FixtureYAML.composedByYams(text) else {
                #expect(FixtureYAMLTests.fast(text) == nil, "seed \(seed): Yams rejects this, the fast reader must too:\n\(text)")
                continue
            }
            guard let fast = FixtureYAMLTests.fast(text) else { continue }
            accepted += 1
            #expect(FixtureYAMLTests.shape(fast) == FixtureYAMLTests.shape(reference), "seed \(seed):\n\(text)")
        }
        #expect(accepted > 150, "the generator should mostly stay inside the fast reader's subset (\(accepted) of 250)")
    }
}
