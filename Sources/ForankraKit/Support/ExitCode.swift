/// Process exit codes, following BSD sysexits where one fits so scripts can tell failures apart.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// `check` found problems in the records.
    case problemsFound = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotWrite = 73
    case busy = 75
}
