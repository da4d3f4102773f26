import SitegenModel
import SitegenMarkdown
import SitegenOutput
import SitegenRender
import SitegenIncremental
/// The build's steps as they run: each is announced (for `--verbose`) and timed, under the name
/// the summary prints.
struct BuildSteps {
    let onStep: @Sendable (String) -> Void
    private(set) var times: [(stage: String, seconds: Double)] = []
    private let clock = ContinuousClock()

    init(onStep: @escaping @Sendable (String) -> Void) {
        self.onStep = onStep
    }

    mutating func run<T>(_ name: String, _ body: () throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        onStep(name)
        let start = clock.now
        defer { times.append((name, (clock.now - start).seconds)) }
        return try body()
    }
}
