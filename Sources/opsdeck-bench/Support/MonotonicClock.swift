import Glibc

/// Nanoseconds from CLOCK_MONOTONIC: immune to wall-clock jumps, fine enough for key latencies.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Milliseconds since an earlier reading.
    static func milliseconds(since start: UInt64) -> Double {
        Double(nanoseconds() - start) / 1_000_000
    }
}
