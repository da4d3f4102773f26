import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// A hash of everything that affects every page at once: sitegen's version and its executable
/// (size and modification time, so that a rebuilt or upgraded binary, whose pages may differ
/// under the same version number, builds in full), the build
/// options, `site.yml`, `gazetteer.yml`, `briefing.md` and every theme file. When it changes, the cache is
/// of no use and the site is built in full.
package struct BuildFingerprint {
    private var hash = FNV1a()

    mutating func add(_ bytes: some Sequence<UInt8>) {
        hash.add(bytes)
        add(separator: 0xFF)
    }

    mutating func add(_ text: String) { add(text.utf8) }

    private mutating func add(separator: UInt8) {
        hash.add(separator)
    }

    /// The fingerprint of a build's global inputs.
    package static func of(options: BuildOptions, theme: ThemeFiles) -> String {
        var fingerprint = BuildFingerprint()
        fingerprint.add(SitegenVersion.current)
        // stat follows the link to the running executable; where /proc is missing, the version alone.
        if let binary = FileStamp(path: "/proc/self/exe") {
            fingerprint.add("\(binary.size) \(binary.modifiedNanoseconds)")
        }
        fingerprint.add(options.baseURL?.absolute ?? "")
        fingerprint.add(options.includeDrafts ? "drafts" : "")
        for name in [SiteLayout.configFile, SiteLayout.gazetteerFile, SiteLayout.briefingFile] {
            let url = options.contentDirectory.appendingPathComponent(name)
            fingerprint.add(name)
            fingerprint.add((try? Data(contentsOf: url)) ?? Data())
        }
        for file in theme.files {
            fingerprint.add(file.path)
            fingerprint.add(file.contents)
        }
        return String(fingerprint.hash.value, radix: 16)
    }
}
