import Console
import Foundation
import Testing
import TerminalUI

/// One view in every theme: which colours and attributes its roles get at each colour depth,
/// and that ok, warn and crit never look alike (colour-blind theme, 8 colours, no colour).
@Suite struct ThemeViewTests {
    static func describe(_ style: RoleStyle) -> String {
        func colour(_ color: TerminalColor) -> String {
            switch color {
            case .default: return "default"
            case .ansi(let number): return "ansi\(number)"
            case .indexed(let number): return "\(number)"
            }
        }
        let attributes = style.attributes.names.sorted().joined(separator: "+")
        return "fg \(colour(style.foreground)) bg \(colour(style.background))" + (attributes.isEmpty ? "" : " \(attributes)")
    }

    @Test(arguments: Theme.builtIn.map(\.name))
    func environmentsViewInEveryTheme(name: String) throws {
        let theme = try #require(Theme.builtIn(named: name))
        let buffer = ShellView.render(DemoState.make(width: 80, height: 24))
        var roles: [Role] = []
        for cell in buffer.cells where !roles.contains(cell.style.role) { roles.append(cell.style.role) }
        var lines = ["theme \(name): the roles the Environments view uses at 80x24, by colour depth", ""]
        for depth in [ColorDepth.twoFiftySix, .sixteen, .eight, .none] {
            lines.append("\(depth):")
            for role in roles.sorted(by: { $0.rawValue < $1.rawValue }) {
                lines.append("  \(role.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(Self.describe(theme.style(for: role, depth: depth)))")
            }
            let statuses = [Role.statusOK, .statusWarn, .statusCrit, .statusUnknown].map { theme.style(for: $0, depth: depth) }
            #expect(Set(statuses).count == 4, "\(name) at \(depth): two statuses look alike")
            // On a selected row a status keeps its colour where that colour shows on the
            // selection; where it would not, it takes the selection's look (glyph and word still
            // tell the status). Those that keep a colour never look alike.
            for selection in Role.selections {
                let plain = theme.style(for: selection, depth: depth)
                let selected = [Role.statusOK, .statusWarn, .statusCrit, .statusUnknown].map { theme.style(for: $0, on: selection, depth: depth) }
                let coloured = selected.filter { $0 != plain }
                #expect(coloured.allSatisfy { $0.foreground != $0.background && $0.foreground != .default }, "\(name) at \(depth): a status vanishes on \(selection.rawValue)")
                #expect(Set(coloured).count == coloured.count, "\(name) at \(depth): two statuses look alike on \(selection.rawValue)")
                if name == "default-dark", depth == .twoFiftySix { #expect(coloured.count == 4, "the default theme keeps every status colour on \(selection.rawValue)") }
            }
        }
        Snapshot.assertMatches(text: lines.joined(separator: "\n") + "\n", named: "theme-\(name)-environments-80x24")
    }
}
