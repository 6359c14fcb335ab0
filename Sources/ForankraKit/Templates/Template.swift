/// A markdown template in a small mustache subset, parsed once and rendered many times.
///
/// Tags: `{{name}}` and `{{sheet.title}}` (escaped by the output format), `{{& name}}` (raw),
/// `{{.}}` (the current item), `{{#name}}…{{/name}}` sections, `{{^name}}…{{/name}}` inverted
/// sections and `{{! comments }}`. A section, closing or comment tag alone on its line leaves no
/// line behind. Unknown names are errors, never empty text.
public struct Template: Sendable {
    /// The template's file path; it appears in every error.
    public let name: String
    /// Every placeholder and section name the template uses, as written (`sheet.title`);
    /// `{{.}}` is not a name and is not listed.
    public let referencedNames: Set<String>
    let nodes: [TemplateNode]

    private init(name: String, nodes: [TemplateNode]) {
        self.name = name
        self.nodes = nodes
        self.referencedNames = TemplateNode.names(in: nodes)
    }

    /// Parses `source`, whose line ends must already be `\n`. Throws `ForankraError` (exit 65)
    /// with `name` as the path and the offending tag's line and column.
    public static func parse(_ source: String, name: String) throws -> Template {
        do {
            let tokens = try TemplateToken.read(source).removingStandaloneLines()
            return Template(name: name, nodes: try TemplateNode.tree(from: tokens))
        } catch let error as ForankraError {
            throw error.inFile(name)
        }
    }
}
