import ArchiveIndex
import ArgumentParser
import Foundation

@main
struct KB: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "A searchable archive of after-sales service documents (Chinese and English).",
        discussion: """
            Ingest folders of service reports, repair cards, ledgers, customer and equipment files, \
            then search them by fault phrase, serial number, model or customer in simplified or \
            traditional Chinese or English.
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Search.self, Similar.self, Show.self, UnitCommand.self, Brief.self, CustomerCommand.self,
                      LinkCommand.self, Links.self, ArticleCommand.self, Training.self, SynonymCommand.self, SlipCommand.self, AuditCommand.self,
                      Stats.self, Check.self, Backup.self, Reindex.self, Compact.self, UserCommand.self, Serve.self]
    )

    @OptionGroup var storeOptions: StoreOptions

    static func main() async {
        // What kb writes (the store, slips, exports, briefs) holds customer data: files are
        // created readable by their owner only.
        umask(0o077)
        if let mistyped = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst()), root: KB.self) {
            for line in mistyped.split(separator: "\n") { Terminal.error(String(line)) }
            Foundation.exit(64)  // EX_USAGE, as ArgumentParser exits on other usage errors
        }
        await main(nil)
    }
}

