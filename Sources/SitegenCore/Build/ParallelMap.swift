import Dispatch

/// Maps a collection across all cores, keeping the input order in the result.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let buffer = ResultBuffer<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            buffer.set(index, transform(items[index]))
        }
        return buffer.take()
    }
}

/// Slots written once each from concurrent iterations (each to its own index); read after they all finish.
private final class ResultBuffer<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) {
        slots[index] = value
    }

    func take() -> [R] { slots.map { $0! } }
}
