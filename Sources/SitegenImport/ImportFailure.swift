/// Why one raw file could not be imported: a single line for the user, without a stack trace.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unreadable
        case notASite
        case empty
        case notText
        case noHeadline
        case noDate
        case editedByEditor
        case invalidRecord
        case cannotWrite
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
