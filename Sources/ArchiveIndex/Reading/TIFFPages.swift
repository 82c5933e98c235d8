/// Counts a TIFF's pages by walking its chain of image directories, refusing a chain that
/// loops back or points outside the file: tesseract follows such a chain forever.
public enum TIFFPages {
    public struct Invalid: Error, CustomStringConvertible { public let description: String }

    public static func count(_ b: [UInt8]) throws -> Int {
        guard b.count >= 8 else { throw Invalid(description: "not a TIFF image (too short)") }
        let little: Bool
        switch (b[0], b[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: throw Invalid(description: "not a TIFF image (no II or MM byte order)")
        }
        func u16(_ at: Int) -> Int {
            little ? Int(b[at]) | Int(b[at + 1]) << 8 : Int(b[at]) << 8 | Int(b[at + 1])
        }
        func u32(_ at: Int) -> Int {
            little ? u16(at) | u16(at + 2) << 16 : u16(at) << 16 | u16(at + 2)
        }
        guard u16(2) == 42 else { throw Invalid(description: "not a classic TIFF image (BigTIFF or damaged header)") }
        var offset = u32(4)
        var seen: [Int: Int] = [:]  // directory offset → page number
        var pages = 0
        while offset != 0 {
            guard offset + 2 <= b.count else {
                throw Invalid(description: "damaged TIFF: page \(pages + 1) starts past the end of the file")
            }
            if let earlier = seen[offset] {
                throw Invalid(description: "damaged TIFF: page \(pages) points back to page \(earlier) (the page chain loops); not read")
            }
            pages += 1
            seen[offset] = pages
            let entries = u16(offset)
            let next = offset + 2 + entries * 12
            guard next + 4 <= b.count else {
                throw Invalid(description: "damaged TIFF: page \(pages)'s directory runs past the end of the file")
            }
            offset = u32(next)
        }
        guard pages > 0 else { throw Invalid(description: "damaged TIFF: no pages") }
        return pages
    }
}
