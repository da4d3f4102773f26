// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // cmark-gfm and its GFM extensions, from Debian's libcmark-gfm-dev and
        // libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // One system call Swift's Glibc module does not expose: renameat2 with RENAME_EXCHANGE.
        .target(name: "CSitegenSystem"),
        // The build pipeline: config → content → site model → Markdown → templates → output.
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCmarkGFM",
                "CSitegenSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `sitegen import`: raw article text → Markdown with front matter.
        .target(
            name: "SitegenImport",
            dependencies: [
                "SitegenCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // `sitegen serve`: the preview server that rebuilds on change and reloads the browser.
        .target(
            name: "SitegenServe",
            dependencies: ["SitegenCore", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // The command line: a thin shell over the libraries.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenImport",
                "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore"]
        ),
        .testTarget(
            name: "SitegenImportTests",
            dependencies: ["SitegenImport", "SitegenCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: ["SitegenServe", "SitegenCore", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // Runs the real `sitegen` binary on fixture sites and checks the files it writes.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["sitegen", "SitegenCore"],
            exclude: ["Fixtures"]
        ),
    ]
)
