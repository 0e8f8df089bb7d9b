import Testing
@testable import OpsModel

@Suite("Runbook Markdown parsing")
struct RunbookMarkdownTests {
    @Test func headingsParagraphsAndRules() {
        let document = MarkdownDocument(parsing: """
        # Title ##
        Some text
        continued here.

        ### Third level
        ---
        """)
        #expect(document.blocks == [
            .heading(level: 1, [.text("Title")]),
            .paragraph([.text("Some text continued here.")]),
            .heading(level: 3, [.text("Third level")]),
            .rule,
        ])
    }

    @Test func inlineEmphasisStrongCodeAndLinks() {
        let document = MarkdownDocument(parsing: "Run *now*, **never** `rm -rf` see [docs](https://x.example/a \"t\") or <https://y.example>.")
        #expect(document.blocks == [.paragraph([
            .text("Run "), .emphasis([.text("now")]), .text(", "), .strong([.text("never")]), .text(" "),
            .code("rm -rf"), .text(" see "), .link(text: [.text("docs")], destination: "https://x.example/a"),
            .text(" or "), .link(text: [.text("https://y.example")], destination: "https://y.example"), .text("."),
        ])])
    }

    @Test func underscoresInsideWordsAndPlaceholdersStayText() {
        let document = MarkdownDocument(parsing: "Query pg_stat_activity on {{env.time_zone_x}} and _this_ 2 * 3 * 4")
        #expect(document.blocks == [.paragraph([
            .text("Query pg_stat_activity on {{env.time_zone_x}} and "), .emphasis([.text("this")]), .text(" 2 * 3 * 4"),
        ])])
    }

    @Test func escapesAndUnclosedMarkersAreLiteral() {
        let document = MarkdownDocument(parsing: #"a \*b\* `c and **d"#)
        #expect(document.blocks == [.paragraph([.text("a *b* `c and **d")])])
    }

    @Test func fencedCodeKeepsLanguageAndIndentation() {
        let document = MarkdownDocument(parsing: """
        ```sql
        SELECT 1
          FROM t;
        ```
        ~~~
        plain
        ~~~
        """)
        #expect(document.blocks == [.code(language: "sql", text: "SELECT 1\n  FROM t;"), .code(language: nil, text: "plain")])
    }

    @Test func unclosedFenceRunsToTheEnd() {
        let document = MarkdownDocument(parsing: "```sh\necho a\necho b")
        #expect(document.blocks == [.code(language: "sh", text: "echo a\necho b")])
    }

    @Test func numberedStepsWithNestedCodeAndBullets() {
        let document = MarkdownDocument(parsing: """
        1. First step:
           ```sh
           kubectl get pods
           ```
        2. Second step
           spans two lines.
           - a detail
           - another
        3) separate list because of the delimiter
        """)
        guard case .list(let list) = document.blocks.first else { Issue.record("no list"); return }
        #expect(list.start == 1)
        #expect(list.items.count == 2)
        #expect(list.items[0].blocks == [.paragraph([.text("First step:")]), .code(language: "sh", text: "kubectl get pods")])
        #expect(list.items[1].blocks.first == .paragraph([.text("Second step spans two lines.")]))
        guard case .list(let nested)? = list.items[1].blocks.last else { Issue.record("no nested list"); return }
        #expect(nested.start == nil && nested.items.count == 2)
        #expect(document.blocks.count == 2)
    }

    @Test func lazyContinuationAndLooseItems() {
        let document = MarkdownDocument(parsing: """
        - one
        continues
        
        - two

        After the list.
        """)
        #expect(document.blocks == [
            .list(MarkdownList(start: nil, items: [
                MarkdownListItem(blocks: [.paragraph([.text("one continues")])]),
                MarkdownListItem(blocks: [.paragraph([.text("two")])]),
            ])),
            .paragraph([.text("After the list.")]),
        ])
    }

    @Test func stepsAreNumberedThroughTheWholeDocument() {
        let document = MarkdownDocument(parsing: """
        ## Diagnose
        1. Look
        2. Look again
        ## Fix
        3. Fix it
        - not a step
        1. Check
        """)
        #expect(document.steps == [
            RunbookStep(number: 1, title: "Look"), RunbookStep(number: 2, title: "Look again"),
            RunbookStep(number: 3, title: "Fix it"), RunbookStep(number: 4, title: "Check"),
        ])
    }

    @Test func codeBlocksInReadingOrderIncludingNested() {
        let document = MarkdownDocument(parsing: "```\na\n```\n1. x\n   ```\n   b\n   ```\n> ```\n> c\n> ```")
        #expect(document.codeBlocks.map(\.text) == ["a", "b", "c"])
        #expect(document.codeBlocks.map(\.index) == [0, 1, 2])
    }

    @Test func quotesAndTabs() {
        let document = MarkdownDocument(parsing: "> quoted **text**\n> more\n\n-\tTabbed item")
        #expect(document.blocks.first == .quote([.paragraph([.text("quoted "), .strong([.text("text")]), .text(" more")])]))
        #expect(document.blocks.last == .list(MarkdownList(start: nil, items: [MarkdownListItem(blocks: [.paragraph([.text("Tabbed item")])])])))
    }

    @Test func crlfAndEmptyInput() {
        #expect(MarkdownDocument(parsing: "").blocks.isEmpty)
        #expect(MarkdownDocument(parsing: "a\r\nb").blocks == [.paragraph([.text("a b")])])
    }
}
