import STIX

/// Finds one binding of a compiled pattern to observations: a depth-first search with backtracking.
///
/// Each observed-data stands for `number_observed` interchangeable observations (stix2-matcher's "instances"):
/// a binding may use one observed-data as many times as it was observed, and the operands of `AND`,
/// `FOLLOWEDBY` and the repetitions of `REPEATS` must use distinct observations. Constraints are checked as
/// soon as an observation is bound, so failing branches are cut early:
/// - `WITHIN n SECONDS`: a set of observations fits when `max(first_observed) − min(last_observed) < n`
///   (some instants of the observations' intervals lie less than n seconds apart: the spec's latest timestamp
///   "MUST NOT be equal to or later than" the earliest plus the window, section 9.5.1);
///   both sides only grow as observations are added, so a partial binding that fails can be abandoned.
/// - `A FOLLOWEDBY B`: every observation bound to B has `last_observed` ≥ the latest `first_observed` bound to A
///   (stix2-matcher's test; chains are left-associative, so C follows both A and B).
/// - `REPEATS n TIMES`: n pairwise-disjoint bindings of the operand, enumerated in non-decreasing order of
///   their sorted observation ranks so that each set is tried once, not in every order.
///
/// Candidates are tried in order of `first_observed` (ties in input order), so under `WITHIN` the loop over
/// a bracketed expression's candidates stops at the first one that starts too late.
///
/// Not thread-safe; one search serves one `match` call.
final class BindingSearch {
    private let plan: EvaluationPlan
    private let firstObserved: [Timestamp]
    private let lastObserved: [Timestamp]
    private let capacity: [Int]
    /// The position of each observation in `first_observed` order.
    private let rank: [Int]
    /// For each bracketed expression, the observations that satisfy it, in rank order.
    private let candidates: [[Int]]

    /// How often each observation is used by the current partial binding.
    private var usage: [Int]
    /// The observations of the current partial binding, in binding order.
    private var bound: [Int] = []
    /// The lowest `last_observed` the next bound observation may have (`FOLLOWEDBY`), if any.
    private var lowerBound: Timestamp?
    /// Active `WITHIN` constraints: limit and the extremes of the observations bound under them so far.
    private var withinLimits: [Int64] = []
    private var withinLatestFirst: [Timestamp?] = []
    private var withinEarliestLast: [Timestamp?] = []
    /// Previous extremes of `WITHIN` constraints, to restore when an observation is unbound.
    private var undoLog: [(index: Int, latestFirst: Timestamp?, earliestLast: Timestamp?)] = []

    init(plan: EvaluationPlan, observations: [Observation]) {
        self.plan = plan
        self.firstObserved = observations.map(\.firstObserved)
        self.lastObserved = observations.map(\.lastObserved)
        self.capacity = observations.map { max(0, $0.numberObserved) }
        self.usage = [Int](repeating: 0, count: observations.count)
        let firsts = self.firstObserved
        let inOrder = zip(firsts, firsts.dropFirst()).allSatisfy { $0 <= $1 }
        let order =
            inOrder
            ? Array(observations.indices)
            : observations.indices.sorted { firsts[$0] < firsts[$1] || (firsts[$0] == firsts[$1] && $0 < $1) }
        var rank = [Int](repeating: 0, count: observations.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.rank = rank
        self.candidates = plan.leaves.map { leaf in
            order.filter { leaf.admits(observations[$0]) }
        }
    }

    /// The indexes of the observations of the first binding found (sorted, each once), or `nil`.
    func firstBinding() -> [Int]? {
        var result: [Int]?
        _ = self.search(self.plan.root) {
            result = Array(Set(self.bound)).sorted()
            return true
        }
        return result
    }

    /// Binds `node` in every possible way, calling `next` after each until it returns true.
    private func search(_ node: EvaluationPlan.Node, _ next: () -> Bool) -> Bool {
        switch node {
        case .leaf(let leaf):
            return self.searchLeaf(leaf, next)
        case .and(let operands):
            return self.searchAll(operands[...], next)
        case .or(let operands):
            return operands.contains { self.search($0, next) }
        case .followedBy(let operands):
            guard let first = operands.first else { return next() }
            let mark = self.bound.count
            return self.search(first) { self.searchFollowing(operands.dropFirst(), mark: mark, next) }
        case .within(let inner, let nanoseconds):
            return self.searchWithin(inner, nanoseconds: nanoseconds, next)
        case .repeats(let inner, let times):
            let remaining = zip(self.capacity, self.usage).reduce(0) { $0 + ($1.0 - $1.1) }
            guard times <= remaining else { return false }
            var signatures: [[Int]] = []
            return self.searchRepeats(inner, times: times, signatures: &signatures, next)
        }
    }

    /// Binds bracketed expression `leaf` to each candidate of rank `minimumRank` or more in turn.
    private func searchLeaf(_ leaf: Int, minimumRank: Int = 0, _ next: () -> Bool) -> Bool {
        let candidates = self.candidates[leaf]
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if self.rank[candidates[middle]] < minimumRank { low = middle + 1 } else { high = middle }
        }
        for index in candidates[low...] {
            if self.startsTooLate(index) { break }
            guard self.usage[index] < self.capacity[index], self.bind(index) else { continue }
            let found = next()
            self.unbind(index)
            if found { return true }
        }
        return false
    }

    private func searchAll(_ operands: ArraySlice<EvaluationPlan.Node>, _ next: () -> Bool) -> Bool {
        guard let first = operands.first else { return next() }
        return self.search(first) { self.searchAll(operands.dropFirst(), next) }
    }

    /// Binds the remaining operands of a `FOLLOWEDBY` chain whose earlier operands were bound from `mark` on.
    private func searchFollowing(_ operands: ArraySlice<EvaluationPlan.Node>, mark: Int, _ next: () -> Bool) -> Bool {
        guard let operand = operands.first else { return next() }
        let earlier = self.bound[mark...].map { self.firstObserved[$0] }.max()
        let saved = self.lowerBound
        let constrained = [saved, earlier].compactMap { $0 }.max()
        self.lowerBound = constrained
        let found = self.search(operand) {
            self.lowerBound = saved
            let found = self.searchFollowing(operands.dropFirst(), mark: mark, next)
            self.lowerBound = constrained
            return found
        }
        self.lowerBound = saved
        return found
    }

    private func searchWithin(_ inner: EvaluationPlan.Node, nanoseconds: Int64, _ next: () -> Bool) -> Bool {
        self.withinLimits.append(nanoseconds)
        self.withinLatestFirst.append(nil)
        self.withinEarliestLast.append(nil)
        let found = self.search(inner) {
            // The constraint covers the inner binding only: lift it while the rest of the pattern is bound.
            let limit = self.withinLimits.removeLast()
            let latestFirst = self.withinLatestFirst.removeLast()
            let earliestLast = self.withinEarliestLast.removeLast()
            let found = next()
            self.withinLimits.append(limit)
            self.withinLatestFirst.append(latestFirst)
            self.withinEarliestLast.append(earliestLast)
            return found
        }
        self.withinLimits.removeLast()
        self.withinLatestFirst.removeLast()
        self.withinEarliestLast.removeLast()
        return found
    }

    private func searchRepeats(
        _ inner: EvaluationPlan.Node, times: Int, signatures: inout [[Int]], _ next: () -> Bool
    ) -> Bool {
        let mark = self.bound.count
        func body() -> Bool {
            let signature = self.bound[mark...].map { self.rank[$0] }.sorted()
            if let previous = signatures.last, signature.lexicographicallyPrecedes(previous) { return false }
            if signatures.count + 1 == times { return next() }
            signatures.append(signature)
            let found = self.searchRepeats(inner, times: times, signatures: &signatures, next)
            signatures.removeLast()
            return found
        }
        // A repeated bracketed expression binds one observation each time: start after the previous one.
        if case .leaf(let leaf) = inner {
            return self.searchLeaf(leaf, minimumRank: signatures.last?.first ?? 0, body)
        }
        return self.search(inner, body)
    }

    /// Whether observation `index`, and so every later candidate, starts too late for an active `WITHIN`.
    private func startsTooLate(_ index: Int) -> Bool {
        for position in self.withinLimits.indices {
            if let earliestLast = self.withinEarliestLast[position],
                Self.nanoseconds(from: earliestLast, to: self.firstObserved[index]) >= self.withinLimits[position]
            {
                return true
            }
        }
        return false
    }

    /// Adds observation `index` to the binding if the active constraints allow it.
    private func bind(_ index: Int) -> Bool {
        let first = self.firstObserved[index]
        let last = self.lastObserved[index]
        if let lowerBound, last < lowerBound { return false }
        for position in self.withinLimits.indices {
            let latestFirst = max(self.withinLatestFirst[position] ?? first, first)
            let earliestLast = min(self.withinEarliestLast[position] ?? last, last)
            if Self.nanoseconds(from: earliestLast, to: latestFirst) >= self.withinLimits[position] { return false }
        }
        for position in self.withinLimits.indices {
            self.undoLog.append((position, self.withinLatestFirst[position], self.withinEarliestLast[position]))
            self.withinLatestFirst[position] = max(self.withinLatestFirst[position] ?? first, first)
            self.withinEarliestLast[position] = min(self.withinEarliestLast[position] ?? last, last)
        }
        self.usage[index] += 1
        self.bound.append(index)
        return true
    }

    /// Removes observation `index`, bound last, restoring the constraint state it changed.
    private func unbind(_ index: Int) {
        self.bound.removeLast()
        self.usage[index] -= 1
        for _ in self.withinLimits.indices {
            let entry = self.undoLog.removeLast()
            self.withinLatestFirst[entry.index] = entry.latestFirst
            self.withinEarliestLast[entry.index] = entry.earliestLast
        }
    }

    /// `to − from` in nanoseconds, saturating instead of overflowing.
    static func nanoseconds(from: Timestamp, to: Timestamp) -> Int64 {
        let seconds = to.secondsSinceEpoch - from.secondsSinceEpoch
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (total, overflowSum) = scaled.addingReportingOverflow(Int64(to.nanoseconds) - Int64(from.nanoseconds))
        if overflowSum { return seconds < 0 ? .min : .max }
        return total
    }
}
