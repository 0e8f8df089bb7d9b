import Foundation
import Testing
@testable import Console

/// The per-row search text finds what searching each field alone found, ASCII or not.
@Suite struct RowLookupTests {
    @Test func narrowingMatchesAFieldByFieldSearchInAnyCase() {
        let rows = DemoState.make().overview!.rows
        let lookup = RowLookup(rows, fields: EnvironmentList.searchFields)
        let all = Array(rows.indices)
        for filter in ["harb", "PROD-", "eu", "Lumière", "ÈRE", "zzz", "-"] {
            let needle = filter.lowercased()
            let fieldByField = all.filter { EnvironmentList.searchFields(rows[$0]).contains { $0.lowercased().contains(needle) } }
            #expect(lookup.narrow(all, to: filter) == fieldByField, "filter \(filter)")
        }
        #expect(lookup.narrow(all, to: "lumière").count == 4)
        #expect(lookup.narrow([2, 0, 1], to: "") == [2, 0, 1])
    }

    @Test func rowsAreFoundByID() {
        let rows = DemoState.make().overview!.rows
        let lookup = RowLookup(rows, fields: EnvironmentList.searchFields)
        #expect(lookup.row(rows[3].environment.id) == 3)
        #expect(lookup.row("nowhere") == nil)
        #expect(lookup.row(nil) == nil)
    }

    @Test func aLookupOfListEntriesIsTheLookupOfTheirRows() {
        let state = DemoState.make()
        let entries = BackupsList(overview: state.overview, estate: state.snapshot!.estate, filter: "").entries
        let rows = entries.map(\.row)
        let ofEntries = RowLookup(entries, id: { $0[$1].id }, fields: { BackupsList.searchFields($0.row) })
        let ofRows = RowLookup(rows, fields: BackupsList.searchFields)
        let all = Array(rows.indices)
        for filter in ["harb", "PROD-", "lumière", "zzz", "-"] {
            #expect(ofEntries.narrow(all, to: filter) == ofRows.narrow(all, to: filter), "filter \(filter)")
        }
        for (index, row) in rows.enumerated() {
            #expect(ofEntries.row(row.environment.id) == ofRows.row(row.environment.id))
            #expect(ofEntries.row(row.environment.id).map { rows[$0].environment.id } == row.environment.id, "row \(index)")
        }
    }
}
