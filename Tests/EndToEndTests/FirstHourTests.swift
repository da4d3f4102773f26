import Foundation
import Testing

/// A new user's first commands, run with the real binary: new, build, check, theme eject.
@Suite("sitegen new, check and theme eject, end to end")
struct FirstHourTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-first-\(UUID().uuidString)")
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func newBuildCheckSucceedAndABrokenLinkFailsTheCheck() throws {
        let folder = Folder()
        let site = folder.url.appendingPathComponent("b")
        let made = try SitegenBinary.run(["new", site.path, "--title", "Ceasefire talks", "--language", "de"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("sitegen serve"))
        let built = try SitegenBinary.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        let checked = try SitegenBinary.run(["check"], in: site)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains(": 0 problems"))

        // A link to a page that does not exist, written into an article.
        let article = site.appendingPathComponent("content/articles/example-article.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nSee [the talks](../talks/).\n").write(to: article, atomically: true, encoding: .utf8)
        #expect(try SitegenBinary.run(["build", "-q"], in: site).status == 0)
        let broken = try SitegenBinary.run(["check"], in: site)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("public/articles/example-article/index.html:"))
        #expect(broken.stderr.contains("broken link (a href) ../talks/: articles/talks/index.html does not exist"))
    }

    @Test func newRefusesAFolderWithFilesAndBadArguments() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        let refused = try SitegenBinary.run(["new", folder.url.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not empty; use --force"))
        let badLanguage = try SitegenBinary.run(["new", folder.url.appendingPathComponent("x").path, "--language", "en_US"])
        #expect(badLanguage.status != 0 && badLanguage.stderr.contains("--language must be a language tag"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("x").path))
    }

    @Test func checkWithoutABuiltSiteSaysWhatToDo() throws {
        let folder = Folder()
        let site = folder.url.appendingPathComponent("b")
        #expect(try SitegenBinary.run(["new", site.path]).status == 0)
        let run = try SitegenBinary.run(["check", "--source", site.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no built site here; run `sitegen build` first"))
    }

    @Test func ejectNeverReplacesAnEditedTemplateWithoutForce() throws {
        let folder = Folder()
        let site = folder.url.appendingPathComponent("b")
        #expect(try SitegenBinary.run(["new", site.path]).status == 0)
        #expect(try SitegenBinary.run(["theme", "eject"], in: site).status == 0)
        let layout = site.appendingPathComponent("templates/layout.mustache")
        let edited = try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "<body", with: "<!-- mine --><body")
        try edited.write(to: layout, atomically: true, encoding: .utf8)
        let refused = try SitegenBinary.run(["theme", "eject"], in: site)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("templates/layout.mustache: edited; not replaced"))
        #expect(try String(contentsOf: layout, encoding: .utf8) == edited)
        #expect(try SitegenBinary.run(["build", "-q"], in: site).status == 0)
        #expect(try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8).contains("<!-- mine -->"))
        let forced = try SitegenBinary.run(["theme", "eject", "--force"], in: site)
        #expect(forced.status == 0 && forced.stdout.contains("1 replaced"))
    }
}

/// The progress line: on a terminal (a pseudo-terminal made by `script`), never when piped.
@Suite("Progress line, end to end")
struct ProgressLineTests {
    @Test func showsOnATerminalAndNotWhenPiped() throws {
        let folder = FirstHourTests.Folder()
        let site = folder.url.appendingPathComponent("b")
        #expect(try SitegenBinary.run(["new", site.path]).status == 0)
        let piped = try SitegenBinary.run(["build", "--source", site.path])
        #expect(!piped.stdout.contains("\u{1B}") && !piped.stderr.contains("\u{1B}"))

        // `script` runs the build on a pseudo-terminal; the wait before the line shows is cut to 0.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "SITEGEN_PROGRESS_DELAY=0 '\(SitegenBinary.url.path)' build --source '\(site.path)' --output '\(folder.url.path)/tty-out'"
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("\u{1B}[2Kbuilding: "), "\(text)")
        // The line is erased before the summary is printed.
        let lastErase = try #require(text.range(of: "\u{1B}[2K", options: .backwards))
        let summary = try #require(text.range(of: "built "))
        #expect(lastErase.upperBound <= summary.lowerBound, "\(text)")
        #expect(!text[lastErase.upperBound..<summary.lowerBound].contains("building"), "\(text)")
    }
}
