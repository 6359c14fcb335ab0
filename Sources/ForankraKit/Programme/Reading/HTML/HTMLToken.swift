/// One piece of a web page as the scanner finds it. Tag names are lower-cased; attributes are
/// not kept, since the reader needs only which element text stands in.
enum HTMLToken: Equatable {
    case startTag(String, selfClosing: Bool)
    case endTag(String)
    case text(String)
}
