import Foundation
import Synchronization
import SitegenModel

/// One line of progress on a terminal, for builds and imports that take a while: it appears
/// once the work has run for a second, is redrawn in place four times a second with the time
/// so far, and is erased at the end. It stays silent when standard error is not a terminal
/// (piped, in CI), when TERM is `dumb`, and with `--quiet`.
final class ProgressLine: Sendable {
    private struct State {
        var text = ""
        var shown = false
        var finished = false
    }

    private let state = Mutex(State())
    private let started = ContinuousClock.now
    /// When the line may first appear; nil when it never does.
    private let showFrom: ContinuousClock.Instant?

    /// `SITEGEN_PROGRESS_DELAY` (seconds) changes the one-second wait, for tests.
    init(enabled: Bool) {
        let environment = ProcessInfo.processInfo.environment
        guard enabled, isatty(STDERR_FILENO) == 1, environment["TERM"] != "dumb" else {
            state.withLock { $0.finished = true }
            showFrom = nil
            return
        }
        let delay = environment["SITEGEN_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
        showFrom = started + .milliseconds(Int(delay * 1000))
        // A thread of its own: the work may keep every pool thread busy.
        Thread.detachNewThread { [self] in
            Thread.sleep(forTimeInterval: delay)
            while draw() { Thread.sleep(forTimeInterval: 0.25) }
        }
    }

    /// What is being done now: `render and write`, `importing 3 of 40: page.txt`.
    func update(_ text: String) {
        state.withLock { $0.text = text }
        // A new stage shows at once once the line is due, not at the next tick.
        if let showFrom, ContinuousClock.now >= showFrom { _ = draw() }
    }

    /// Prints a line to standard output above the progress line, which comes back at the next redraw.
    func print(_ line: String) {
        state.withLock { state in
            Self.erase(&state)
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }

    /// Stops and erases the line.
    func finish() {
        state.withLock { state in
            Self.erase(&state)
            state.finished = true
        }
    }

    /// Draws the line; false once finished.
    private func draw() -> Bool {
        let seconds = (ContinuousClock.now - started).seconds
        return state.withLock { state in
            guard !state.finished else { return false }
            guard !state.text.isEmpty else { return true }
            var line = "\(state.text) … \(String(format: "%.1f", seconds)) s"
            let width = Self.terminalWidth()
            if line.count >= width { line = String(line.prefix(max(width - 2, 10))) + "…" }
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
            state.shown = true
            return true
        }
    }

    private static func erase(_ state: inout State) {
        guard state.shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        state.shown = false
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
