import ArgumentParser
import DocumentText
import Foundation
import Lexicons

/// `clausier`: read French partnership agreements into a checkable convention graph.
@main
struct Clausier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clausier",
        abstract: "Read French partnership agreements (conventions de partenariat) into a checkable graph.",
        subcommands: [ExtractCommand.self, ValidateCommand.self, TextCommand.self, InfoCommand.self, DiffCommand.self, ChecklistCommand.self,
                      IngestCommand.self, IngestWorkerCommand.self, ListCommand.self, ShowCommand.self, HistoryCommand.self, RemoveCommand.self]
    )

    /// Runs the command; a problem with the input is one line on standard error and exit code 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as DocumentTextError {
            Console.fail(error.description)
        } catch let error as LexiconError {
            Console.fail(error.description)
        } catch {
            // `clausier diff` follows diff(1): a usage error is trouble, exit status 2.
            if CommandLine.arguments.dropFirst().first == DiffCommand.configuration.commandName, exitCode(for: error) != .success,
               exitCode(for: error).rawValue != 1 || !(error is ExitCode) {
                Console.fail(fullMessage(for: error), code: DiffCommand.trouble)
            }
            exit(withError: error)
        }
    }
}
