import Testing
@testable import Console

@Suite struct RefreshPacingTests {
    @Test func aCheapRefreshKeepsTheConfiguredInterval() {
        #expect(RefreshPacing.interval(configured: 15, busy: 0.008) == 15)
        #expect(RefreshPacing.interval(configured: 5, busy: 0) == 5)
        #expect(RefreshPacing.interval(configured: 5, busy: .nan) == 5)
    }

    @Test func aCostlyRefreshIsSpacedToItsShareOfTheTime() {
        // A tick that used 0.45 s of CPU waits 9 s; a reload of 2 s, 40 s.
        #expect(RefreshPacing.interval(configured: 5, busy: 0.45) == 9)
        #expect(RefreshPacing.interval(configured: 15, busy: 2) == 40)
        #expect(2 / RefreshPacing.interval(configured: 15, busy: 2) <= RefreshPacing.share + 1e-9)
    }

    @Test func noRefreshWaitsLongerThanFourIntervals() {
        // 10,000 environments from fixtures: ~7 s of CPU a reload, yet data must not go stale.
        #expect(RefreshPacing.interval(configured: 15, busy: 7) == 60)
        #expect(RefreshPacing.interval(configured: 5, busy: 30) == 20)
    }
}
