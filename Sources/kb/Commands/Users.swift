import ArchiveIndex
import ArgumentParser
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts of the server (kb serve): add, list, role, disable, enable, passwd, token.",
        discussion: """
            Roles: engineer, trainer, supervisor, admin (see the README's table of rights).
              kb user add admin --role admin                 asks for the password twice
              echo "$PW" | kb user add li --role engineer --password-stdin
              kb user token li                               prints a new API token, once
            """,
        subcommands: [Add.self, List.self, SetRole.self, Disable.self, Enable.self, Passwd.self, TokenCommand.self])

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an account.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument(help: "The account's name (letters, digits, . _ - @).") var name: String
        @Option(help: "engineer, trainer, supervisor or admin.") var role: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password as one line on standard input.") var passwordStdin = false
        @Option(name: .customLong("as"), help: "Who adds it (default: the OS user).") var who: String?

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role must be engineer, trainer, supervisor or admin") }
        }

        func run() throws {
            try reporting {
                let password = try Password.read(stdin: passwordStdin, confirm: true)
                let a = try writing { try Accounts(store: $0).add(name: name, role: Role(rawValue: role) ?? .engineer, password: password, by: actor(who)) }
                print("account \(a.name) added as \(a.role.rawValue)")
            }
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every account, its role and state.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Flag(help: "Print one JSON object.") var json = false

        func run() throws {
            try reporting {
                let all = try Accounts(store: try openStore()).list()
                if json { try Terminal.json(["users": all]); return }
                if all.isEmpty { print("no accounts yet: kb user add NAME --role admin") }
                for a in all {
                    print("\(a.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(a.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))"
                          + "\(a.disabled ? "disabled" : "enabled ")  \(a.hasToken ? "API token" : "")")
                }
            }
        }
    }

    struct SetRole: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change an account's role.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var name: String
        @Argument(help: "engineer, trainer, supervisor or admin.") var role: String
        @Option(name: .customLong("as")) var who: String?

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("the role must be engineer, trainer, supervisor or admin") }
        }

        func run() throws {
            try reporting {
                try writing(create: false) { try Accounts(store: $0).setRole(name, Role(rawValue: role) ?? .engineer, by: actor(who)) }
                print("\(name) is now \(role)")
            }
        }
    }

    struct Disable: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable an account: it can no longer log in, its token stops working.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var name: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                try writing(create: false) { try Accounts(store: $0).setDisabled(name, true, by: actor(who)) }
                print("\(name) is disabled")
            }
        }
    }

    struct Enable: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: "Enable a disabled account.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var name: String
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                try writing(create: false) { try Accounts(store: $0).setDisabled(name, false, by: actor(who)) }
                print("\(name) is enabled")
            }
        }
    }

    struct Passwd: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Set an account's password.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var name: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password as one line on standard input.") var passwordStdin = false
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                let password = try Password.read(stdin: passwordStdin, confirm: true)
                try writing(create: false) { try Accounts(store: $0).setPassword(name, password, by: actor(who)) }
                print("password of \(name) changed")
            }
        }
    }

    struct TokenCommand: StoreCommand {
        static let configuration = CommandConfiguration(commandName: "token",
            abstract: "Print a new API token for an account, once (the one before stops working); --revoke ends it.")
        @OptionGroup var storeOptions: StoreOptions
        @ParentCommand var parent: KB
        @Argument var name: String
        @Flag(help: "Revoke the account's token instead.") var revoke = false
        @Option(name: .customLong("as")) var who: String?

        func run() throws {
            try reporting {
                if revoke {
                    try writing(create: false) { try Accounts(store: $0).revokeTokens(name, by: actor(who)) }
                    print("the API token of \(name) is revoked")
                } else {
                    let token = try writing(create: false) { try Accounts(store: $0).issueToken(name, by: actor(who)) }
                    print(token)
                    if Terminal.errIsTTY { Terminal.error("this token is shown once; send it as  Authorization: Bearer TOKEN") }
                }
            }
        }
    }
}

/// A password from the terminal, without echo (asked twice), or one line of standard input.
enum Password {
    static func read(stdin: Bool, confirm: Bool) throws -> String {
        if stdin || isatty(STDIN_FILENO) == 0 {
            guard let line = readLine(strippingNewline: true) else { throw KBError.badQuery("no password on standard input") }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        let first = try prompt("password: ")
        if confirm, try prompt("again: ") != first { throw KBError.badQuery("the two passwords differ; nothing changed") }
        return first
    }

    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var old = termios()
        tcgetattr(STDIN_FILENO, &old)
        var quiet = old
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &old)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw KBError.badQuery("no password given") }
        return line
    }
}
