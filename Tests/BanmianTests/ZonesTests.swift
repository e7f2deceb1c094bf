import Testing

@testable import Banmian

/// `Zones.of`: the rectangles an article's lines fill, one per column piece.
@Suite struct ZonesTests {
    /// The boxes of `count` lines of 8-point type in one column: 10 points high, 12 apart.
    func column(x: Double, top: Double, width: Double = 120, count: Int, page: Int = 1) -> [BoundingBox] {
        (0..<count).map { BoundingBox(page: page, x: x, y: top + Double($0) * 12, width: width, height: 10) }
    }

    @Test func articleSetInAnLHasTwoZones() {
        // Column 1 full height (100 to 218), then column 2 its top half (100 to 158).
        let boxes = column(x: 30, top: 100, count: 10) + column(x: 160, top: 100, count: 5)
        #expect(
            Zones.of(boxes) == [
                BoundingBox(page: 1, x: 30, y: 100, width: 120, height: 118),
                BoundingBox(page: 1, x: 160, y: 100, width: 120, height: 58),
            ])
    }

    @Test func linesOfOneColumnAreOneZone() {
        let boxes = column(x: 30, top: 100, count: 8)
        #expect(Zones.of(boxes) == [BoundingBox(page: 1, x: 30, y: 100, width: 120, height: 94)])
    }

    @Test func aLineFarBelowStartsAZoneOfItsOwn() {
        // The same column, then 60 points of white space (a photo) and more of it.
        let boxes = column(x: 30, top: 100, count: 3) + column(x: 30, top: 194, count: 3)
        #expect(
            Zones.of(boxes) == [
                BoundingBox(page: 1, x: 30, y: 100, width: 120, height: 34),
                BoundingBox(page: 1, x: 30, y: 194, width: 120, height: 34),
            ])
    }

    @Test func overlappingZonesMerge() {
        // A headline over two columns: column 1 joins its zone, column 2 starts its own inside it.
        let headline = BoundingBox(page: 1, x: 30, y: 100, width: 250, height: 18)
        let boxes = [headline] + column(x: 30, top: 125, count: 10) + column(x: 160, top: 125, count: 5)
        #expect(Zones.of(boxes) == [BoundingBox(page: 1, x: 30, y: 100, width: 250, height: 143)])
    }

    @Test func zonesMergeUntilNoneOverlap() {
        // Three zones that no line joins: the third overlaps the first, and their union holds the second.
        let boxes = [
            BoundingBox(page: 1, x: 30, y: 100, width: 100, height: 40),
            BoundingBox(page: 1, x: 30, y: 230, width: 60, height: 20),
            BoundingBox(page: 1, x: 100, y: 130, width: 100, height: 180),
        ]
        #expect(Zones.of(boxes) == [BoundingBox(page: 1, x: 30, y: 100, width: 170, height: 210)])
    }

    @Test func zonesOnTwoPagesStayApart() {
        let boxes = column(x: 30, top: 100, count: 4, page: 1) + column(x: 30, top: 100, count: 4, page: 2)
        #expect(Zones.of(boxes).map(\.page) == [1, 2])
        #expect(Zones.of(boxes).map(\.height) == [46, 46])
    }
}
