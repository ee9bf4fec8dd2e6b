/// Equal values made to share one storage while a model is assembled: the first of each is
/// kept and handed back for every equal one after it.
///
/// Arrays and long strings are references to heap storage: a million statements each naming
/// `["Joe Biden"]` hold a million one-element arrays, but one when their lists are shared.
///
///     var shared = SharedValues<[EntityID]>()
///     let a = shared.intern([EntityID(7)])
///     let b = shared.intern([EntityID(7)])   // b uses a's storage
///
/// Strings go in as `ExactStrings`: `String`'s own equality would take a decomposed accent for
/// a composed one and hand back other bytes.
struct SharedValues<Value: Hashable> {
  private var known: Set<Value> = []

  /// The value itself the first time, and the first equal value after that.
  mutating func intern(_ value: Value) -> Value {
    known.insert(value).memberAfterInsert
  }

  /// How many distinct values were seen.
  var count: Int { known.count }
}

/// A list of strings equal to another only when their bytes are: `String` equality is canonical
/// equivalence (`"e\u{301}" == "é"`).
struct ExactStrings: Hashable {
  let strings: [String]

  init(_ strings: [String]) { self.strings = strings }

  static func == (a: ExactStrings, b: ExactStrings) -> Bool {
    a.strings.count == b.strings.count
      && zip(a.strings, b.strings).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(strings.count)
    for string in strings {
      hasher.combine(string.utf8.count)
      // The bytes in one call (a call per byte had cost more than the rest of the merge).
      if string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
        Array(string.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
      }
    }
  }
}

extension Array {
  /// The elements in storage of their own count: an array grown by appending holds up to twice
  /// the room it needs, kept for as long as the array lives.
  func fitted() -> [Element] {
    guard capacity > count else { return self }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = buffer.initialize(fromContentsOf: self)
    }
  }
}
