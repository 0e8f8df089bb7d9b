import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeFileTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    /// With UPDATE_THEMES=1 the files are rewritten from the built-in themes before being checked.
    @Test func shippedFilesEqualTheBuiltInThemes() throws {
        if ProcessInfo.processInfo.environment["UPDATE_THEMES"] == "1" {
            for theme in Theme.builtIn {
                try theme.tomlText().write(to: Self.themesDirectory.appendingPathComponent("\(theme.name).toml"),
                                           atomically: true, encoding: .utf8)
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == Theme.builtIn.map { "\($0.name).toml" }.sorted())
        for file in files {
            let theme = try Theme.load(contentsOfFile: Self.themesDirectory.appendingPathComponent(file).path)
            #expect(theme.missingRoles.isEmpty)
            #expect(theme == Theme.builtIn(named: theme.name), "\(file) differs from the built-in theme")
            #expect(file == "\(theme.name).toml")
        }
    }
}

@Suite struct ThemeTests {
    @Test func everyBuiltInThemeMapsEveryRole() {
        #expect(Theme.builtIn.map(\.name) == ["default-dark", "light", "high-contrast", "colorblind", "monochrome"])
        for theme in Theme.builtIn {
            #expect(theme.missingRoles.isEmpty, "\(theme.name) misses \(theme.missingRoles)")
        }
    }

    @Test func statusStaysDistinguishableWithoutColour() {
        let statuses: [Role] = [.statusOK, .statusWarn, .statusCrit, .statusUnknown]
        for theme in Theme.builtIn {
            let attributes = statuses.map { theme.style(for: $0, depth: .none).attributes }
            #expect(Set(attributes).count == statuses.count, "\(theme.name)")
            #expect(theme.style(for: .selection, depth: .none).attributes.contains(.reverse))
            #expect(theme.style(for: .statusCrit, depth: .none).foreground == .default)
        }
    }

    @Test func colorblindThemeAvoidsRedAndGreenForStatus() {
        for role in [Role.statusOK, .statusWarn, .statusCrit, .statusUnknown] {
            let style = Theme.colorblind.style(for: role)
            for color in [style.foreground, style.background] {
                guard let index = color.paletteIndex else { continue }
                let (red, green, blue) = TerminalColor.rgb(ofIndex: index)
                #expect(!(green > red + 60 && green > blue + 60), "\(role) is green")
                #expect(!(red > 150 && green < 100 && blue < 100), "\(role) is red")  // orange is allowed
            }
        }
    }

    @Test func coloursDowngradeToTheTerminalsDepth() {
        #expect(TerminalColor.indexed(196).downgraded(to: .sixteen) == .ansi(9))
        #expect(TerminalColor.indexed(196).downgraded(to: .eight) == .ansi(1))
        #expect(TerminalColor.ansi(12).downgraded(to: .eight) == .ansi(4))
        #expect(TerminalColor.indexed(240).downgraded(to: .sixteen) == .ansi(8))
        #expect(TerminalColor.indexed(236).downgraded(to: .sixteen) == .ansi(0))
        #expect(TerminalColor.indexed(75).downgraded(to: .twoFiftySix) == .indexed(75))
        #expect(TerminalColor.indexed(75).downgraded(to: .none) == .default)
        #expect(ColorDepth(colorCount: 256) == .twoFiftySix)
        #expect(ColorDepth(colorCount: 8) == .eight)
        #expect(ColorDepth(colorCount: 0) == .none)
        let crit = Theme.defaultDark.style(for: .statusCrit, depth: .none)
        #expect(crit == RoleStyle(attributes: [.bold, .reverse]))
        #expect(Theme.defaultDark.resolve(Style(role: .text, attributes: .underline), depth: .none).attributes == .underline)
    }

    @Test func downgradingNeverLeavesTextTheColourOfItsBackground() {
        for theme in Theme.builtIn {
            for depth in [ColorDepth.eight, .sixteen] {
                for role in Role.allCases {
                    let style = theme.style(for: role, depth: depth)
                    if style.foreground != .default {
                        #expect(style.foreground != style.background, "\(theme.name) \(role) at \(depth)")
                    }
                }
            }
        }
    }
}

@Suite struct ThemeLoaderTests {
    static func themeText(roles: [Role] = Role.allCases, extra: String = "") -> String {
        var text = "[theme]\nname = \"mine\"\ndescription = 'test theme' # comment\n"
        for role in roles { text += "\n[roles.\(role.rawValue)]\nfg = \"red\"\nbg = 17\nattrs = [\"bold\",\n  \"underline\"]\nmono = [\"reverse\"]\n" }
        return text + extra
    }

    func error(_ text: String) -> ThemeError? {
        do {
            _ = try Theme.load(text: text, path: "mine.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesColoursAttributesAndComments() throws {
        let theme = try Theme.load(text: Self.themeText(), path: "mine.toml")
        #expect(theme.name == "mine")
        #expect(theme.description == "test theme")
        #expect(theme.style(for: .badge) == RoleStyle(foreground: .ansi(1), background: .indexed(17), attributes: [.bold, .underline]))
        #expect(theme.monochromeAttributes(for: .badge) == .reverse)
    }

    @Test func colourSpellings() {
        #expect(Theme.parseColor(.string("bright-blue")) == .ansi(12))
        #expect(Theme.parseColor(.string("default")) == .default)
        #expect(Theme.parseColor(.string("#ff0000")) == .indexed(196))
        #expect(Theme.parseColor(.string("#000000")) == .indexed(16))
        #expect(Theme.parseColor(.string("#808080")) == .indexed(244))
        #expect(Theme.parseColor(.integer(3)) == .ansi(3))
        #expect(Theme.parseColor(.integer(200)) == .indexed(200))
        #expect(Theme.parseColor(.integer(256)) == nil)
        #expect(Theme.parseColor(.string("#12345")) == nil)
        #expect(Theme.parseColor(.string("purple")) == nil)
    }

    @Test func missingRoleIsReported() {
        let failure = error(Self.themeText(roles: Role.allCases.filter { $0 != .statusCrit && $0 != .badge }))
        #expect(failure?.message == "theme does not define roles: status-crit, badge")
        #expect(failure?.path == "mine.toml")
    }

    @Test func unknownRoleAndKeyAreReportedWithTheirLine() {
        // The theme table takes lines 1–3; each role takes 7 lines (blank, header, fg, bg, attrs on two, mono).
        let unknownRole = error(Self.themeText(extra: "\n[roles.statusCrit]\nfg = \"red\"\n"))
        #expect(unknownRole?.line == 3 + 7 * Role.allCases.count + 2)
        #expect(unknownRole?.message == "unknown role 'statusCrit'; did you mean 'status-crit'?")
        let unknownKey = error("[theme]\nname = \"x\"\n\n[roles.text]\nfg = \"red\"\ncolour = \"blue\"\n")
        #expect(unknownKey?.description == "mine.toml:6: unknown key 'colour' in [roles.text] (known: fg, bg, attrs, mono)")
        let unknownTable = error("[theme]\nname = \"x\"\n[colours]\n")
        #expect(unknownTable?.line == 3)
        let outside = error("name = \"x\"\n")
        #expect(outside?.line == 1)
    }

    @Test func badValuesAreReportedWithTheirLine() {
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\nfg = \"purple\"\n")?.line == 4)
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\nattrs = [\"blink\"]\n")?.line == 4)
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\nattrs = \"bold\"\n")?.line == 4)
        #expect(error("[theme]\nname = 3\n")?.line == 2)
        #expect(error("[theme]\ndescription = \"no name\"\n")?.message.hasPrefix("missing name") == true)
    }

    @Test func syntaxErrorsAreReportedWithTheirLine() {
        #expect(error("[theme]\nname = \"x\n")?.line == 2)
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\n[roles.text]\n")?.line == 4)
        #expect(error("[theme]\nname = \"x\"\nname = \"y\"\n")?.line == 3)
        #expect(error("[theme\nname = \"x\"\n")?.line == 1)
        #expect(error("[theme]\nname \"x\"\n")?.line == 2)
        #expect(error("[theme]\nname = \"x\" extra\n")?.line == 2)
        #expect(error("[theme]\n\nname = {a = 1}\n")?.line == 3)
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\nattrs = [\"bold\",\n\"dim\"\n")?.line == 6)
        #expect(error("[[theme]]\n")?.line == 1)
        #expect(error("[theme]\nname = \"x\"\n[roles.text]\nfg = tru\n")?.line == 4)
    }

    @Test func writtenThemesLoadBackUnchanged() throws {
        for theme in Theme.builtIn {
            #expect(try Theme.load(text: theme.tomlText(), path: "\(theme.name).toml") == theme)
        }
    }
}

@Suite struct ThemeDocumentationTests {
    @Test func everyRoleIsDocumented() throws {
        let docs = ThemeFileTests.themesDirectory.deletingLastPathComponent().appendingPathComponent("docs/themes.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for role in Role.allCases {
            #expect(text.contains("| `\(role.rawValue)` |"), "docs/themes.md does not list \(role.rawValue)")
        }
    }
}
