// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore", "SitegenModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // The build pipeline, one module per stage; each depends only on the stages before it,
        // so the compiler refuses a stage that reaches back:
        // SitegenModel → SitegenMarkdown, SitegenOutput → SitegenRender → SitegenIncremental → SitegenCore.
        //
        // Configuration, content and the site model: plain values, with the diagnostics and the
        // site folder's layout every stage uses.
        .target(
            name: "SitegenModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Markdown to HTML through cmark-gfm.
        .target(name: "SitegenMarkdown", dependencies: ["SitegenModel", "CCmarkGFM"]),
        // Files of the built site, staged and swapped in, or journaled and renamed into place.
        .target(name: "SitegenOutput", dependencies: ["SitegenModel", "CSitegenSystem"]),
        // The search index: terms of each article, written as sharded static files.
        .target(name: "SitegenSearch", dependencies: ["SitegenModel"]),
        // Mustache templates: parsed once, rendered with typed values' `child(named:)`. No dependencies.
        .target(name: "SitegenTemplate"),
        // The theme, typed page data, the feed and the sitemap: the site model to output files.
        .target(
            name: "SitegenRender",
            dependencies: ["SitegenModel", "SitegenMarkdown", "SitegenOutput", "SitegenSearch", "SitegenTemplate",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The build cache and what an incremental build reuses and renders: a layer around the pipeline.
        .target(name: "SitegenIncremental", dependencies: ["SitegenModel", "SitegenOutput", "SitegenRender"]),
        // The pipeline itself (`SiteBuilder`), run by `sitegen build` and `sitegen serve`.
        .target(
            name: "SitegenCore",
            dependencies: ["SitegenModel", "SitegenMarkdown", "SitegenOutput", "SitegenRender", "SitegenIncremental"]
        ),
        // `sitegen import`: raw article text → Markdown with front matter.
        .target(
            name: "SitegenImport",
            dependencies: [
                "SitegenModel",
                "SitegenOutput",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // `sitegen serve`: the preview server that rebuilds on change and reloads the browser.
        .target(
            name: "SitegenServe",
            dependencies: ["SitegenCore", "SitegenModel", "SitegenMarkdown", "SitegenOutput", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // `sitegen new` and `sitegen theme eject`: files written into a site folder, never over an editor's.
        .target(name: "SitegenScaffold", dependencies: ["SitegenModel", "SitegenOutput", "SitegenRender"]),
        // `sitegen check`: a built site's links, anchors, images, feed and sitemap, checked in-process.
        .target(name: "SitegenCheck", dependencies: ["SitegenModel", "SitegenCore"]),
        // The command line: a thin shell over the libraries.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenModel",
                "SitegenImport",
                "SitegenServe",
                "SitegenScaffold",
                "SitegenCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Tests follow the modules: one target per stage, each seeing only its stage and those before it.
        .target(name: "SitegenTestSupport", path: "Tests/SitegenTestSupport"),
        .testTarget(name: "SitegenModelTests", dependencies: ["SitegenModel"]),
        .testTarget(name: "SitegenTemplateTests", dependencies: ["SitegenTemplate"]),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown", "SitegenModel"]),
        .testTarget(name: "SitegenOutputTests", dependencies: ["SitegenOutput", "SitegenModel", "SitegenTestSupport"]),
        .testTarget(
            name: "SitegenRenderTests",
            dependencies: ["SitegenRender", "SitegenTemplate", "SitegenOutput", "SitegenMarkdown", "SitegenModel", "SitegenTestSupport"]
        ),
        .testTarget(
            name: "SitegenIncrementalTests",
            dependencies: ["SitegenIncremental", "SitegenRender", "SitegenOutput", "SitegenModel", "SitegenTestSupport"]
        ),
        .testTarget(
            name: "SitegenImportTests",
            dependencies: ["SitegenImport", "SitegenModel"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: [
                "SitegenServe", "SitegenCore", "SitegenModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "SitegenSearchTests", dependencies: ["SitegenSearch", "SitegenModel"]),
        .testTarget(name: "SitegenScaffoldTests", dependencies: ["SitegenScaffold", "SitegenModel", "SitegenCore", "SitegenTestSupport"]),
        .testTarget(name: "SitegenCheckTests", dependencies: ["SitegenCheck", "SitegenCore", "SitegenModel", "SitegenTestSupport"]),
        // Runs the real `sitegen` binary on fixture sites and checks the files it writes.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["sitegen", "SitegenCore", "SitegenModel"],
            exclude: ["Fixtures"]
        ),
    ]
)
