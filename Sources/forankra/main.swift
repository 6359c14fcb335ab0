import ForankraKit
import Foundation

let output = Output.standard(environment: ProcessInfo.processInfo.environment)
let cli = CommandLineInterface(
    arguments: Array(CommandLine.arguments.dropFirst()),
    workingDirectory: FileManager.default.currentDirectoryPath,
    environment: ProcessInfo.processInfo.environment,
    today: Date(),
    output: output
)
exit(cli.run().rawValue)
