/// Text into HTML: the five characters that can change markup become references.
public enum HTMLEscaping {
    public static func escape(_ s: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(s.utf8.count)
        for character in s {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
