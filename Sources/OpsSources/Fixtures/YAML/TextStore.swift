/// One copy of each text too long to be stored inline in a `String` (over 15 bytes): at 10,000
/// environments the same component names, regions and owners repeat in every one. One thread
/// uses a store (each part of a list read in parallel has its own).
final class TextStore {
    private var texts: Set<String> = []

    /// The one stored copy of `text`.
    func interned(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        if let known = texts.firstIndex(of: text) { return texts[known] }
        texts.insert(text)
        return text
    }
}
