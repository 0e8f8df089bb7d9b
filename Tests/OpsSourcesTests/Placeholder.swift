import Testing

@Test func OpsSourcesTestsBuilds() { #expect(Bool(true)) }
