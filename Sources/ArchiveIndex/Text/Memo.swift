import Synchronization

/// Answers of a pure function of a string, remembered for every thread: readers and linking
/// meet the same few thousand labels and names in every document. Forgets everything when it
/// holds `capacity` answers, so memory stays flat whatever the archive.
final class Memo<Value: Sendable>: Sendable {
    private let answers = Mutex<[String: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    func value(for key: String, _ compute: (String) -> Value) -> Value {
        if let known = answers.withLock({ $0[key] }) { return known }
        let value = compute(key)
        answers.withLock { answers in
            if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = value
        }
        return value
    }
}
