// swift-tools-version:6.0
import PackageDescription

/// A timing harness for queries, kept apart from the main package so that its tests and CI do
/// not build it: `scripts/bench` runs it in release mode.
let package = Package(
  name: "hearsay-bench",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "hearsay", path: "..")],
  targets: [
    .executableTarget(
      name: "QueryBench", dependencies: [.product(name: "HearsayCore", package: "hearsay")])
  ],
  swiftLanguageModes: [.v6]
)
