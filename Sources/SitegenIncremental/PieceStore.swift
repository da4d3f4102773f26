import SitegenModel
import SitegenOutput
import SitegenRender
import Foundation

/// The build cache's second file: every article's rendered pieces of the briefing, one after
/// another (`.public.sitegen-pieces` beside `public/`). It is tens of megabytes on a large
/// site and changes little between builds, so a rebuild appends the pieces of the articles
/// that changed instead of writing it again, and the cache refers to pieces by where they lie.
///
/// The file starts with a magic string and a generation number, which the cache records: a
/// cache whose generation is not the file's is of no use. Bytes are only ever appended to a
/// file of a given generation, so what an older cache refers to stays valid; when more than
/// half the file is pieces nobody refers to any more, it is written anew under the next
/// generation (beside it, then renamed over it).
package struct PieceStore: Sendable {
    static let magic = Array("SGPIECE1".utf8)
    static let headerSize = 16

    /// The file as it was mapped when the build began.
    package let file: MappedFile
    let generation: Int

    static func location(for output: URL) -> URL {
        OutputSiblings(output: output).url(.pieces)
    }

    /// The store beside `output`, or nil when there is none or it is not one.
    static func open(for output: URL) -> PieceStore? {
        guard let file = MappedFile(path: location(for: output).path), file.bytes.count >= headerSize,
              file.bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        var reader = BinaryReader(file.bytes, at: magic.count)
        guard let generation = try? reader.int() else { return nil }
        return PieceStore(file: file, generation: generation)
    }

    /// Whether `range` lies among the stored pieces.
    func contains(_ range: Range<Int>) -> Bool {
        range.lowerBound >= Self.headerSize && range.upperBound <= file.bytes.count
    }

    /// Stores `pieces` for the next build beside `output`: pieces already in `previous` stay
    /// where they are and the others are appended, or the file is written anew.
    /// Returns its generation and where each piece lies, in order.
    ///
    /// Before a file is replaced, the cache at `index` (which may refer to it) is removed, so
    /// that a build stopped before it writes the new cache never leaves one that refers to
    /// pieces that are gone.
    static func store(_ pieces: [TextPiece], for output: URL, previous: PieceStore?,
                      invalidating index: URL) throws -> (generation: Int, ranges: [Range<Int>]) {
        let path = location(for: output).path
        if let previous, let ranges = try previous.append(pieces, path: path) {
            return (previous.generation, ranges)
        }
        unlink(index.path)
        let generation = (previous?.generation ?? 0) &+ 1
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(pieces.count)
        try AtomicFile.write(to: path) { fd in
            var writer = BinaryWriter(fd: fd)
            try magic.withUnsafeBytes { try writer.raw($0) }
            try writer.int(generation)
            var start = writer.offset
            for piece in pieces {
                ranges.append(start..<start + piece.byteCount)
                start += piece.byteCount
            }
            try writer.pieces(pieces)
            guard writer.offset == start else { throw BinaryReader.Corrupt() }
            try writer.flush()
        }
        return (generation, ranges)
    }

    /// Appends the pieces that are not in this file yet; nil when the file should rather be
    /// written anew (it changed since it was mapped, or it would be mostly unused bytes).
    private func append(_ pieces: [TextPiece], path: String) throws -> [Range<Int>]? {
        let kept = pieces.lazy.compactMap { $0.mapped }.filter { $0.file === self.file }.reduce(0) { $0 + $1.range.count }
        let added = pieces.reduce(0) { $0 + $1.byteCount } - kept
        let length = file.bytes.count + added
        guard length - Self.headerSize <= 2 * (kept + added) + (1 << 20) else { return nil }
        let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == file.bytes.count else { return nil }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(pieces.count)
        var end = file.bytes.count
        var writer = BinaryWriter(fd: fd)
        for piece in pieces {
            if let mapped = piece.mapped, mapped.file === file {
                ranges.append(mapped.range)
            } else {
                ranges.append(end..<end + piece.byteCount)
                end += piece.byteCount
                try piece.withUTF8 { try writer.raw($0) }
            }
        }
        try writer.flush()
        return ranges
    }
}
