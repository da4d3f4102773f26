import Synchronization

/// A value shared between the rebuild loop and request handlers: the standard library's `Mutex`
/// in a class, so that both hold the same one.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    /// The current value.
    var current: Value {
        mutex.withLock { $0 }
    }

    /// Changes the value under the lock and returns what `body` returns.
    @discardableResult
    func update<Result: Sendable>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try mutex.withLock { value in try body(&value) }
    }
}
