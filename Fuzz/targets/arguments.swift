@testable import ForankraKit
import Foundation

/// The command line, one argument a line: the command matched (or a group's help, or an
/// unknown-command suggestion), ArgumentTokens.split, ParsedArguments against the command's
/// spec, and the command's init, which turns the values into dates, numbers and choices. This
/// is CommandLineInterface.run() up to the command's run(), which reads and writes files.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { bytes in
        // Arguments reach the tool as bytes; Swift repairs them into Strings the same way.
        let arguments = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try FuzzArguments.parse(arguments)
    }
}

enum FuzzArguments {
    static let context = RunContext(
        workingDirectory: "/nonexistent/forankra-fuzz", environment: [:], today: Date(timeIntervalSince1970: 1_796_000_000),
        output: Output(writeOut: { _ in }, writeErr: { _ in }))

    static func parse(_ arguments: [String]) throws {
        guard let first = arguments.first else { return }
        guard let command = CommandLineInterface.command(matching: arguments) else {
            let group = CommandLineInterface.group(first)
            if group.isEmpty {
                throw UsageError.unknownCommand(first, suggestion: Suggestion.closest(to: first, among: CommandLineInterface.commands.map { $0.spec.name }))
            }
            FuzzSink.keep(HelpText.group(first, group))
            if arguments.count > 1 {
                FuzzSink.keep(Suggestion.closest(to: first + " " + arguments[1], among: group.map(\.name)))
            }
            return
        }
        FuzzSink.keep(HelpText.command(command.spec))
        let rest = Array(arguments.dropFirst(command.spec.name.split(separator: " ").count))
        let parsed = try ParsedArguments(ArgumentTokens.split(rest), spec: command.spec)
        // --templates DIR reads every file in DIR: input, not argument parsing (and "/" is big).
        guard parsed.value("templates") == nil else { return }
        FuzzSink.keep(try command.init(parsed, context: context))
    }
}
