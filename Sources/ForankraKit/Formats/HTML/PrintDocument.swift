/// One printable document (an APT sheet, a sign-in list) as generated markdown.
public struct PrintDocument: Sendable, Equatable {
    public var title: String
    public var markdown: String

    public init(title: String, markdown: String) {
        self.title = title
        self.markdown = markdown
    }
}
