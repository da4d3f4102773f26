import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Builds under injected faults: an `LD_PRELOAD` shim (Fixtures/faultshim/faultshim.c, compiled
/// here with the system's C compiler) makes the Nth `open`, `write`, `rename` or `mkdir` under the
/// site fail with ENOSPC, EIO or EACCES, for every N a build makes; a build is also killed with
/// SIGKILL at random moments. After each fault the output is the old site or the new one byte for
/// byte, the message says which, the next build repairs everything, the content is untouched, and
/// nothing is left beside the output but sitegen's own cache files.
@Suite("builds under injected faults", .serialized)
struct FaultInjectionTests {
    static let shim: URL? = {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/faultshim/faultshim.c")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-faultshim-\(getpid()).so")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cc", "-shared", "-fPIC", "-O1", "-o", library.path, source.path, "-ldl"]
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? library : nil
    }()

    /// A site built once (the old output), then edited: an article changed, one added, one removed.
    final class Scenario {
        let base: URL
        let old: [String: Data]
        let new: [String: Data]
        let content: [String: Data]

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-faults-\(UUID().uuidString)")
            let site = base.appendingPathComponent("site")
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BuildCommandTests.sites.appendingPathComponent("basic"), to: site)
            try Self.build(site)
            old = try Self.files(site.appendingPathComponent("public"))
            let articles = site.appendingPathComponent("content/articles")
            let talks = articles.appendingPathComponent("talks-begin.md")
            try (String(contentsOf: talks, encoding: .utf8) + "\nA paragraph added after the first build.\n").write(to: talks, atomically: true, encoding: .utf8)
            try "---\ntitle: Envoys meet again\ndate: 2025-11-25\ntags: [peace plan]\n---\nThe envoys met again.\n"
                .write(to: articles.appendingPathComponent("envoys-meet-again.md"), atomically: true, encoding: .utf8)
            let expected = base.appendingPathComponent("expected")
            try Self.build(site, output: expected)
            new = try Self.files(expected)
            try FileManager.default.removeItem(at: expected)
            content = try Self.files(site.appendingPathComponent("content"))
            #expect(old != new)
        }

        deinit { try? FileManager.default.removeItem(at: base) }

        /// A fresh copy of the edited site with the old output and its cache, in its own folder.
        func copy() throws -> URL {
            let folder = base.appendingPathComponent("case-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let site = folder.appendingPathComponent("site")
            try FileManager.default.copyItem(at: base.appendingPathComponent("site"), to: site)
            return site
        }

        static func build(_ site: URL, output: URL? = nil, environment: [String: String] = [:]) throws {
            let run = try FaultInjectionTests.sitegen(["build", "--source", site.path] + (output.map { ["--output", $0.path] } ?? []),
                                                      environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
        }

        static func files(_ folder: URL) throws -> [String: Data] {
            var result: [String: Data] = [:]
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
            for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                result[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
            }
            return result
        }

        /// The folders under `folder`, by path relative to it.
        static func folders(_ folder: URL) -> Set<String> {
            var result = Set<String>()
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                result.insert(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
            }
            return result
        }
    }

    struct Run {
        var status: Int32
        var stderr: String
        var stdout = ""
    }

    static func sitegen(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = SitegenBinary.url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let err = Pipe()
        process.standardError = err
        // Standard output goes to a file, so that neither pipe can fill while the other is read.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fault-out-\(UUID().uuidString)")
        #expect(FileManager.default.createFile(atPath: out.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: out) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self),
                   stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    /// How many calls of `kind` a build of a fresh copy makes under the site.
    private func calls(_ kind: String, _ scenario: Scenario, shim: URL, arguments: (URL) -> [String]) throws -> Int {
        let site = try scenario.copy()
        let count = site.deletingLastPathComponent().appendingPathComponent("count")
        _ = try Self.sitegen(arguments(site), environment: [
            "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": kind, "SITEGEN_FAULT_PATH": site.deletingLastPathComponent().path + "/",
            "SITEGEN_FAULT_COUNT": count.path,
        ])
        return Int(try String(contentsOf: count, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Injects each fault of `kind`, one build per call the build makes, and checks the outcome.
    private func injectEvery(_ kind: String, full: Bool) throws {
        let shim = try #require(Self.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let scenario = try Scenario()
        let arguments: (URL) -> [String] = { site in
            full ? ["build", "--source", site.path, "--output", site.appendingPathComponent("public").path, "--base-url", "https://example.org/x/"]
                 : ["build", "--source", site.path]
        }
        let total = try calls(kind, scenario, shim: shim, arguments: arguments)
        #expect(total > 0, "the build made no \(kind) call under the site")
        let errnos = ["ENOSPC", "EIO", "EACCES"]
        var mixed = 0, falseMessages = 0, crashes = 0
        for call in 1...max(total, 1) {
            let site = try scenario.copy()
            let folder = site.deletingLastPathComponent()
            let siblingsBefore = Set(try FileManager.default.contentsOfDirectory(atPath: site.path))
            let run = try Self.sitegen(arguments(site), environment: [
                "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": kind, "SITEGEN_FAULT_AT": "\(call)",
                "SITEGEN_FAULT_PATH": folder.path + "/", "SITEGEN_FAULT_ERRNO": errnos[call % errnos.count],
            ])
            let output = try Scenario.files(site.appendingPathComponent("public"))
            // With --base-url the full build's new site differs from `new` only in absolute links: compare with the old one.
            let isOld = output == scenario.old
            let isNew = full ? false : output == scenario.new
            if run.status != 0 {
                if !(isOld || isNew) { mixed += 1 }
                if run.stderr.contains("the previous output was left as it was"), !isOld { falseMessages += 1 }
                if run.stderr.contains("Fatal error") || run.status > 1 { crashes += 1 }
                #expect(!run.stderr.contains("Fatal error"), "\(kind) #\(call): \(run.stderr)")
                #expect(run.stderr.contains("build failed"), "\(kind) #\(call): \(run.stderr)")
            }
            #expect(try Scenario.files(site.appendingPathComponent("content")) == scenario.content, "\(kind) #\(call): content changed")
            // Nothing is left beside the output but sitegen's cache files (no staging, journal or temporary files).
            let leftovers = Set(try FileManager.default.contentsOfDirectory(atPath: site.path)).subtracting(siblingsBefore)
                .filter { !$0.hasSuffix(".sitegen-cache") && !$0.hasSuffix(".sitegen-pieces") }
            #expect(leftovers.isEmpty, "\(kind) #\(call): left \(leftovers.sorted())")
            // The next build, without faults, repairs everything.
            try Scenario.build(site)
            #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.new, "\(kind) #\(call): not repaired")
            try FileManager.default.removeItem(at: folder)
        }
        #expect(mixed == 0, "\(kind): \(mixed) mixed sites")
        #expect(falseMessages == 0, "\(kind): \(falseMessages) false messages")
        #expect(crashes == 0, "\(kind): \(crashes) crashes")
        // Each case: the faulty build's output, the content, and the repaired output compared.
        Self.figures("\(full ? "full" : "incremental") build, \(kind)", cases: total, compared: 3 * total,
                     mixed: mixed, falseMessages: falseMessages, crashes: crashes)
    }

    /// One line of the suite's figures, for the fault issue's note: `grep 'fault figures'` in the test log.
    static func figures(_ name: String, cases: Int, compared: Int, mixed: Int, falseMessages: Int, crashes: Int) {
        print("fault figures: \(name): \(cases) cases, \(cases) faults injected, \(compared) outputs compared, "
              + "\(mixed) mixed, \(falseMessages) false messages, \(crashes) crashes")
    }

    /// `fsync`: an incremental build syncs its commit record before its first rename, and both
    /// kinds of build sync the build cache they keep.
    @Test(arguments: ["open", "write", "rename", "mkdir", "fsync"])
    func anIncrementalBuildIsAllOrNothing(_ kind: String) throws {
        try injectEvery(kind, full: false)
    }

    @Test(arguments: ["open", "write", "mkdir", "fsync"])
    func aFullBuildIsAllOrNothing(_ kind: String) throws {
        try injectEvery(kind, full: true)
    }

    /// SIGKILL at every rename of an incremental build, the commit's included: before the commit the
    /// output is the old site; inside it (the renames of the changed files), it may hold some new
    /// files, and the next build — which finds the cache removed — rebuilds it in full.
    /// A content file that cannot be read (to root too: the shim refuses the `open`) and an output
    /// folder that cannot be written to (every rename into it refused): one clear message each,
    /// exit status 1, the old site left byte for byte, the content untouched; once the fault is
    /// gone the next build succeeds.
    @Test(arguments: ["unreadable content file", "read-only output folder"])
    func aSourceOrAnOutputThatCannotBeUsedLeavesTheOldSite(_ fault: String) throws {
        let shim = try #require(Self.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let scenario = try Scenario()
        let site = try scenario.copy()
        let flag = site.deletingLastPathComponent().appendingPathComponent("fault-on")
        #expect(FileManager.default.createFile(atPath: flag.path, contents: nil))
        var environment = ["LD_PRELOAD": shim.path, "SITEGEN_FAULT_WHILE": flag.path, "SITEGEN_FAULT_ERRNO": "EACCES"]
        if fault == "unreadable content file" {
            environment["SITEGEN_FAULT_CALL"] = "open"
            environment["SITEGEN_FAULT_READS"] = "1"
            environment["SITEGEN_FAULT_PATH"] = site.appendingPathComponent("content/articles/talks-begin.md").path
        } else {
            environment["SITEGEN_FAULT_CALL"] = "rename"
            environment["SITEGEN_FAULT_PATH"] = site.appendingPathComponent("public").path + "/"
        }
        let run = try Self.sitegen(["build", "--source", site.path], environment: environment)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("ermission denied"), "\(run.stderr)")
        if fault == "unreadable content file" {
            #expect(run.stderr.contains("content/articles/talks-begin.md"), "\(run.stderr)")
        }
        #expect(run.stderr.contains("the previous output was left as it was"), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.old)
        #expect(try Scenario.files(site.appendingPathComponent("content")) == scenario.content)

        try FileManager.default.removeItem(at: flag)
        try Scenario.build(site, environment: environment)
        #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.new)
    }

    @Test func aBuildKilledAtEveryRenameIsRepairedByTheNext() throws {
        let shim = try #require(Self.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let scenario = try Scenario()
        let arguments: (URL) -> [String] = { ["build", "--source", $0.path] }
        let total = try calls("rename", scenario, shim: shim, arguments: arguments)
        #expect(total > 0)
        for call in 1...max(total, 1) {
            let site = try scenario.copy()
            let run = try Self.sitegen(arguments(site), environment: [
                "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": "rename", "SITEGEN_FAULT_AT": "\(call)",
                "SITEGEN_FAULT_PATH": site.deletingLastPathComponent().path + "/", "SITEGEN_FAULT_ERRNO": "KILL",
            ])
            #expect(run.status != 0)
            #expect(try Scenario.files(site.appendingPathComponent("content")) == scenario.content)
            try Scenario.build(site)
            #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.new, "rename #\(call): not repaired")
            let left = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains(".sitegen-journal") || $0.contains(".sitegen-staging") }
            #expect(left.isEmpty, "rename #\(call): left \(left)")
            try FileManager.default.removeItem(at: site.deletingLastPathComponent())
        }
        Self.figures("SIGKILL at every rename", cases: total, compared: 2 * total, mixed: 0, falseMessages: 0, crashes: 0)
    }

    /// A build killed inside its commit leaves the record of what it was renaming: the next build
    /// finishes that commit first (the output is then the killed build's whole site) and says so.
    @Test func aCommitKilledHalfWayIsFinishedFromItsRecordByTheNextBuild() throws {
        let shim = try #require(Self.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let scenario = try Scenario()
        let site = try scenario.copy()
        let journal = site.appendingPathComponent(".public.sitegen-journal")
        // Renames into the output happen only in the commit: killed at the second, one file is new.
        var call = 2
        while call < 20 {
            let run = try Self.sitegen(["build", "--source", site.path], environment: [
                "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": "rename", "SITEGEN_FAULT_AT": "\(call)",
                "SITEGEN_FAULT_PATH": site.appendingPathComponent("public").path + "/", "SITEGEN_FAULT_ERRNO": "KILL",
            ])
            #expect(run.status != 0)
            if FileManager.default.fileExists(atPath: journal.appendingPathComponent(".commit").path) { break }
            call += 1
        }
        #expect(FileManager.default.fileExists(atPath: journal.appendingPathComponent(".commit").path), "no kill fell inside a commit")
        let mixed = try Scenario.files(site.appendingPathComponent("public"))
        #expect(mixed != scenario.old && mixed != scenario.new, "the kill fell between the commit's renames")
        // The next build finishes the killed commit first, says so, then builds.
        let run = try SitegenBinary.run(["build", "--source", site.path], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("a build killed while replacing files had left public half-updated"), "\(run.stdout)")
        #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.new)
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    /// `sitegen import` under ENOSPC, EIO and EACCES at every call of one kind it makes under the
    /// site: it writes the raw text, its provenance, the article and the gazetteer, and either all
    /// of them land or none (those written are put back), with one clear line; the next import
    /// gives the same files as one without faults.
    @Test(arguments: ["open", "write", "rename", "mkdir", "fsync"])
    func anImportIsAllOrNothing(_ kind: String) throws {
        let shim = try #require(Self.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-import-faults-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let raw = base.appendingPathComponent("page.txt")
        try """
            Menu
            Port strike ends after talks | Business | Harbour Times
            Published 3 May 2024

            Harbour master Ingrid Solberg said on Friday that the strike at the port was over after two days of talks.

            "We are back to work, and the ships will move again tonight," Solberg told reporters.
            """.write(to: raw, atomically: true, encoding: .utf8)
        let arguments = { (site: URL) in ["import", raw.path, "--source", site.path, "--url", "https://www.harbourtimes.com/business/2024/05/03/port-strike-ends-after-talks"] }
        func freshSite(_ name: String) throws -> URL {
            let site = base.appendingPathComponent(name)
            try FileManager.default.copyItem(at: BuildCommandTests.sites.appendingPathComponent("basic"), to: site)
            return site
        }
        let clean = try freshSite("clean")
        let before = try Scenario.files(clean.appendingPathComponent("content"))
        let foldersBefore = Scenario.folders(clean.appendingPathComponent("content"))
        #expect(try Self.sitegen(arguments(clean)).status == 0)
        let expected = try Scenario.files(clean.appendingPathComponent("content"))
        #expect(expected.count >= before.count + 3, "the import writes the article, the raw text and its record")

        let counting = try freshSite("count")
        let count = base.appendingPathComponent("calls")
        _ = try Self.sitegen(arguments(counting), environment: [
            "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": kind, "SITEGEN_FAULT_PATH": counting.path + "/", "SITEGEN_FAULT_COUNT": count.path,
        ])
        let total = Int(try String(contentsOf: count, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(total > 0, "the import made no \(kind) call under the site")
        let errnos = ["ENOSPC", "EIO", "EACCES"]
        var failed = 0, mixed = 0, crashes = 0
        for call in 1...max(total, 1) {
            let site = try freshSite("case-\(call)")
            let run = try Self.sitegen(arguments(site), environment: [
                "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": kind, "SITEGEN_FAULT_AT": "\(call)",
                "SITEGEN_FAULT_PATH": site.path + "/", "SITEGEN_FAULT_ERRNO": errnos[call % errnos.count],
            ])
            let content = try Scenario.files(site.appendingPathComponent("content"))
            if run.stderr.contains("Fatal error") || run.status > 1 { crashes += 1 }
            #expect(!run.stderr.contains("Fatal error"), "\(kind) #\(call): \(run.stderr)")
            if run.status != 0 {
                failed += 1
                // One line for the article, with the file it could not write and why.
                let line = run.stdout.split(separator: "\n").filter { $0.contains("cannot") }
                #expect(line.count == 1 && line[0].contains("content/"), "\(kind) #\(call): \(run.stdout)")
                // No folder the import made is left behind either (`content/raw/`, empty).
                if content != before || Scenario.folders(site.appendingPathComponent("content")) != foldersBefore { mixed += 1 }
            } else if content != expected {
                mixed += 1
            }
            // Again without faults: the same files as a clean import.
            #expect(try Self.sitegen(arguments(site)).status == 0)
            #expect(try Scenario.files(site.appendingPathComponent("content")) == expected, "\(kind) #\(call): not repaired")
            try FileManager.default.removeItem(at: site)
        }
        #expect(mixed == 0, "\(kind): \(mixed) of \(total) imports left part of their files")
        #expect(failed > 0, "\(kind): no injected fault made an import fail")

        // Killed at each such call, an import cannot put anything back: the next import of the
        // same text completes it (a raw text left without its record is taken as its own).
        for call in 1...max(total, 1) {
            let site = try freshSite("kill-\(call)")
            let run = try Self.sitegen(arguments(site), environment: [
                "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": kind, "SITEGEN_FAULT_AT": "\(call)",
                "SITEGEN_FAULT_PATH": site.path + "/", "SITEGEN_FAULT_ERRNO": "KILL",
            ])
            #expect(run.status != 0)
            let again = try Self.sitegen(arguments(site))
            #expect(again.status == 0, "\(kind) kill #\(call): \(again.stdout) \(again.stderr)")
            #expect(try Scenario.files(site.appendingPathComponent("content")) == expected, "\(kind) kill #\(call): not completed: \(again.stdout)")
            try FileManager.default.removeItem(at: site)
        }
        Self.figures("import, \(kind)", cases: 2 * total, compared: 3 * total, mixed: mixed, falseMessages: 0, crashes: crashes)
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOutsideItsCommit() throws {
        let scenario = try Scenario()
        var generator = SystemRandomNumberGenerator()
        var mixed = 0
        for round in 0..<20 {
            let site = try scenario.copy()
            let process = Process()
            process.executableURL = SitegenBinary.url
            process.arguments = ["build", "--source", site.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let output = try Scenario.files(site.appendingPathComponent("public"))
            // Old or new, unless the kill fell inside the commit's renames: then the journal is still there.
            let inCommit = FileManager.default.fileExists(atPath: site.appendingPathComponent(".public.sitegen-journal").path)
            if !(output == scenario.old || output == scenario.new || inCommit) { mixed += 1 }
            #expect(output == scenario.old || output == scenario.new || inCommit, "round \(round): a mixed site outside the commit")
            try Scenario.build(site)
            #expect(try Scenario.files(site.appendingPathComponent("public")) == scenario.new, "round \(round): not repaired")
            try FileManager.default.removeItem(at: site.deletingLastPathComponent())
        }
        Self.figures("SIGKILL at random moments", cases: 20, compared: 40, mixed: mixed, falseMessages: 0, crashes: 0)
    }
}

/// A string set from a URLSession callback and read after it.
private final class LockedBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""
    func set(_ text: String) { lock.lock(); value = text; lock.unlock() }
    func get() -> String { lock.lock(); defer { lock.unlock() }; return value }
}

/// `sitegen serve` when the disk fills up: the rebuild fails, the last good site is still served,
/// the terminal says why, and once there is room again the next save is served; then a hundred
/// saves in a second with a file deleted among them; then clients that hang up mid-response.
@Suite("sitegen serve under faults")
struct ServeFaultTests {
    /// Sends a request, reads the first bytes of the answer and closes the connection.
    static func hangUpMidResponse(port: UInt16, path: String) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 64)
        _ = recv(fd, &buffer, buffer.count, 0)
    }

    @Test func aFullDiskABurstOfSavesADeletedFileAndHangUpsLeaveTheServerServing() throws {
        let shim = try #require(FaultInjectionTests.shim, "a C compiler (cc) is needed to build the fault-injection shim")
        let full = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-disk-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: full) }
        let served = try ServedSite("serve-fault", environment: [
            "LD_PRELOAD": shim.path, "SITEGEN_FAULT_CALL": "write", "SITEGEN_FAULT_PATH": "/preview-cache/sitegen/preview/",
            "SITEGEN_FAULT_WHILE": full.path, "SITEGEN_FAULT_ERRNO": "ENOSPC",
        ])
        let site = served.site
        func logText() -> String { served.logText() }
        func wait(for text: String, after offset: Int = 0) -> Bool { served.wait(for: text, after: offset) }
        let address = try served.address()
        func page(_ path: String) throws -> String {
            let done = DispatchSemaphore(value: 0)
            let body = LockedBox()
            URLSession.shared.dataTask(with: URL(string: address + path)!) { data, _, _ in
                body.set(data.map { String(decoding: $0, as: UTF8.self) } ?? "")
                done.signal()
            }.resume()
            done.wait()
            return body.get()
        }
        let before = try page("articles/talks-begin/")

        // The disk is full: a save triggers a rebuild that cannot write.
        #expect(FileManager.default.createFile(atPath: full.path, contents: nil))
        let mark = logText().count
        let article = site.appendingPathComponent("content/articles/talks-begin.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nA sentence written while the disk was full.\n").write(to: article, atomically: true, encoding: .utf8)
        #expect(wait(for: "No space left on device", after: mark), "\(logText())")
        #expect(try page("articles/talks-begin/") == before)

        // Room again: the next save is built and served.
        try FileManager.default.removeItem(at: full)
        let again = logText().count
        try (String(contentsOf: article, encoding: .utf8) + "\nAnd one after.\n").write(to: article, atomically: true, encoding: .utf8)
        #expect(wait(for: "built", after: again), "\(logText())")
        #expect(try page("articles/talks-begin/").contains("And one after."))

        // A hundred saves in a second, and a file deleted in the middle of them: the server keeps
        // answering, and serves what the last save says.
        let draft = site.appendingPathComponent("content/articles/draft-notes.md")
        for save in 1...100 {
            try (String(contentsOf: article, encoding: .utf8) + "\nSave \(save).\n").write(to: article, atomically: true, encoding: .utf8)
            if save == 50 { try FileManager.default.removeItem(at: draft) }
            usleep(10_000)
        }
        var latest = ""
        for _ in 0..<60 {
            latest = try page("articles/talks-begin/")
            if latest.contains("Save 100.") { break }
            usleep(100_000)
        }
        #expect(latest.contains("Save 100."), "\(logText().suffix(500))")

        // Clients that hang up in the middle of a response do not disturb the server.
        let port = UInt16(address.split(separator: ":").last!.filter(\.isNumber))!
        for _ in 0..<50 { Self.hangUpMidResponse(port: port, path: "/briefing/") }
        #expect(try page("briefing/").contains("</html>"))
        #expect(served.isRunning)
        #expect(!logText().contains("Fatal error"))
    }

    /// The tool on the `PATH`, or nil.
    static func tool(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `wrk` holds 1,000 connections open on the preview server for six seconds while the site is
    /// saved every 750 ms (longer than the watcher's poll and debounce, so that each save is a
    /// rebuild): every answer is a success, no connection fails, and the server lives on.
    @Test func aThousandConnectionsDuringRebuildsGetNoErrors() throws {
        let wrk = try #require(Self.tool("wrk"), "wrk is needed (Debian: apt-get install wrk)")
        let served = try ServedSite("serve-wrk")
        let site = served.site
        func logText() -> String { served.logText() }
        let address = try served.address()

        // wrk needs a file per connection too: it runs under the hard limit, as the server does. The
        // tests run a debug build, several times slower than a release one: the timeout allows for it.
        let load = Process()
        load.executableURL = URL(fileURLWithPath: "/bin/sh")
        load.arguments = ["-c", "ulimit -n $(ulimit -Hn); exec \"$0\" -t2 -c1000 -d6s --timeout 15s \"$1\"", wrk, "\(address)briefing/"]
        let output = Pipe()
        load.standardOutput = output
        load.standardError = output
        try load.run()
        let article = site.appendingPathComponent("content/articles/talks-begin.md")
        var saves = 0
        while load.isRunning, saves < 10 {
            usleep(750_000)
            saves += 1
            try (String(contentsOf: article, encoding: .utf8) + "\nSave \(saves).\n").write(to: article, atomically: true, encoding: .utf8)
        }
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        load.waitUntilExit()
        #expect(load.terminationStatus == 0, "\(report)")
        let requests = report.split(separator: "\n").first { $0.contains("requests in") }
            .flatMap { Int($0.split(separator: " ").first ?? "") } ?? 0
        #expect(requests > 1_000, "\(report)")
        #expect(!report.contains("Non-2xx or 3xx responses"), "\(report)")
        #expect(!report.contains("Socket errors"), "\(report)")
        let rebuilds = logText().components(separatedBy: "built ").count - 1
        #expect(rebuilds >= 4, "only \(rebuilds) rebuilds during the load: \(logText().suffix(500))")
        #expect(served.isRunning)
        #expect(!logText().contains("Fatal error"))
    }
}

/// A copy of the basic fixture site served by the real binary on a free port, its terminal output
/// kept in a log; the server is stopped and the folder removed when the value goes.
final class ServedSite {
    let root: URL
    let site: URL
    let log: URL
    private let server = Process()

    init(_ name: String, environment: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: BuildCommandTests.sites.appendingPathComponent("basic"), to: site)
        log = root.appendingPathComponent("serve.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        server.executableURL = SitegenBinary.url
        server.arguments = ["serve", "--source", site.path, "--port", "0"]
        // The kept preview goes to this test's own cache folder, not the user's.
        server.environment = ProcessInfo.processInfo.environment
            .merging(["XDG_CACHE_HOME": root.appendingPathComponent("preview-cache").path]) { _, new in new }
            .merging(environment) { _, new in new }
        let handle = try FileHandle(forWritingTo: log)
        server.standardOutput = handle
        server.standardError = handle
        try server.run()
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
        try? FileManager.default.removeItem(at: root)
    }

    var isRunning: Bool { server.isRunning }

    func logText() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Waits up to five seconds for `text` in the log, after its first `offset` characters.
    func wait(for text: String, after offset: Int = 0) -> Bool {
        for _ in 0..<100 {
            if String(logText().dropFirst(offset)).contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    /// The address the server prints once it serves (`http://127.0.0.1:PORT/`).
    func address() throws -> String {
        _ = wait(for: "serving http://127.0.0.1:")
        return try #require(logText().split(whereSeparator: { $0 == " " || $0 == "\n" }).first { $0.hasPrefix("http://127.0.0.1:") }.map(String.init),
                            "\(logText())")
    }
}
