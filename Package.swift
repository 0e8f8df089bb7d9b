// swift-tools-version:6.0
import PackageDescription

// The console's modules reach a generic type's metadata through its accessor, with the
// conformances it needs passed in, not by its mangled name: the runtime resolved each
// `Dictionary<Status, Int>`-like type by name the first time, scanning every conformance
// in the static binary for `Status: Hashable` (~430,000 instructions each, 15 of them on the
// way to the demo's first frame; docs/performance.md).
let metadataByAccessor: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

// The release console links the C++ runtime, libgcc's unwinder and ncursesw into itself, so the
// dynamic loader maps and binds only libc and libm at each start: `-lstdc++` (the static Swift
// runtime's link arguments) and `-lncursesw` (CNcurses) find the linker scripts in
// Sources/opsdeck/StaticLinking before the shared libraries. Start to `main` went from 2.8 to
// 1.7 ms, 4,300 symbol bindings fewer (docs/performance.md). Release only: a debug build links
// the Swift runtime as a shared library, which brings the shared C++ runtime with it.
let staticLinking = String(#filePath.dropLast("Package.swift".count)) + "Sources/opsdeck/StaticLinking"
let releaseStaticLinking: LinkerSetting = .unsafeFlags(
    ["-L", staticLinking, "-Xclang-linker", "-static-libgcc"], .when(configuration: .release)
)

let package = Package(
    name: "opsdeck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "opsdeck", targets: ["opsdeck"]),
        .executable(name: "opsdeck-agent", targets: ["opsdeck-agent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only the agent links NIO; the console binary stays on Foundation.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // ncursesw and the macros Swift cannot import.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The other C: a SIGBUS guard for mapped fixture files (a signal handler cannot be Swift).
        .target(name: "CMappedFile"),
        // The estate as values and the verdicts; no I/O, no clock.
        .target(name: "OpsModel", swiftSettings: metadataByAccessor),
        // A terminal toolkit that knows nothing of operations.
        .target(name: "TerminalUI", swiftSettings: metadataByAccessor),
        // The only code that calls ncurses.
        .target(name: "TerminalUINcurses", dependencies: ["TerminalUI", "CNcurses"], swiftSettings: metadataByAccessor),
        // Data sources: fixture directories, parsers of real tools' outputs, agents.
        .target(
            name: "OpsSources",
            dependencies: ["OpsModel", "CMappedFile", .product(name: "Yams", package: "Yams")],
            resources: [.copy("DemoEstate")],
            swiftSettings: metadataByAccessor
        ),
        // App state, update, the five views, keymap.
        .target(name: "Console", dependencies: ["OpsModel", "OpsSources", "TerminalUI"], swiftSettings: metadataByAccessor),
        .executableTarget(
            name: "opsdeck",
            dependencies: [
                "Console", "OpsSources", "OpsModel", "TerminalUI", "TerminalUINcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["StaticLinking"],
            swiftSettings: metadataByAccessor,
            // lld (shipped with the Swift toolchain) packs the 83,000 relative relocations of a
            // static binary into 16 KB (DT_RELR, glibc 2.36+) where gold wrote a 2 MB table the
            // loader reads at every start, and keeps read-only data apart from code: the demo's
            // peak RSS went from 25.6 to 23.1 MiB (docs/performance.md). None of its own symbols
            // is exported (the dynamic table keeps what it imports): the loader searched those
            // 8,300 symbols first for every look-up the shared libraries made (~4 M cycles).
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"]), releaseStaticLinking]
        ),
        // The agent: HTTP server, bearer auth, collectors of real systems.
        .target(
            name: "OpsAgent",
            dependencies: [
                "OpsModel", "OpsSources",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "opsdeck-agent",
            dependencies: [
                "OpsAgent", "OpsSources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic, seeded large estates written as fixture directories; for benchmarks and scale tests.
        .target(name: "EstateGenerator"),
        // Performance benchmarks: in-process render/diff/load timings and a pseudo-terminal harness.
        .executableTarget(
            name: "opsdeck-bench",
            dependencies: ["EstateGenerator", "Console", "OpsSources", "OpsModel", "TerminalUI"]
        ),
        .testTarget(name: "OpsModelTests", dependencies: ["OpsModel"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalTestSupport"]),
        .testTarget(name: "OpsSourcesTests", dependencies: ["OpsSources", "OpsModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ConsoleTests",
            dependencies: ["Console", "OpsSources", "OpsModel", "TerminalUI", "TerminalTestSupport"],
            exclude: ["Snapshots"]
        ),
        // Drives real programs in tmux and spawns processes for the end-to-end tests.
        .target(name: "TerminalTestSupport", path: "Tests/TerminalTestSupport"),
        .testTarget(name: "EndToEndTests", dependencies: ["TerminalTestSupport"]),
        .testTarget(
            name: "AgentTests",
            dependencies: [
                "OpsAgent", "OpsSources", "OpsModel", "TerminalTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "EstateGeneratorTests", dependencies: ["EstateGenerator", "OpsSources", "OpsModel"]),
        // The command line: the console's own argument reader against the command tree.
        .testTarget(
            name: "OpsdeckCommandTests",
            dependencies: ["opsdeck", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ]
)
