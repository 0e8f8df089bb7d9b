import Foundation
import Testing
@testable import OpsModel

/// Samples stored compactly read, compare, code and change exactly like an array of samples.
@Suite struct SampleSeriesTests {
    static let newest = Date(timeIntervalSince1970: 1_795_770_000)

    static func evenSamples(_ values: [Double], step: TimeInterval = 60) -> [Sample] {
        values.enumerated().map { index, value in
            Sample(time: newest.addingTimeInterval(-Double(values.count - 1 - index) * step), value: value)
        }
    }

    @Test func evenValuesReadAsTheSamplesTheyStandFor() {
        let series = SampleSeries(values: [1, 2, 3], newest: Self.newest, step: 60)
        #expect(Array(series) == Self.evenSamples([1, 2, 3]))
        #expect(series.last?.time == Self.newest)
        #expect(series.values == [1, 2, 3])
        #expect(series == SampleSeries(Self.evenSamples([1, 2, 3])))
    }

    @Test func unevenSamplesAreKeptAsGiven() {
        let samples = [Sample(time: Self.newest.addingTimeInterval(-100), value: 1), Sample(time: Self.newest.addingTimeInterval(-30), value: 2), Sample(time: Self.newest, value: 3)]
        let series = SampleSeries(samples)
        #expect(Array(series) == samples)
        #expect(series.values == [1, 2, 3])
        #expect(series != SampleSeries(values: [1, 2, 3], newest: Self.newest, step: 50))
    }

    @Test(arguments: [[], [7.5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]])
    func codesAsAnArrayOfSamples(values: [Double]) throws {
        let series = SampleSeries(Self.evenSamples(values, step: 15))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(series)
        #expect(data == (try encoder.encode(Self.evenSamples(values, step: 15))))
        let decoded = try JSONDecoder().decode(SampleSeries.self, from: data)
        #expect(decoded == series)
        #expect(decoded.hashValue == series.hashValue)
    }

    @Test func changingAValueKeepsTheTimesAndChangingATimeKeepsTheSamples() {
        var series = SampleSeries(values: [1, 2, 3], newest: Self.newest, step: 60)
        series[1].value = 20
        #expect(Array(series) == Self.evenSamples([1, 20, 3]))
        series[0] = Sample(time: Self.newest.addingTimeInterval(-500), value: 9)
        #expect(series[0] == Sample(time: Self.newest.addingTimeInterval(-500), value: 9))
        #expect(Array(series[1...]) == Array(Self.evenSamples([1, 20, 3])[1...]))
    }

    @Test func anArrayLiteralIsASeries() {
        let series: SampleSeries = [Sample(time: Self.newest, value: 4)]
        #expect(series.count == 1 && series.first?.value == 4)
    }

    @Test func pooledSeriesReadCompareAndChangeLikeTheirOwnArrays() throws {
        let pool = SamplePool()
        let first = SampleSeries(values: [1, 2, 3], newest: Self.newest, step: 60, pool: pool)
        let second = SampleSeries(values: [4, 5], newest: Self.newest, step: 30, pool: pool)
        #expect(Array(first) == Self.evenSamples([1, 2, 3]))
        #expect(Array(second) == Self.evenSamples([4, 5], step: 30))
        #expect(first == SampleSeries(values: [1, 2, 3], newest: Self.newest, step: 60))
        #expect(first.hashValue == SampleSeries(Self.evenSamples([1, 2, 3])).hashValue)
        #expect(second.values == [4, 5])
        var changed = first
        changed[2].value = 30
        #expect(Array(changed) == Self.evenSamples([1, 2, 30]))
        #expect(Array(first) == Self.evenSamples([1, 2, 3]), "the pooled original is untouched")
        #expect(Array(second) == Self.evenSamples([4, 5], step: 30))
        let data = try JSONEncoder().encode(first)
        #expect(try JSONDecoder().decode(SampleSeries.self, from: data) == first)
    }

    @Test func aPoolStartsANewBlockWhenOneIsFull() {
        let pool = SamplePool()
        let series = (0..<40).map { index in
            SampleSeries(values: Array(repeating: Double(index), count: 5_000), newest: Self.newest, step: 60, pool: pool)
        }
        for (index, one) in series.enumerated() {
            #expect(one.count == 5_000 && one.allSatisfy { $0.value == Double(index) })
        }
        let huge = SampleSeries(values: Array(repeating: 1, count: 70_000), newest: Self.newest, step: 1, pool: pool)
        #expect(huge.count == 70_000 && huge.last?.value == 1)
    }
}
