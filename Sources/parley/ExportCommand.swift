import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Package the course for another system.",
        subcommands: [SCORMExportCommand.self])
}
