import Foundation
import SitegenModel
import Testing
@testable import SitegenImport

struct RawTextDecoderTests {
    let decoder = RawTextDecoder()

    @Test func utf8WithByteOrderMarkAndCRLFBecomesPlainLFText() throws {
        let decoded = try decoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Title\r\nBody\rEnd\n".utf8)))
        #expect(decoded.text == "Title\nBody\nEnd\n")
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let decoded = try decoder.decode(Data([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]))
        #expect(decoded.text == "\u{201C}Café\u{201D} \u{2013} €5")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.warnings.count == 1)
    }

    @Test(arguments: [Data(), Data("  \n\t\r\n".utf8), Data("---\n***\n".utf8)])
    func textWithoutWordsIsEmpty(_ data: Data) {
        #expect(throws: Diagnostic.self) { try decoder.decode(data) }
        do { _ = try decoder.decode(data) } catch { #expect(error.message.contains("empty")) }
    }

    @Test func binaryDataIsNotText() throws {
        let error = #expect(throws: Diagnostic.self) { try decoder.decode(try Fixtures.raw("binary.png")) }
        #expect(error?.message.contains("not a text file") == true)
    }

    @Test func utf16IsRefusedWithAHint() {
        let error = #expect(throws: Diagnostic.self) { try decoder.decode(Data([0xFF, 0xFE, 0x41, 0x00])) }
        #expect(error?.message.contains("UTF-16") == true)
    }
}
