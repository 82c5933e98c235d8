import Foundation
import Synchronization
import Testing
@testable import ArchiveIndex

/// The helpers that spread ingest's and linking's work over the cores.
@Suite struct ParallelTests {
    /// Results come in input order, each once, however unevenly long the items take; the
    /// workers never run more than the window ahead of the consumer.
    @Test func resultsComeInOrderAndWorkersStayWithinTheWindow() throws {
        let begun = Atomic<Int>(0)
        var seen: [Int] = []
        var furthestAhead = 0
        try Parallel.inOrder(Array(0..<400), window: 5, workers: 4, { i -> Int in
            _ = begun.add(1, ordering: .relaxed)
            if i % 7 == 0 { usleep(2000) }   // some items much slower than others
            return i * i
        }) { item, result in
            #expect(result == item * item)
            seen.append(item)
            // Begun items not yet consumed, this one included.
            furthestAhead = max(furthestAhead, begun.load(ordering: .relaxed) - seen.count + 1)
            if item % 50 == 0 { usleep(3000) }   // a slow consumer: the workers must wait for it
        }
        #expect(seen == Array(0..<400))
        #expect(furthestAhead <= 5 + 1)
        #expect(furthestAhead >= 2)   // the workers did run ahead
    }

    /// A consumer that throws stops the work: no item after the window is begun, the error
    /// comes out, and the workers are gone when it does.
    @Test func aConsumerThatThrowsStopsTheWork() {
        struct Stop: Error {}
        let begun = Atomic<Int>(0)
        #expect(throws: Stop.self) {
            try Parallel.inOrder(Array(0..<10_000), window: 4, workers: 3, { i -> Int in
                _ = begun.add(1, ordering: .relaxed)
                return i
            }) { item, _ in
                if item == 20 { throw Stop() }
            }
        }
        let after = begun.load(ordering: .relaxed)
        #expect(after <= 20 + 4 + 3)
        usleep(20_000)
        #expect(begun.load(ordering: .relaxed) == after)   // nothing still running
    }

    @Test func noItemsNoWork() throws {
        var called = false
        try Parallel.inOrder([Int](), window: 4, { $0 }) { _, _ in called = true }
        #expect(!called)
    }

    /// Work in the background gives its value or its error when asked, not before it is done.
    @Test func backgroundWorkGivesItsValueOrItsError() throws {
        struct Failed: Error {}
        let slow = Background { () -> Int in
            usleep(20_000)
            return 42
        }
        #expect(try slow.value() == 42)
        let failing = Background<Int> { throw Failed() }
        #expect(throws: Failed.self) { try failing.value() }
        #expect(try Background(done: .success("at once")).value() == "at once")
    }
}
