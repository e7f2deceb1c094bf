/// Finds a page's newspaper page number in its file name (`p2.txt`, `page-02.txt`, `A3.txt`) or furniture.
enum PageNumberReader {
    static let fileNamePatterns = [
        Pattern(#"(?:^|[^a-z])(?:p|pg|page|版|第)[-_ ]?0*(\d{1,3})(?:[^0-9]|$)"#),
        Pattern(#"(?:^|[^a-z0-9])[a-z]0*(\d{1,2})(?:\.[a-z0-9]+)?$"#),
        Pattern(#"^0*(\d{1,3})(?:\.[a-z0-9]+)?$"#),
    ]

    static func fromFileName(_ path: String) -> Int? {
        guard path != "-" else { return nil }
        let name = String(path.split(separator: "/").last ?? Substring(path))
        for pattern in fileNamePatterns {
            if let value = pattern.firstMatch(in: name)?[1].flatMap(Int.init), value > 0 { return value }
        }
        return nil
    }

    static func fromFurniture(_ blocks: [Block], table: MarkerTable) -> Int? {
        for block in blocks where block.role == .pageFurniture {
            if let match = table.furniturePageNumber.firstMatch(in: block.text), let label = match[1] ?? match[2],
                let reference = PageReference(label: label)
            {
                return reference.number
            }
        }
        return nil
    }
}
