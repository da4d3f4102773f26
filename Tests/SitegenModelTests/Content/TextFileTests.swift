import Foundation
import Testing
@testable import SitegenModel

@Suite("TextFile")
struct TextFileTests {
    @Test func dropsBOMAndNormalisesLineEnds() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb\rc\n".utf8)
        #expect(try TextFile.decode(data, displayPath: "x.md") == "a\nb\nc\n")
    }

    @Test func rejectsNonUTF8WithItsLine() {
        let data = Data("line one\nline two\nbad \u{0}".utf8).dropLast(1) + Data([0xE9, 0x0A])
        #expect(throws: Diagnostic.error("file is not valid UTF-8 text (save it as UTF-8)", at: SourceLocation(path: "x.md", line: 3))) {
            try TextFile.decode(Data(data), displayPath: "x.md")
        }
    }
}
