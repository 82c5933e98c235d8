import ArchiveIndex
import Foundation
import Synchronization

/// Ingests an admin started from the admin page: each runs in the background through the one
/// writer, and says how far it has got; its page refreshes itself until it is done. Kept in
/// memory, the newest few (an ingest's lasting record is its line on the audit log).
final class IngestJobs: Sendable {
    struct Job: Sendable {
        let by: String
        let files: Int
        var read = 0
        var toRead = 0
        var report: IngestResponse?
        var error: String?
        var finished: Bool { report != nil || error != nil }
    }

    static let kept = 20
    private let jobs = Mutex<[(id: String, job: Job)]>([])

    func start(by: String, files: Int) -> String {
        let id = Token.random()
        jobs.withLock { list in
            list.append((id, Job(by: by, files: files)))
            // The oldest finished ones go first.
            while list.count > Self.kept, let i = list.firstIndex(where: { $0.job.finished }) { list.remove(at: i) }
        }
        return id
    }

    /// Uploads waiting for the writer or being read (each holds its files in memory).
    var pending: Int { jobs.withLock { list in list.filter { !$0.job.finished }.count } }
    static let maxPending = 2

    func job(_ id: String) -> Job? { jobs.withLock { list in list.first { $0.id == id }?.job } }

    func update(_ id: String, _ change: (inout Job) -> Void) {
        jobs.withLock { list in
            if let i = list.firstIndex(where: { $0.id == id }) { change(&list[i].job) }
        }
    }
}
