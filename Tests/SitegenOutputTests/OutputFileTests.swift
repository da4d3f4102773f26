import Foundation
import Testing
@testable import SitegenOutput
@testable import SitegenModel
import SitegenTestSupport

@Suite("Output files")
struct OutputFileTests {
    /// Pieces small and large, empty and multi-byte, are written exactly, in order.
    @Test(arguments: [1, 3, 2_000])
    func piecesAreWrittenInOrder(_ count: Int) throws {
        let folder = try TemporaryDirectory()
        var pieces = (0..<count).map { "<p>\($0) é 東京</p>\n" }
        pieces.insert("", at: pieces.count / 2)
        if count > 1 { pieces.append(String(repeating: "x", count: (1 << 20) + 7)) }
        let file = OutputFile(path: "page.html", pieces: pieces)
        let target = folder.url.appendingPathComponent("page.html")
        try AtomicFile.write(file, to: target)
        let written = try Data(contentsOf: target)
        #expect(written == Data(pieces.joined().utf8))
        #expect(written.count == file.byteCount)
        #expect(written.withUnsafeBytes { file.hasSameBytes(as: $0) })
        var changed = written
        changed[changed.count / 3] ^= 1
        #expect(!changed.withUnsafeBytes { file.hasSameBytes(as: $0) })
    }
}
