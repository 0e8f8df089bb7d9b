import Foundation
import Testing
@testable import OpsSources

/// Redis `INFO all` text: the real 7.0 sample (CRLF) and malformed replies.
@Suite struct RedisInfoTests {
    @Test func realSampleTypedFields() throws {
        let info = try RedisInfo.parse(try FixtureFiles.data("redis/10-info-all-before-evictions.txt"))
        #expect(info.usedMemory == 2_518_352)
        #expect(info.maxMemory == 8_388_608)
        #expect(info.evictedKeys == 0)
        #expect(info.connectedClients == 1)
        #expect(info.maxMemoryPolicy == "allkeys-lru")
        #expect(abs((info.memoryUsageRatio ?? 0) - 2_518_352.0 / 8_388_608.0) < 1e-12)
        #expect(info.fields["redis_version"] == "7.0.15")
        #expect(info.section("memory")?["used_memory_human"] == "2.40M")
        #expect(info.sections["Keyspace"]?["db0"] == "keys=3413,expires=200,avg_ttl=3598928")
        #expect(info.sections["Commandstats"]?["cmdstat_config|get"]?.hasPrefix("calls=15") == true)
        #expect(info.sections["Modules"] == [:])
        #expect(info.fields.values.allSatisfy { !$0.contains("\r") })
        #expect(info.fields["os"] == "Linux 6.18.44-fc-v595 x86_64")
    }

    @Test func lineFeedsAndNoLimit() throws {
        let info = try RedisInfo.parse("# Memory\nused_memory:100\nmaxmemory:0\nnot a field line\n:empty name\n")
        #expect(info.usedMemory == 100)
        #expect(info.maxMemory == 0)
        #expect(info.memoryUsageRatio == nil)
        #expect(info.evictedKeys == nil)
        #expect(info.fields.count == 2)
    }

    @Test func errorRepliesAndGarbageThrow() {
        #expect(throws: ParseError.self) { try RedisInfo.parse("-NOAUTH Authentication required.\r\n") }
        #expect(throws: ParseError.self) { try RedisInfo.parse("(error) NOAUTH Authentication required.") }
        #expect(throws: ParseError.self) { try RedisInfo.parse("") }
        #expect(throws: ParseError.self) { try RedisInfo.parse(Data([0xFF, 0xFE, 0x00, 0x01])) }
    }

    @Test func truncatedSampleStillReadsWhatIsThere() throws {
        let text = try FixtureFiles.text("redis/10-info-all-before-evictions.txt")
        for length in stride(from: 40, to: text.utf8.count, by: 97) {
            let prefix = String(decoding: Array(text.utf8).prefix(length), as: UTF8.self)
            #expect((try? RedisInfo.parse(prefix)) != nil)
        }
    }
}
