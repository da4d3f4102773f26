/// A build that stopped: every problem found, in input order.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Whether the failure changed the output (a rename refused half-way through an incremental
    /// commit); false means the previous output is exactly as it was.
    public var outputChanged: Bool

    public init(_ diagnostics: [Diagnostic], outputChanged: Bool = false) {
        self.diagnostics = diagnostics
        self.outputChanged = outputChanged
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
