/// Each folder's names, listed once in one command: `check` walks the whole workspace for a
/// killed write's debris and lists the record folders for their files, and at 100 000 APTs a
/// listing of the year folders is a tenth of the run. A record folder's names are handed over
/// once (`take`) and then let go, so they are not held while the records are read.
final class FolderListings {
    private var namesByFolder: [String: [String]] = [:]

    /// The names in `folder` (an absolute path), kept for a later `take`.
    func names(in folder: String) -> [String]? {
        if let names = namesByFolder[folder] { return names }
        guard let names = FolderNames.names(in: folder, keep: { _ in true }) else { return nil }
        namesByFolder[folder] = names
        return names
    }

    /// The names in `folder`, listed now unless an earlier walk kept them, and no longer kept.
    func take(_ folder: String) -> [String]? {
        namesByFolder.removeValue(forKey: folder) ?? FolderNames.names(in: folder, keep: { _ in true })
    }
}
