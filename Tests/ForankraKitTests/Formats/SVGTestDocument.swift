import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// An SVG chart read back with `XMLParser`: proof that it is well-formed, and a tree to query.
final class SVGTestElement {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [SVGTestElement] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// This element and all below it, in document order.
    var descendants: [SVGTestElement] { [self] + children.flatMap(\.descendants) }

    func all(_ name: String) -> [SVGTestElement] { descendants.filter { $0.name == name } }

    func withClass(_ name: String) -> [SVGTestElement] {
        descendants.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
    }

    /// All text in this element and below it.
    var allText: String { text + children.map(\.allText).joined() }

    func number(_ attribute: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        try XCTUnwrap(attributes[attribute].flatMap(Double.init), "\(name) has no numeric \(attribute)", file: file, line: line)
    }
}

enum SVGTestDocument {
    static func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws -> SVGTestElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = builder
        let parsed = parser.parse()
        XCTAssertTrue(parsed, "not well-formed XML: \(String(describing: parser.parserError))\n\(svg)", file: file, line: line)
        return try XCTUnwrap(builder.root, "no root element", file: file, line: line)
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: SVGTestElement?
        private var stack: [SVGTestElement] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = SVGTestElement(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
