import Foundation

/// Failed logins, counted per account name and per client address over a window. After a
/// few failures each further attempt is answered more slowly; after more, the name or the
/// address is refused (429) until the window has passed since its last failure.
public actor LoginThrottle {
    public struct Settings: Sendable {
        /// Failures before attempts are slowed down.
        public var slowAfter = 3
        /// Failures before attempts are refused.
        public var refuseAfter = 10
        /// The first delay; it doubles with each further failure, up to `maxDelay`.
        public var delay: Duration = .milliseconds(500)
        public var maxDelay: Duration = .seconds(8)
        /// How long failures count, and how long a refusal lasts after the last one.
        public var window: Duration = .seconds(15 * 60)
        public init() {}
    }

    private let settings: Settings
    private var failures: [String: (count: Int, last: ContinuousClock.Instant)] = [:]
    private let clock = ContinuousClock()

    init(_ settings: Settings) { self.settings = settings }

    enum Verdict: Equatable {
        case go
        case wait(Duration)
        case refuse(retryAfterSeconds: Int)
    }

    /// What to do with an attempt for this name from this address.
    func verdict(name: String, address: String) -> Verdict {
        let now = clock.now
        var worst = 0
        var last = now
        for key in keys(name, address) {
            guard let f = failures[key] else { continue }
            if now - f.last > settings.window { failures[key] = nil; continue }
            if f.count > worst { worst = f.count; last = f.last }
        }
        if worst >= settings.refuseAfter {
            let left = settings.window - (now - last)
            return .refuse(retryAfterSeconds: max(1, Int(left.components.seconds)))
        }
        if worst >= settings.slowAfter {
            var d = settings.delay
            for _ in 0..<(worst - settings.slowAfter) where d < settings.maxDelay { d = d * 2 }
            return .wait(min(d, settings.maxDelay))
        }
        return .go
    }

    func failed(name: String, address: String) {
        let now = clock.now
        for key in keys(name, address) {
            let count = (failures[key].map { now - $0.last > settings.window ? 0 : $0.count } ?? 0) + 1
            failures[key] = (count, now)
        }
        if failures.count > 100_000 { failures = failures.filter { now - $0.value.last <= settings.window } }
    }

    func succeeded(name: String) {
        failures["name:" + name.lowercased()] = nil
    }

    private func keys(_ name: String, _ address: String) -> [String] {
        ["name:" + name.lowercased(), "addr:" + address]
    }
}
