/// The machine interface of `hearsay extract`: one JSON object per line, with stable field names.
///
/// Statements: `article` (path), `speaker`, `speakers`, `cue`, `content`, `kind`, `date`,
/// `source_span`, `cue_span`, `content_span`, `sentence`.
public enum ExtractRecords {
  /// Every statement of every kind, one JSON object per line.
  public static func statements(in corpus: Corpus) -> String {
    var out = ""
    for s in corpus.statements {
      let article = corpus.article(s.article)
      out += "{\"article\":\(JSONText.quoted(article.path))"
      out += ",\"speaker\":\(JSONText.quoted(s.speaker))"
      out += ",\"speakers\":\(JSONText.array(s.speakers))"
      out += ",\"cue\":\(JSONText.quoted(s.cue))"
      out += ",\"content\":\(JSONText.quoted(s.content))"
      out += ",\"kind\":\(JSONText.quoted(s.kind.rawValue))"
      out += ",\"date\":\(JSONText.quoted(article.date?.description))"
      out += ",\"sentence\":\(s.sentence)"
      out += ",\"source_span\":\(JSONText.span(s.sourceSpan))"
      out += ",\"cue_span\":\(JSONText.span(s.cueSpan))"
      out += ",\"content_span\":\(JSONText.span(s.contentSpan))}\n"
    }
    return out
  }

  /// Every meeting and call: `article`, `participants`, `date`, `place`, `kind`, `planned`.
  public static func meetings(in corpus: Corpus) -> String {
    var out = ""
    for m in corpus.meetings {
      out += "{\"article\":\(JSONText.quoted(corpus.article(m.article).path))"
      out += ",\"participants\":\(JSONText.array(m.participants))"
      out += ",\"date\":\(JSONText.quoted(m.date?.description))"
      out += ",\"place\":\(JSONText.quoted(m.place))"
      out += ",\"kind\":\(JSONText.quoted(m.kind.rawValue))"
      out += ",\"planned\":\(m.planned)}\n"
    }
    return out
  }

  /// Every entity: `name`, `type`, `aliases`, `roles`, `articles` (paths), `mentions`.
  public static func entities(in corpus: Corpus) -> String {
    var out = ""
    for e in corpus.entities {
      out += "{\"name\":\(JSONText.quoted(e.name)),\"type\":\(JSONText.quoted(e.kind.rawValue))"
      out += ",\"aliases\":\(JSONText.array(e.aliases)),\"roles\":\(JSONText.array(e.roles))"
      out += ",\"articles\":\(JSONText.array(e.articles.map { corpus.article($0).path }))"
      out += ",\"mentions\":\(e.mentions)}\n"
    }
    return out
  }
}
