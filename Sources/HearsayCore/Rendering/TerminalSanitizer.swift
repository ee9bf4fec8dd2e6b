/// Makes untrusted text safe to write to a terminal: removes escape sequences (CSI, OSC, DCS and
/// the rest, in 7- and 8-bit forms), every other C0 and C1 control character but tab and
/// newline, DEL, and the bidirectional overrides and isolates that can make text read in an order
/// other than its bytes'.
///
///     "\u{1B}[31mred\u{1B}[0m\u{7}"  →  "red"
package enum TerminalSanitizer {
  package static func clean(_ text: String) -> String {
    let printableASCII = text.utf8.allSatisfy {
      (0x20..<0x7F).contains($0) || $0 == 0x09 || $0 == 0x0A
    }
    guard !printableASCII, text.unicodeScalars.contains(where: isSuspect) else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
      pending = nil
      switch scalar.value {
      case 0x1B:
        // ESC: what follows decides how long the sequence is.
        guard let next = scalars.next() else { break }
        switch next {
        case "[": pending = skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": pending = skipString(&scalars)
        default:
          // ESC, intermediates 0x20–0x2F, one final byte.
          var byte = next
          while (0x20...0x2F).contains(byte.value), let following = scalars.next() {
            byte = following
          }
          if !(0x30...0x7E).contains(byte.value) { pending = byte }
        }
      case 0x9B: pending = skipControlSequence(&scalars)
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F: pending = skipString(&scalars)
      default:
        if !isSuspect(scalar) { out.append(scalar) }
      }
    }
    return String(out)
  }

  /// Skips the rest of a CSI sequence (parameters and intermediates, then a final byte
  /// 0x40–0x7E); returns a scalar read past it that belongs to the text, if any.
  private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator)
    -> Unicode.Scalar?
  {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return nil }
      if !(0x20...0x3F).contains(scalar.value) { return scalar }
    }
    return nil
  }

  /// Skips an OSC, DCS, SOS, PM or APC string up to its terminator: BEL, `ESC \` or ST (0x9C).
  private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator)
    -> Unicode.Scalar?
  {
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x07, 0x9C: return nil
      case 0x1B:
        let next = scalars.next()
        return next == "\\" ? nil : next
      default: continue
      }
    }
    return nil
  }

  /// Controls other than tab and newline, DEL, C1, and bidirectional embedding controls.
  private static func isSuspect(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
