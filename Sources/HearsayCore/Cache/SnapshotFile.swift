/// One snapshot file: what loading each file of one root produced, keyed by path and
/// fingerprint.
///
/// Layout (fixed-width integers little-endian, others `SnapshotEncoder` varints):
///
///     "HEARSAY" 0x1A        magic, 8 bytes
///     version               UInt32, `formatVersion`
///     stamp                 string: the build of hearsay that wrote it
///     root                  string: the root key (`SnapshotRoots`)
///     count                 entries, then for each:
///       path size modified  string, varint, varint (ns)
///       hash                UInt64, the file's `ContentHash`
///       offset length       varints: the payload, from the end of the index
///       checksum            UInt64, `ContentHash` of the payload
///     index checksum        UInt64, `ContentHash` of every byte before it
///     payloads              `SnapshotEncoder.writeFile` of each entry
///
/// The index is checked as a whole when the file is opened; each payload is checked when its
/// file is taken from it, so a damaged payload costs that file only.
struct SnapshotFile: Sendable {
  static let magic: [UInt8] = Array("HEARSAY".utf8) + [0x1A]
  /// Bumped whenever the layout or the payload encoding changes.
  static let formatVersion: UInt32 = 2

  /// Where one file's payload is, and what it was made from.
  struct Entry: Sendable {
    var fingerprint: FileFingerprint
    var payload: Range<Int>
    var checksum: UInt64
  }

  /// One file to write into a snapshot: a payload just encoded, or one kept from the old
  /// snapshot (a slice sharing its bytes).
  struct Record: Sendable {
    var path: String
    var fingerprint: FileFingerprint
    var payload: ArraySlice<UInt8>
    var checksum: UInt64
    /// True when the payload came from the snapshot rather than from extraction.
    var reused: Bool
  }

  /// What opening a snapshot's bytes found.
  enum Opening: Sendable {
    case valid(SnapshotFile)
    /// Another format version, build stamp or root: not trusted, replaced without a word.
    case outdated
    /// Damaged or not a snapshot: not trusted, replaced with a notice.
    case corrupt(String)
  }

  let bytes: [UInt8]
  let entries: [String: Entry]

  /// Reads the header and index of a snapshot, for the build `stamp` and the root key `root`.
  static func open(_ bytes: [UInt8], stamp: String, root: String) -> Opening {
    guard bytes.count >= magic.count + 4, bytes.starts(with: magic) else {
      return .corrupt("not a hearsay snapshot")
    }
    var decoder = SnapshotDecoder(bytes, range: magic.count..<bytes.count)
    do throws(SnapshotError) {
      guard try decoder.readFixed32() == formatVersion, try decoder.readString() == stamp else {
        return .outdated
      }
      let storedRoot = try decoder.readString()
      let count = try decoder.readCount(minimumSize: 22)
      var raw: [(String, Entry)] = []
      raw.reserveCapacity(count)
      for _ in 0..<count {
        let path = try decoder.readString()
        let size = try decoder.read()
        let modified = Int64(try decoder.read())
        let hash = try decoder.readFixed()
        let offset = try decoder.read()
        let length = try decoder.read()
        let checksum = try decoder.readFixed()
        guard offset >= 0, length >= 0 else { throw .malformed("bad payload range") }
        raw.append(
          (
            path,
            Entry(
              fingerprint: FileFingerprint(size: size, modified: modified, hash: hash),
              payload: offset..<(offset + length), checksum: checksum)
          ))
      }
      let indexEnd = decoder.position
      guard try decoder.readFixed() == ContentHash.hash(bytes[..<indexEnd]) else {
        return .corrupt("index checksum mismatch")
      }
      let payloadStart = decoder.position
      var entries: [String: Entry] = [:]
      entries.reserveCapacity(raw.count)
      for (path, var entry) in raw {
        let start = payloadStart + entry.payload.lowerBound
        guard start + entry.payload.count <= bytes.count else {
          return .corrupt("truncated")
        }
        entry.payload = start..<(start + entry.payload.count)
        entries[path] = entry
      }
      guard storedRoot == root else { return .outdated }
      return .valid(SnapshotFile(bytes: bytes, entries: entries))
    } catch {
      switch error {
      case .malformed(let reason): return .corrupt(reason)
      }
    }
  }

  /// The payload of an entry once its checksum is verified.
  func payload(of entry: Entry) throws(SnapshotError) -> ArraySlice<UInt8> {
    let payload = bytes[entry.payload]
    guard ContentHash.hash(payload) == entry.checksum else {
      throw .malformed("payload checksum mismatch")
    }
    return payload
  }

  /// The problems and analyses stored for the file at `path`, whose `bytes` have the entry's
  /// fingerprint.
  func file(_ entry: Entry, path: String, bytes fileBytes: [UInt8]) throws(SnapshotError) -> (
    problems: [LoadProblem], analyses: [ArticleAnalysis], payload: ArraySlice<UInt8>
  ) {
    let payload = try payload(of: entry)
    var decoder = SnapshotDecoder(bytes, range: entry.payload)
    let (problems, analyses) = try decoder.readFile(path: path, bytes: fileBytes)
    return (problems, analyses, payload)
  }

  /// The bytes of a snapshot holding the records, in order: the header and index, then each
  /// payload.
  static func encode(stamp: String, root: String, records: [Record]) -> [ArraySlice<UInt8>] {
    var index = SnapshotEncoder(capacity: 64 + records.count * 64)
    index.append(magic)
    index.write(fixed32: formatVersion)
    index.write(stamp)
    index.write(root)
    index.write(unsigned: UInt64(records.count))
    var offset = 0
    for record in records {
      index.write(record.path)
      index.write(record.fingerprint.size)
      index.write(Int(record.fingerprint.modified))
      index.write(fixed: record.fingerprint.hash)
      index.write(offset)
      index.write(record.payload.count)
      index.write(fixed: record.checksum)
      offset += record.payload.count
    }
    index.write(fixed: ContentHash.hash(index.bytes))
    return [index.bytes[...]] + records.map(\.payload)
  }
}
