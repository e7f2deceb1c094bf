/// An article's zones on a page with geometry: the rectangles its lines fill, one per column piece, which
/// is what a person outlines on the page (an article set in an L has two).
enum Zones {
    /// Line boxes in reading order gathered into rectangles: a line joins the rectangle above it when it
    /// overlaps it across and follows within two of its own heights; rectangles that overlap are merged.
    static func of(_ boxes: [BoundingBox]) -> [BoundingBox] {
        var zones: [BoundingBox] = []
        for box in boxes {
            if let index = zones.lastIndex(where: { zone in
                let gap = box.y - zone.maxY
                return zone.page == box.page && gap <= box.height * 2 && gap >= -box.height
                    && box.horizontalOverlap(with: zone) >= min(box.width, zone.width) * 0.5
            }) {
                zones[index] = zones[index].union(box)
            } else {
                zones.append(box)
            }
        }
        var merged = true
        while merged {
            merged = false
            outer: for a in zones.indices {
                for b in zones.indices where b > a && zones[a].page == zones[b].page && zones[a].intersects(zones[b]) {
                    zones[a] = zones[a].union(zones[b])
                    zones.remove(at: b)
                    merged = true
                    break outer
                }
            }
        }
        return zones
    }
}
