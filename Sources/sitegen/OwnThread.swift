import Foundation

/// Runs a command's blocking work on a thread of its own, awaited without blocking.
///
/// `sitegen` starts on Swift's cooperative thread pool (the root command is async). On Linux
/// that pool and Dispatch's global queues share one pool of worker threads, as many as cores:
/// a pool thread that blocks (waiting for a semaphore while other threads read the next files)
/// still counts as busy, and Dispatch lends another only when its monitor notices, about a
/// second later. Measured on a 16 MB import before this: the first parallel stage ran on one
/// core for 0.9 s of every 4 MB. On a thread of its own the command may block as it likes, and
/// every `concurrentPerform` inside it gets all the cores at once.
enum OwnThread {
    static func run(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            // The importer's recursive descent and the YAML emitter want more than the default 512 KiB.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
