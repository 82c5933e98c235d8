import ArchiveIndex
import ArgumentParser
import Foundation

struct ArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Knowledge-base articles: write, review, publish, version, retire, export and import.",
        subcommands: [New.self, Edit.self, ShowArticle.self, ListArticles.self, History.self, Diff.self, Restore.self,
                      Submit.self, Approve.self, Reject.self, Retire.self, Stale.self, Export.self, Import.self])

    struct New: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "new", 
            abstract: "Add a draft from a Markdown file with front matter, or draft one from a repair card (--from DOC_ID).",
            discussion: """
                The file starts with front matter:
                  ---
                  title: 离心机转速异常的排查
                  tags: [centrifuge, 转速]
                  models: [TDL-5M, H1850R]
                  faults: [转速异常, E03]
                  owner: 王建军
                  review_by: 2025-06-30
                  ---
                  Markdown text…
                """)
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The Markdown file.") var file: String?
        @Option(name: .customLong("from"), help: "Draft from this repair card.") var from: Int64?
        @Option(name: .customLong("as"), help: "The author (default: the OS user).") var who: String?
        @Flag(help: "Print the new article as JSON.") var json = false

        func validate() throws {
            guard (file == nil) != (from == nil) else { throw ValidationError("give a FILE or --from DOC_ID") }
        }

        func run() throws {
            try reporting {
                let text = try file.map(readText)
                let a: Article = try writing { store in
                    let service = ArchiveService(store: store)
                    if let from { return try service.draftArticle(fromDocument: from, by: actor(who)) }
                    return try service.createArticle(markdown: text ?? "", file: file ?? "", by: actor(who))
                }
                if json { try Terminal.json(a); return }
                print("article #\(a.id) created as a draft: \(a.content.title)")
            }
        }
    }

    struct Edit: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Save a new version of an article from a Markdown file.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument(help: "The Markdown file with front matter.") var file: String
        @Option(name: .customLong("as")) var who: String?
        @Option(help: "What changed.") var note: String = "edited"

        func run() throws {
            try reporting {
                let text = try readText(file)
                let (before, a) = try service { try $0.reviseArticle(id, markdown: text, file: file, note: note, by: actor(who)) }
                print(before == a.version ? "article #\(id): no change (still version \(a.version))" : "article #\(id): version \(a.version)")
                if before != a.version, a.pendingReview {
                    print("it awaits review: the published version stays in search until `kb article approve \(id)` by someone else")
                }
            }
        }
    }

    struct ShowArticle: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "An article as a Markdown file with front matter.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Flag var json = false

        func run() throws {
            try reporting {
                let a = try openStore().article(id)
                if json { try Terminal.json(a); return }
                print(ArticleFile.render(a), terminator: "")
            }
        }
    }

    struct ListArticles: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Articles with their state and version.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "Only this state: draft, review, published, retired.") var state: String?
        @Flag var json = false

        func validate() throws {
            if let state, ArticleState(rawValue: state) == nil { throw ValidationError("--state must be draft, review, published or retired") }
        }

        func run() throws {
            try reporting {
                let all = try openStore().articles(state: state.flatMap(ArticleState.init(rawValue:)))
                if json { try Terminal.json(["articles": all]); return }
                for a in all {
                    let pending = a.pendingReview ? "  (v\(a.version) awaits review; v\(a.publishedVersion ?? 0) is shown)" : ""
                    print("#\(a.id)  \(a.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) v\(a.version)  \(a.content.title)\(a.replacedBy.map { "  → #\($0)" } ?? "")\(pending)")
                }
                if all.isEmpty { print("no articles") }
            }
        }
    }

    struct History: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "Every version and state change of an article, with who and when.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Flag var json = false

        func run() throws {
            try reporting {
                let store = try openStore()
                let versions = try store.articleVersions(id), events = try store.articleEvents(id)
                if json {
                    struct Out: Encodable { let versions: [ArticleVersion]; let events: [ArticleEvent] }
                    try Terminal.json(Out(versions: versions, events: events))
                    return
                }
                print("versions:")
                for v in versions { print("  v\(v.version)  \(v.at)  \(v.who)  \(v.note)  — \(v.content.title)") }
                print("changes:")
                for e in events { print("  \(e.at)  \(e.who)  \(e.action)\(e.detail.isEmpty ? "" : "  " + e.detail)") }
            }
        }
    }

    struct Diff: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "diff", abstract: "Line differences between two versions of an article.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument var from: Int
        @Argument var to: Int

        func run() throws {
            try reporting {
                let store = try openStore()
                let versions = try store.articleVersions(id)
                guard let a = versions.first(where: { $0.version == from }), let b = versions.first(where: { $0.version == to }) else {
                    throw KBError.notFound("article #\(id) has versions \(versions.map { String($0.version) }.joined(separator: ", "))")
                }
                print(ArticleDiff.unified(ArticleFile.render(a.content), ArticleFile.render(b.content), from: "v\(from)", to: "v\(to)"), terminator: "")
            }
        }
    }

    struct Restore: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "restore", abstract: "Make an old version current again, as a new version.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Argument var version: Int
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let v = try service { try $0.restoreArticle(id, version: version, by: actor(who)) }
                print("article #\(id): version \(version) restored as version \(v)")
            }
        }
    }

    struct Submit: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "submit", abstract: "Send a draft for review.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                _ = try service { try $0.transition(id, .submit, by: actor(who)) }
                print("article #\(id) is in review")
            }
        }
    }

    struct Approve: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Publish an article in review (not by its author).")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(name: .customLong("as"), help: "The reviewer (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                _ = try service { try $0.transition(id, .approve, by: actor(who)) }
                print("article #\(id) is published")
            }
        }
    }

    struct Reject: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Send an article in review back to its author as a draft, saying why.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(help: "What the author should change.") var reason: String
        @Option(name: .customLong("as"), help: "The reviewer (default: the OS user).") var who: String?

        func run() throws {
            try reporting {
                _ = try service { try $0.transition(id, .reject, reason: reason, by: actor(who)) }
                print("article #\(id) is back in draft")
            }
        }
    }

    struct Retire: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "retire", abstract: "Retire an article that has become wrong.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var id: Int64
        @Option(help: "Why it is retired.") var reason: String
        @Option(name: .customLong("replaced-by"), help: "The article that replaces it.") var replacedBy: Int64?
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                _ = try service { try $0.transition(id, .retire, reason: reason, replacedBy: replacedBy, by: actor(who)) }
                print("article #\(id) is retired\(replacedBy.map { "; see #\($0)" } ?? "")")
            }
        }
    }

    struct Stale: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "stale", 
            abstract: "Published articles past their review date, or whose models have new faults on repair cards since their last review.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "As of this date (default: today).") var today: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let day = today.flatMap(DateParser.parse) ?? WorkingDays.today()
                let items = try ArticleDesk.stale(try openStore(), today: day)
                if json { try Terminal.json(["stale": items]); return }
                if items.isEmpty { print("no stale articles as of \(day)") }
                for i in items {
                    print("#\(i.id)  \(i.title)")
                    for r in i.reasons { print("      \(r)") }
                }
            }
        }
    }

    struct Export: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write every article to a folder as Markdown with front matter.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var dir: String

        func run() throws {
            try reporting {
                let files = try ArticleDesk.export(try openStore(), to: URL(fileURLWithPath: dir))
                print("exported \(counted(files.count, "article")) to \(dir)")
            }
        }
    }

    struct Import: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Read a folder of article files: new versions where content changed, new drafts for files without an id.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var dir: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let r = try writing { try ArticleDesk.importFolder($0, from: URL(fileURLWithPath: dir), who: actor(who).name) }
                for f in r.failed { Terminal.error("\(f.file): \(f.reason)") }
                print("articles: \(r.created.count) created, \(r.revised.count) revised, \(r.unchanged.count) unchanged, \(r.failed.count) failed")
                if !r.failed.isEmpty { throw ExitCode(1) }
            }
        }
    }
}

struct Training: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "training", abstract: "Training material (courses, manuals, exam questions).", subcommands: [List.self])

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Training documents and the models they cover.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Option(help: "Only material about this model.") var model: String?
        @Flag var json = false

        func run() throws {
            try reporting {
                let store = try openStore()
                let items = try TrainingCatalog.list(store, model: model)
                if json { try Terminal.json(["training": items]); return }
                if items.isEmpty { print("no training material\(model.map { " for \($0)" } ?? "")") }
                for t in items {
                    print("#\(t.id)  \(Terminal.text(t.title))  \(Terminal.dim(Terminal.name(t.source)))")
                    if !t.models.isEmpty { print("      models: \(t.models.joined(separator: ", "))") }
                }
            }
        }
    }
}

/// A Markdown file's text, or an error naming the file.
func readText(_ path: String) throws -> String {
    // An article's text has at most 256 KB; its file, with front matter, at most 1 MB.
    let data = try FileAccess.read(path, maxBytes: 1 << 20, what: "an article")
    guard let text = String(validating: data, as: UTF8.self) else {
        throw KBError.badInput(path: path, reason: "cannot read it as UTF-8 text")
    }
    return text
}
