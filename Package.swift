// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "hearsay",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "hearsay", targets: ["hearsay"]),
    .library(name: "HearsayCore", targets: ["HearsayCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "HearsayCore"),
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "HearsayShell", dependencies: ["HearsayCore", "CEditLine"]),
    .executableTarget(
      name: "hearsay",
      dependencies: [
        "HearsayShell", "HearsayCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore"], exclude: ["Golden", "Fixtures"]),
    .testTarget(name: "HearsayShellTests", dependencies: ["HearsayShell", "HearsayCore"]),
    .testTarget(name: "EndToEndTests", dependencies: ["hearsay"]),
  ],
  swiftLanguageModes: [.v6]
)
