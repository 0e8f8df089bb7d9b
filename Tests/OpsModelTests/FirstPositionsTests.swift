import Testing
@testable import OpsModel

@Suite struct FirstPositionsTests {
    @Test func eachKeyGetsItsFirstPositionAndLaterOnesAreToldInOrder() {
        let keys = ["b", "a", "b", "c", "a", "b"]
        var repeated: [Int] = []
        let positions = FirstPositions.index(count: keys.count, key: { keys[$0] }, repeated: { repeated.append($0) })
        #expect(positions == ["b": 0, "a": 1, "c": 3])
        #expect(repeated == [2, 4, 5])
    }

    @Test func noKeysGiveAnEmptyIndex() {
        #expect(FirstPositions.index(count: 0, key: { _ in "x" }).isEmpty)
    }

    @Test func theOverviewFindsTheFirstBackupRecordAndRowOfAnEnvironment() {
        var estate = Estate()
        let environment = Environment(
            id: "prod-a", name: "prod-a", tenantID: "acme", stage: .production, tier: .coreProduction, tenancy: .dedicated,
            region: "eu-west-1", zone: "", timeZone: "UTC", odooVersion: "17.0", release: nil, namespace: "prod-a", cluster: ""
        )
        estate.environments = [environment, environment]
        estate.backups = [
            EnvironmentBackups(environmentID: "prod-a", stanza: "first", status: nil, backups: [], archive: nil, cipher: nil, policy: nil),
            EnvironmentBackups(environmentID: "prod-a", stanza: "second", status: nil, backups: [], archive: nil, cipher: nil, policy: nil),
        ]
        let overview = EstateOverview(estate: estate, now: .init(timeIntervalSince1970: 1_800_000_000))
        #expect(overview.backupRecords("prod-a")?.stanza == "first")
        #expect(overview.backupRecords("dev-a") == nil)
        #expect(overview.row("prod-a") != nil)
        #expect(overview.rows.count == 2)
    }
}
