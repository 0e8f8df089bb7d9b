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
        }
        Snapshot.assertMatches(text: lines.joined(separator: "\n") + "\n", named: "theme-\(name)-environments-80x24")
    }
}
