import Console
import Foundation
import Testing
import TerminalUI

@Suite struct KeymapDocumentTests {
    static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/keys.md")

    @Test func docsKeysIsGeneratedFromTheKeymapTable() throws {
        let generated = KeymapDocument.markdown()
        if ProcessInfo.processInfo.environment["OPSDECK_RECORD"] == "1" {
            try generated.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(committed == generated, "docs/keys.md is stale: run OPSDECK_RECORD=1 swift test --filter KeymapDocumentTests")
    }

    @Test func noKeyIsBoundTwice() {
        var seen: [Key: Action] = [:]
        for binding in Keymap.standard.bindings {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) is bound to both \(seen[key].map { "\($0)" } ?? "") and \(binding.action)")
                seen[key] = binding.action
            }
        }
    }

    @Test func everyActionHasABindingAndHelp() {
        for action in Action.allCases {
            let binding = Keymap.standard.bindings.first { $0.action == action }
            #expect(binding != nil, "no key for \(action)")
            #expect(binding?.help.isEmpty == false)
        }
    }
}
