import Foundation
import Testing
@testable import ArchiveIndex

/// What each account keeps for itself: its language and its saved searches, each its own.
@Suite struct AccountPreferencesTests {
    @Test func eachAccountKeepsItsOwnLanguageAndSearches() throws {
        let dir = try TempDir()
        let store = try ArchiveStore.open(dir.store, create: true)
        let accounts = Accounts(store: store)
        let shell = Actor.shell("setup")
        let wang = try accounts.add(name: "王芳", role: .engineer, password: "long-enough-password", by: shell)
        let li = try accounts.add(name: "李涛", role: .engineer, password: "long-enough-password", by: shell)

        #expect(try accounts.language(of: wang.id) == nil)
        try accounts.setLanguage(of: wang.id, "en")
        try accounts.setLanguage(of: wang.id, "zh-Hant")
        #expect(try accounts.language(of: wang.id) == "zh-Hant" && accounts.language(of: li.id) == nil)

        let first = try accounts.saveSearch(of: wang.id, name: " E23 报警 ", query: "q=E23&kind=repair")
        try accounts.saveSearch(of: wang.id, name: "E23 报警", query: "q=E23")  // the same name replaces it
        #expect(try accounts.savedSearches(of: wang.id).map(\.query) == ["q=E23"])
        #expect(try accounts.savedSearches(of: li.id).isEmpty)
        // Another account's saved search is not found, and stays.
        #expect(throws: KBError.self) { try accounts.deleteSavedSearch(of: li.id, id: first.id) }
        #expect(try accounts.savedSearches(of: wang.id).count == 1)
        // Names and queries are bounded; so is their number.
        #expect(throws: KBError.self) { try accounts.saveSearch(of: wang.id, name: "", query: "q=x") }
        #expect(throws: KBError.self) { try accounts.saveSearch(of: wang.id, name: "x", query: "q=x\r\nLocation: //evil") }
        for n in 1..<Accounts.maxSavedSearches { try accounts.saveSearch(of: wang.id, name: "search \(n)", query: "q=\(n)") }
        #expect(throws: KBError.self) { try accounts.saveSearch(of: wang.id, name: "one too many", query: "q=x") }
        try accounts.deleteSavedSearch(of: wang.id, id: first.id)
        #expect(try accounts.savedSearches(of: wang.id).count == Accounts.maxSavedSearches - 1)
    }
}
