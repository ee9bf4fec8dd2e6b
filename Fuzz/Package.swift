// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for hearsay.
///
/// They are kept out of the main package so that its build and tests never need the fuzzer
/// runtime. Build and run them with `scripts/fuzz TARGET SECONDS`; each
/// executable links only with `-sanitize=fuzzer`, which supplies `LLVMFuzzerRunDriver`.
let package = Package(
  name: "HearsayFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "hearsay", path: "..")
  ],
  targets: [
    .systemLibrary(name: "CFuzzerDriver"),
    .target(
      name: "FuzzSupport",
      dependencies: ["CFuzzerDriver", .product(name: "HearsayCore", package: "hearsay")]
    ),
    .executableTarget(
      name: "QueryParserFuzzer",
      dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "hearsay")]),
    .executableTarget(
      name: "ArticleLoaderFuzzer",
      dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "hearsay")]),
    .executableTarget(
      name: "ExtractorFuzzer",
      dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "hearsay")]),
  ],
  swiftLanguageModes: [.v6]
)
