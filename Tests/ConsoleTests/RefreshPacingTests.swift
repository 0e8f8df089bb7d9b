import Testing
@testable import Console

@Suite struct RefreshPacingTests {
    @Test func aCheapRefreshKeepsTheConfiguredInterval() {
        #expect(RefreshPacing.interval(configured: 15, busy: 0.008) == 15)
        #expect(RefreshPacing.interval(configured: 5, busy: 0) == 5)
        #expect(RefreshPacing.interval(configured: 5, busy: .nan) == 5)
    }

    @Test func aCostlyRefreshIsSpacedToItsShareOfTheTime() {
        // 10,000 environments: a 4 s reload waits 80 s; a 0.45 s tick, 9 s.
        #expect(RefreshPacing.interval(configured: 15, busy: 4) == 80)
        #expect(RefreshPacing.interval(configured: 5, busy: 0.45) == 9)
        #expect(4 / RefreshPacing.interval(configured: 15, busy: 4) <= RefreshPacing.share + 1e-9)
    }
}
