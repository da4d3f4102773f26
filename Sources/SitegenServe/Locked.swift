import Foundation

/// A value shared between the rebuild loop and request handlers, guarded by a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// The current value.
    var current: Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Changes the value under the lock and returns what `body` returns.
    @discardableResult
    func update<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
