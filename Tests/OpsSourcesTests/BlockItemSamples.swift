import Foundation
import Testing
@testable import OpsSources

/// Block items for the direct readers' differential tests (`EnvironmentBlockReader`,
/// `BackupsBlockReader`): good lines, one spoiler now and then, shuffled sometimes; and the
/// check that every clean item is read directly and the load is the general reader's.
enum BlockItemSamples {
    typealias Random = FixtureYAMLDifferentialTests.Random

    /// An item of `lines` (`key: value`, or `key:` with its list on the lines below), given a
    /// spoiler one time in four: it replaces the line of its field, or joins the item when the
    /// field has no line or is one of `joining`.
    static func item(_ lines: [String], spoilers: [String], joining: Set<String> = [], _ random: inout Random) -> (text: String, spoilt: Bool) {
        var lines = lines
        let spoilt = random.below(4) == 0
        if spoilt {
            let spoiler = random.pick(spoilers)
            let field = String(spoiler.prefix { $0 != ":" })
            if let index = lines.firstIndex(where: { $0.hasPrefix(field + ":") }), !joining.contains(field) { lines[index] = spoiler } else { lines.append(spoiler) }
        }
        if random.below(3) == 0 {
            for index in lines.indices.reversed() { lines.swapAt(index, random.below(index + 1)) }
            // The plain form starts with `- key: value` (a list's key first is read the general way).
            if let first = lines.firstIndex(where: { !$0.contains("\n") && !$0.hasSuffix(":") && !$0.hasPrefix("#") }) { lines.swapAt(0, first) }
        }
        return ("  - " + lines.joined(separator: "\n    ") + "\n", spoilt)
    }

    /// A file of `header` and `count` items under `list`, each also given to `readsDirectly`
    /// (its bytes from the dash); expects every clean item read directly, some handed on, the
    /// file in the fast reader's subset and the same load both ways. Returns the direct load.
    static func expectReadDirectly(
        count: Int, header: String, list: String, _ random: inout Random,
        item: (inout Random, Int) -> (text: String, spoilt: Bool), readsDirectly: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> FixtureLoad {
        var text = header + list + ":\n"
        var (readDirectly, clean) = (0, 0)
        for index in 0..<count {
            let (item, spoilt) = item(&random, index)
            text += item
            if Array(item.utf8.dropFirst(2)).withUnsafeBufferPointer(readsDirectly) { readDirectly += 1 }
            if !spoilt { clean += 1 }
        }
        // Every clean item is read directly (spoilt ones may be too: a spoiler can be harmless).
        #expect(readDirectly >= clean, "clean items should all be read directly (\(readDirectly) of \(clean))")
        #expect(readDirectly < count, "some items should be handed on")
        #expect(FixtureYAMLTests.fast(text) != nil, "the file should be in the fast reader's subset (not read by Yams)")
        let direct = PlainFormReadingTests.expectReadTheSameBothWays([("\(list).yaml", text)])
        #expect(direct.issues.count > count / 20, "some items should have problems")
        return direct
    }
}
