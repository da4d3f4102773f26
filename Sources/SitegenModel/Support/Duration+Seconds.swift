extension Duration {
    /// The duration in seconds, for timings.
    package var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
