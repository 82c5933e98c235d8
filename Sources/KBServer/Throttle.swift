import ArchiveIndex
import Foundation

/// Login attempts, counted per account name (in the one form its account is found under: 
/// `BOSS`, `b-o-s-s` and `ｂｏｓｓ` are one name) and per client address over a window. An
/// attempt counts as a failure from the moment it starts, so a thousand guesses sent at once
/// are counted before any is checked; a success takes its count back. After a few failures
/// further attempts are answered more slowly; after more, the name or the address is refused
/// (429) until the window has passed since its last failure. Only a few logins are checked at
/// a time; more are refused at once.
public actor LoginThrottle {
    public struct Settings: Sendable {
        /// Failures before attempts are slowed down.
        public var slowAfter = 3
        /// Failures for one name before attempts for it are refused.
        public var refuseAfter = 10
        /// Failures from one address before it is refused: higher, since an office behind one
        /// NAT shares an address, and one person's typos must not lock out the department.
        public var refuseAddressAfter = 50
        /// The first delay; it doubles with each further failure, up to `maxDelay`.
        public var delay: Duration = .milliseconds(500)
        public var maxDelay: Duration = .seconds(8)
        /// How long failures count, and how long a refusal lasts after the last one.
        public var window: Duration = .seconds(15 * 60)
        /// Logins checked at the same time (each is a quarter second of bcrypt).
        public var concurrent = 4
        public init() {}
    }

    private let settings: Settings
    private var failures: [String: (count: Int, last: ContinuousClock.Instant)] = [:]
    private var inFlight = 0
    private var lastSweep = ContinuousClock.now
    private let clock = ContinuousClock()

    init(_ settings: Settings) { self.settings = settings }

    enum Verdict: Equatable {
        case go
        case wait(Duration)
        case refuse(retryAfterSeconds: Int)
        case busy
    }

    /// Whether this attempt may be checked; if so it is counted as a failure until `finish`.
    func begin(name: String, address: String) -> Verdict {
        let now = clock.now
        sweep(now)
        var worst = 0
        for (key, limit) in zip(keys(name, address), [settings.refuseAfter, settings.refuseAddressAfter]) {
            guard let f = failures[key], now - f.last <= settings.window else { continue }
            if f.count >= limit {
                let left = settings.window - (now - f.last)
                return .refuse(retryAfterSeconds: max(1, Int(left.components.seconds)))
            }
            // Slowing down goes by the name's failures, and by the address's past the name limit.
            worst = max(worst, key.hasPrefix("name:") ? f.count : f.count - settings.refuseAfter)
        }
        guard inFlight < settings.concurrent else { return .busy }
        inFlight += 1
        for key in keys(name, address) {
            let count = (failures[key].map { now - $0.last > settings.window ? 0 : $0.count } ?? 0) + 1
            failures[key] = (count, now)
        }
        if worst >= settings.slowAfter {
            var d = settings.delay
            for _ in 0..<(worst - settings.slowAfter) where d < settings.maxDelay { d = d * 2 }
            return .wait(min(d, settings.maxDelay))
        }
        return .go
    }

    /// The end of an attempt that `begin` let through: a success clears the name's failures
    /// and takes this attempt back from the address; a failure stays counted.
    func finish(name: String, address: String, succeeded: Bool) {
        inFlight = max(0, inFlight - 1)
        guard succeeded else { return }
        let (n, a) = (keys(name, address)[0], keys(name, address)[1])
        failures[n] = nil
        if let f = failures[a] { failures[a] = f.count <= 1 ? nil : (f.count - 1, f.last) }
    }

    /// Forgets failures older than the window, at most once a minute.
    private func sweep(_ now: ContinuousClock.Instant) {
        guard now - lastSweep > .seconds(60) else { return }
        lastSweep = now
        failures = failures.filter { now - $0.value.last <= settings.window }
    }

    private func keys(_ name: String, _ address: String) -> [String] {
        ["name:" + Accounts.canonicalName(name), "addr:" + address]
    }
}
