import Dispatch
import Foundation

/// Maps a collection across all cores, keeping the input order in the result. Inlinable, so that
/// the stages that call it from other modules get it specialised for their types.
public enum ParallelMap {
    @inlinable
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let buffer = ResultBuffer<R>(count: items.count)
        // Items go out in runs, so that small transforms (a `stat`, a cache entry) do not
        // pay for a dispatch each; many more runs than cores keep the cores evenly busy.
        let runs = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 32)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            for index in stride(from: run, to: items.count, by: runs) {
                buffer.set(index, transform(items[index]))
            }
        }
        return buffer.take()
    }
}

/// Slots written once each from concurrent iterations (each to its own index); read after they all finish.
@usableFromInline
final class ResultBuffer<R>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutableBufferPointer<R?>

    @usableFromInline
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    @inlinable
    func set(_ index: Int, _ value: R) {
        slots[index] = value
    }

    @inlinable
    func take() -> [R] { slots.map { $0! } }
}
