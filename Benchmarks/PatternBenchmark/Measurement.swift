/// Timing of a body repeated in rounds until a minimum total time has passed.
struct Measurement {
    /// The duration of each round, in order.
    let rounds: [Duration]
    /// What the body returned in the last round (a match count, compared across rounds).
    let result: Int

    /// The median round, in seconds.
    var medianSeconds: Double {
        let sorted = self.rounds.sorted()
        return Self.seconds(sorted[sorted.count / 2])
    }

    /// Runs `body` at least `minimumRounds` times and until the rounds add up to `minimumSeconds`.
    /// - Precondition: every round returns the same result (the engine is deterministic).
    static func run(minimumSeconds: Double, minimumRounds: Int = 3, _ body: () -> Int) -> Measurement {
        let clock = ContinuousClock()
        var rounds: [Duration] = []
        var total = Duration.zero
        var result = 0
        while rounds.count < minimumRounds || Self.seconds(total) < minimumSeconds {
            var value = 0
            let elapsed = clock.measure { value = body() }
            precondition(rounds.isEmpty || value == result, "round results differ: \(value) vs \(result)")
            result = value
            rounds.append(elapsed)
            total += elapsed
        }
        return Measurement(rounds: rounds, result: result)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
