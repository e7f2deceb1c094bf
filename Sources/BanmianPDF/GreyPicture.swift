import Banmian
import Foundation

/// A page picture as grey levels, one byte a pixel (0 black, 255 white), row by row: what Banmian looks at
/// itself on a scan (the ink Tesseract left unread) and on a PDF page whose fonts do not name their weight. Read from a binary PGM, which `pdftoppm -gray` writes, or
/// from any picture ImageMagick's `convert` reads.
package struct GreyPicture: Sendable {
    package let width: Int
    package let height: Int
    package private(set) var pixels: [UInt8]

    package init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    package subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// The picture at `path` (its first frame). `source` names the input in errors.
    package static func read(_ path: String, source: String) throws(BanmianError) -> GreyPicture {
        if let data = FileManager.default.contents(atPath: path), data.starts(with: Array("P5".utf8)), let picture = GreyPicture(pgm: data)
        {
            return picture
        }
        let converted = FileManager.default.temporaryDirectory.appendingPathComponent("banmian-grey-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: converted) }
        let outcome = try ExternalTool.convert.run(
            [path + "[0]", "-colorspace", "Gray", "-depth", "8", "pgm:" + converted.path], source: source, timeout: 120)
        guard outcome.status == 0, let data = FileManager.default.contents(atPath: converted.path), let picture = GreyPicture(pgm: data)
        else {
            throw BanmianError(
                .unreadable, source: source,
                detail: "could not be looked at (\(outcome.errors.split(separator: "\n").first ?? "convert failed"))",
                advice: "check that it is a page picture ImageMagick reads")
        }
        return picture
    }

    /// A binary PGM (`P5`, width, height, maximum 255, each separated by white space, comments after `#`);
    /// nil for anything else, or for one whose pixels are cut short.
    package init?(pgm data: Data) {
        let bytes = [UInt8](data)
        var position = 2
        var fields: [Int] = []
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else { return nil }
        while fields.count < 3, position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var value = 0
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]), value < 1 << 30 {
                    value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                    position += 1
                }
                fields.append(value)
                continue
            }
            position += 1
        }
        // One white-space byte ends the header.
        guard fields.count == 3, fields[2] == 255, fields[0] > 0, fields[1] > 0, position < bytes.count else { return nil }
        let (width, height) = (fields[0], fields[1])
        let start = position + 1
        guard width <= 1 << 16, height <= 1 << 16, bytes.count - start >= width * height else { return nil }
        self.init(width: width, height: height, pixels: Array(bytes[start..<(start + width * height)]))
    }

    /// Copies `box` of `picture` here with its top left at `origin`, every pixel inside one of `blanked` white.
    package mutating func paste(_ picture: GreyPicture, from box: PixelBox, at origin: (x: Int, y: Int), blanking blanked: [PixelBox]) {
        let source = box.clipped(width: picture.width, height: picture.height)
        guard source.width > 0, source.height > 0 else { return }
        for y in 0..<source.height where origin.y + y < height {
            for x in 0..<source.width where origin.x + x < width {
                pixels[(origin.y + y) * width + origin.x + x] = picture[source.x + x, source.y + y]
            }
        }
        for blank in blanked {
            let x0 = max(source.x, blank.x), x1 = min(source.maxX, blank.maxX), y0 = max(source.y, blank.y),
                y1 = min(source.maxY, blank.maxY)
            guard x1 > x0, y1 > y0 else { continue }
            for y in y0..<y1 where origin.y + y - source.y < height {
                for x in x0..<x1 where origin.x + x - source.x < width {
                    pixels[(origin.y + y - source.y) * width + origin.x + x - source.x] = 255
                }
            }
        }
    }

    /// The part of the picture in `box` (pixels, clipped to the picture) as a binary PGM, with every pixel inside
    /// one of `blanked` made white: a crop for Tesseract that shows only what it is asked to read.
    package func pgm(of box: PixelBox, blanking blanked: [PixelBox] = []) -> Data {
        let part = box.clipped(width: width, height: height)
        guard part.width > 0, part.height > 0 else { return Data() }
        var crop = GreyPicture(width: part.width, height: part.height, pixels: [UInt8](repeating: 255, count: part.width * part.height))
        crop.paste(self, from: part, at: (0, 0), blanking: blanked)
        return Data("P5\n\(part.width) \(part.height)\n255\n".utf8) + Data(crop.pixels)
    }
}

extension GreyPicture {
    /// How thick the strokes drawn in `box` are, in pixels: twice the dark area over the length of its edges (a
    /// stroke of width w and length l has area w·l and edges 2·l), so that the count of strokes in a character
    /// does not count, only their weight. Pixels darker than the middle grey are ink; nil without ink.
    package func strokeWidth(in box: PixelBox) -> Double? {
        let part = box.clipped(width: width, height: height)
        guard part.width > 1, part.height > 1 else { return nil }
        var area = 0, edges = 0
        for y in part.y..<part.maxY {
            var previous = false
            for x in part.x..<part.maxX {
                let ink = pixels[y * width + x] < 128
                if ink {
                    area += 1
                    if y > part.y, pixels[(y - 1) * width + x] >= 128 { edges += 1 }
                } else if y > part.y, pixels[(y - 1) * width + x] < 128 {
                    edges += 1
                }
                if x > part.x, ink != previous { edges += 1 }
                previous = ink
            }
        }
        return edges > 0 ? 2 * Double(area) / Double(edges) : nil
    }
}

/// A box in a picture's pixels: left, top, width, height.
package struct PixelBox: Sendable, Equatable {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    package var maxX: Int { x + width }
    package var maxY: Int { y + height }

    package func grown(by margin: Int) -> PixelBox {
        PixelBox(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }

    /// The part of the box inside a picture of `width` × `height` (empty when none is).
    package func clipped(width: Int, height: Int) -> PixelBox {
        let left = max(0, x), top = max(0, y)
        return PixelBox(x: left, y: top, width: max(0, min(width, maxX) - left), height: max(0, min(height, maxY) - top))
    }

    /// The share of this box's area that `other` covers.
    package func overlapShare(with other: PixelBox) -> Double {
        let across = max(0, min(maxX, other.maxX) - max(x, other.x)), down = max(0, min(maxY, other.maxY) - max(y, other.y))
        return width * height == 0 ? 0 : Double(across * down) / Double(width * height)
    }
}
