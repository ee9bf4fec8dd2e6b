/// Folds names for matching: lowercase, accents removed, possessive `'s` dropped, runs of
/// whitespace and hyphens made one space ("Russia's" → "russia", "Andrés" → "andres").
public enum NameFolding {
  public static func fold(_ name: String) -> String {
    if let ascii = foldASCII(name) { return ascii }
    var out = ""
    out.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for scalar in name.unicodeScalars {
      let value = scalar.value
      if scalar.properties.isWhitespace || scalar == "-" || scalar == "\u{2010}" || scalar == "_" {
        pendingSpace = !out.isEmpty
        continue
      }
      if value >= 0x300 && value <= 0x36F { continue }  // combining accents
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      if value < 0x80 {
        out.unicodeScalars.append(Unicode.Scalar(UInt8(value)).lowercasedASCII)
      } else if let base = latinBase[value] {
        out.append(base)
      } else if scalar == "\u{2019}" {
        out.append("'")
      } else {
        out.append(contentsOf: String(scalar).lowercased())
      }
    }
    if out.hasSuffix("'s") { out.removeLast(2) } else if out.hasSuffix("'") { out.removeLast() }
    return out
  }

  /// The fast path for ASCII names, on bytes, written straight into the string's storage; nil
  /// when the name has other characters.
  private static func foldASCII(_ name: String) -> String? {
    let folded: String?? = name.utf8.withContiguousStorageIfAvailable { bytes in
      var any: UInt8 = 0
      for b in bytes { any |= b }
      guard any < 0x80 else { return nil }
      guard !bytes.isEmpty else { return "" }
      // A space is written only in place of a separator skipped: never more bytes than read.
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var n = 0
        var pendingSpace = false
        for b in bytes {
          if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x2D || b == 0x5F {
            pendingSpace = n > 0
            continue
          }
          if pendingSpace {
            out[n] = 0x20
            n += 1
            pendingSpace = false
          }
          out[n] = b >= 0x41 && b <= 0x5A ? b + 32 : b
          n += 1
        }
        if n >= 2, out[n - 2] == 0x27, out[n - 1] == 0x73 {
          n -= 2
        } else if n >= 1, out[n - 1] == 0x27 {
          n -= 1
        }
        return n
      }
    }
    if let folded { return folded }
    var contiguous = name
    contiguous.makeContiguousUTF8()
    return foldASCII(contiguous)
  }

  private static let latinBase: [UInt32: String] = {
    let pairs: [(String, String)] = [
      ("àáâãäåā", "a"), ("ÀÁÂÃÄÅĀ", "a"), ("çćč", "c"), ("ÇĆČ", "c"), ("èéêëēę", "e"),
      ("ÈÉÊËĒĘ", "e"), ("ìíîïī", "i"), ("ÌÍÎÏĪ", "i"), ("ñń", "n"), ("ÑŃ", "n"),
      ("òóôõöøō", "o"), ("ÒÓÔÕÖØŌ", "o"), ("ùúûüū", "u"), ("ÙÚÛÜŪ", "u"), ("ýÿ", "y"), ("Ý", "y"),
      ("šś", "s"), ("ŠŚ", "s"), ("žźż", "z"), ("ŽŹŻ", "z"), ("ł", "l"), ("Ł", "l"), ("ğ", "g"),
      ("ß", "ss"),
    ]
    var table: [UInt32: String] = [:]
    for (letters, base) in pairs {
      for s in letters.unicodeScalars { table[s.value] = base }
    }
    return table
  }()
}

extension Unicode.Scalar {
  var lowercasedASCII: Unicode.Scalar {
    (65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : self
  }
}
