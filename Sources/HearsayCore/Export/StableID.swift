/// The ids of an export: made from content, never from load order, so that exports of separate
/// shards of a corpus agree and concatenate into one consistent set.
///
/// - article: FNV-1a 64 of the article's path as loaded (UTF-8), as 16 hex digits
///   (`examples/01_harbor_summit.txt` → `StableID.article(path:)`); records of one file have
///   paths like `feed.jsonl#3` or `reut2-000.sgm#17`, so each has its own.
/// - entity: FNV-1a 64 of `KIND|FOLDED NAME` (`person|elena marsh`), the key the corpus merges
///   entities by, with the name folded by `NameFolding`.
/// - statement: the article id, `-s` and the statement's place among the article's statements,
///   from 0 (`3f0c…9a1e-s2`); meeting: the same with `-m` (`3f0c…9a1e-m0`).
public enum StableID {
  /// The id of the article at `path`.
  public static func article(path: String) -> String {
    FNV1a.hex(FNV1a.hash64(path))
  }

  /// The id of the entity of that kind and canonical name.
  public static func entity(kind: EntityKind, name: String) -> String {
    FNV1a.hex(FNV1a.hash64(kind.rawValue + "|" + NameFolding.fold(name)))
  }

  /// The id of the article's `ordinal`-th statement (from 0).
  public static func statement(article: String, ordinal: Int) -> String {
    article + "-s" + String(ordinal)
  }

  /// The id of the article's `ordinal`-th meeting or call (from 0).
  public static func meeting(article: String, ordinal: Int) -> String {
    article + "-m" + String(ordinal)
  }
}
