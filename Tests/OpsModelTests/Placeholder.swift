import Testing

@Test func OpsModelTestsBuilds() { #expect(Bool(true)) }
