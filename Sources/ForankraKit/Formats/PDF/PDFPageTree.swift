/// The pages of a document in order (ISO 32000-1, 7.7.3): the tree under the catalog's
/// `/Pages`, walked from the root down with `/Resources`, `/MediaBox`, `/CropBox` and
/// `/Rotate` handed down to the pages that do not set their own. The walk never follows
/// `/Parent`, so a wrong parent does no harm; a `/Kids` that leads back to a node above it
/// is a loop and refused.
enum PDFPageTree {
    private static let maximumDepth = 64
    private static let maximumPages = 100_000

    private struct Inherited {
        var resources = PDFDictionary()
        var mediaBox = PDFRectangle.letter
        var cropBox: PDFRectangle?
        var rotate = 0
    }

    static func pages(of document: PDFDocument) throws(PDFFailure) -> [PDFPage] {
        let catalog = document.resolveDictionary(document.trailer["Root"])
        var pages: [PDFPage] = []
        if let root = catalog?["Pages"] {
            var ancestors: Set<Int> = [], seen: Set<Int> = []
            try collect(root, inherited: Inherited(), document: document, ancestors: &ancestors, seen: &seen, depth: 0, into: &pages)
        }
        // A file cut short often loses its page tree, written last, while the pages remain.
        if pages.isEmpty { pages = loosePages(of: document) }
        return pages
    }

    private static func collect(_ node: PDFObject, inherited: Inherited, document: PDFDocument,
                                ancestors: inout Set<Int>, seen: inout Set<Int>, depth: Int, into pages: inout [PDFPage]) throws(PDFFailure) {
        guard depth < maximumDepth, pages.count < maximumPages else { return }
        if case .reference(let reference) = node {
            guard ancestors.insert(reference.number).inserted else { throw .pageTreeLoops }
        }
        defer { if case .reference(let reference) = node { ancestors.remove(reference.number) } }
        guard let dictionary = document.resolveDictionary(node) else { return }
        let own = inheriting(dictionary, from: inherited, document: document)
        if let kids = document.resolve(dictionary["Kids"]).array, dictionary.type != "Page" {
            for kid in kids {
                try collect(kid, inherited: own, document: document, ancestors: &ancestors, seen: &seen, depth: depth + 1, into: &pages)
            }
        } else if dictionary.type == "Page" || dictionary["Contents"] != .null {
            // A page listed twice is a damaged or hostile tree (two kids that are the same
            // node, nested, would double the pages at every level).
            if case .reference(let reference) = node, !seen.insert(reference.number).inserted { return }
            pages.append(page(dictionary, own))
        }
    }

    private static func inheriting(_ dictionary: PDFDictionary, from inherited: Inherited, document: PDFDocument) -> Inherited {
        var own = inherited
        if let resources = document.resolveDictionary(dictionary["Resources"]) { own.resources = resources }
        if let box = PDFRectangle(dictionary["MediaBox"], document: document) { own.mediaBox = box }
        if let box = PDFRectangle(dictionary["CropBox"], document: document) { own.cropBox = box }
        if let rotate = document.resolve(dictionary["Rotate"]).integer { own.rotate = rotate }
        return own
    }

    private static func page(_ dictionary: PDFDictionary, _ inherited: Inherited) -> PDFPage {
        var box = inherited.mediaBox
        // The crop box is what a viewer shows, but only the part of it on the media.
        if let crop = inherited.cropBox {
            let clipped = PDFRectangle(lowerX: max(crop.lowerX, box.lowerX), lowerY: max(crop.lowerY, box.lowerY),
                                       upperX: min(crop.upperX, box.upperX), upperY: min(crop.upperY, box.upperY))
            if clipped.width > 0, clipped.height > 0 { box = clipped }
        }
        let turns = ((inherited.rotate / 90) % 4 + 4) % 4
        return PDFPage(dictionary: dictionary, resources: inherited.resources, box: box, quarterTurns: turns)
    }

    /// Every object of `/Type /Page` in the file, in object-number order, when there is no
    /// page tree to say their order.
    private static func loosePages(of document: PDFDocument) -> [PDFPage] {
        var pages: [PDFPage] = []
        for number in document.crossReference.entries.keys.sorted() {
            guard pages.count < maximumPages, let dictionary = document.object(number).dictionary, dictionary.type == "Page" else { continue }
            pages.append(page(dictionary, inheriting(dictionary, from: inheritedFromParents(of: dictionary, document: document), document: document)))
        }
        return pages
    }

    /// What a loose page's parents hand down, read up its `/Parent` chain from the top, as
    /// far as the chain goes and without going round a loop.
    private static func inheritedFromParents(of page: PDFDictionary, document: PDFDocument) -> Inherited {
        var chain: [PDFDictionary] = []
        var visited: Set<Int> = []
        var next = page["Parent"]
        while case .reference(let reference) = next, chain.count < maximumDepth, visited.insert(reference.number).inserted,
              let parent = document.object(reference.number).dictionary {
            chain.append(parent)
            next = parent["Parent"]
        }
        return chain.reversed().reduce(Inherited()) { inherited, parent in inheriting(parent, from: inherited, document: document) }
    }
}
