import ForankraKit
import Foundation

let bench = BenchCommandLine(
    arguments: Array(CommandLine.arguments.dropFirst()),
    workingDirectory: FileManager.default.currentDirectoryPath,
    output: Output.standard(environment: ProcessInfo.processInfo.environment)
)
exit(bench.run().rawValue)
