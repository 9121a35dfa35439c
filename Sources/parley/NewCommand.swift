import ArgumentParser
import Course
import Scaffold

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page or a module with an example of its format.",
        discussion: """
            The file is numbered after the last one in its folder (04-title.md) and never \
            replaces an existing file. A FAQ page without --module goes at the top level.
            """)

    @Argument(help: ArgumentHelp("What to create: \(Scaffold.kindNames.joined(separator: ", ")).", valueName: "kind"))
    var kind: String

    @Argument(help: "The title; the file is named after it.")
    var title: String

    @Option(name: .long, help: "The module folder, by its name (04-boundaries) or without its number (boundaries).")
    var module: String?

    @Option(name: .long, help: "Folder with course.yaml and the modules.")
    var source = "content"

    func validate() throws {
        guard Scaffold.kindNames.contains(kind) else {
            throw ValidationError("cannot make a '\(kind)'; make one of: \(Scaffold.kindNames.joined(separator: ", "))")
        }
    }

    func run() throws {
        do {
            let path = try Scaffold(source: source).create(kind, title: title, module: module)
            print("created \(path)")
            print("write your own text in place of each example marked \(Placeholder.marker); `parley check` warns until none is left")
        } catch {
            Report.fail("\(error)")
            throw ExitCode.failure
        }
    }
}

