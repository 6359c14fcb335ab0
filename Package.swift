// swift-tools-version: 6.0
import PackageDescription

// No package dependencies: the users asked for Foundation and the test libraries only.
let package = Package(
    name: "forankra",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "forankra", targets: ["forankra"]),
        .library(name: "ForankraKit", targets: ["ForankraKit"]),
    ],
    targets: [
        .target(name: "ForankraKit"),
        .executableTarget(name: "forankra", dependencies: ["ForankraKit"]),
        // Turns the editable templates/ folder into Swift source, so the installed binary is
        // one self-contained file that works offline.
        .executableTarget(name: "embed-templates", path: "Sources/embed-templates"),
        .executableTarget(name: "forankra-bench", dependencies: ["ForankraKit"], path: "Sources/forankra-bench"),
        .testTarget(
            name: "ForankraKitTests",
            dependencies: ["ForankraKit"],
            exclude: ["Fixtures", "Expected"]
        ),
    ]
)
