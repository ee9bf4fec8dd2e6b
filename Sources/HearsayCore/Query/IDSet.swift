/// A set of statement, sentence or article numbers: a sorted list, or everything but one, so
/// that `not` costs nothing until the set meets a list it narrows.
///
///     only([1, 4]) and not only([4])  →  only([1])
enum IDSet: Equatable, Sendable {
  case only([UInt32])
  case allBut([UInt32])

  static let everything = IDSet.allBut([])

  static func && (a: IDSet, b: IDSet) -> IDSet {
    switch (a, b) {
    case (.only(let x), .only(let y)): return .only(intersection(x, y))
    case (.only(let x), .allBut(let y)), (.allBut(let y), .only(let x)):
      return .only(subtracting(x, y))
    case (.allBut(let x), .allBut(let y)): return .allBut(union(x, y))
    }
  }

  static func || (a: IDSet, b: IDSet) -> IDSet {
    switch (a, b) {
    case (.only(let x), .only(let y)): return .only(union(x, y))
    case (.only(let x), .allBut(let y)), (.allBut(let y), .only(let x)):
      return .allBut(subtracting(y, x))
    case (.allBut(let x), .allBut(let y)): return .allBut(intersection(x, y))
    }
  }

  static prefix func ! (a: IDSet) -> IDSet {
    switch a {
    case .only(let x): return .allBut(x)
    case .allBut(let x): return .only(x)
    }
  }

  /// The numbers in the set, ascending, out of `0..<count`.
  func ids(outOf count: Int) -> [UInt32] {
    switch self {
    case .only(let x): return x
    case .allBut(let x):
      return IDSet.subtracting(Array(0..<UInt32(clamping: count)), x)
    }
  }

  /// The numbers in both sorted lists.
  static func intersection(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var out: [UInt32] = []
    out.reserveCapacity(small.count)
    if small.count * 16 < large.count {
      var lo = 0
      for id in small {
        lo = lowerBound(of: id, in: large, from: lo)
        if lo == large.count { break }
        if large[lo] == id { out.append(id) }
      }
      return out
    }
    var i = 0
    var j = 0
    while i < small.count && j < large.count {
      if small[i] < large[j] {
        i += 1
      } else if small[i] > large[j] {
        j += 1
      } else {
        out.append(small[i])
        i += 1
        j += 1
      }
    }
    return out
  }

  /// The numbers in either sorted list, once each.
  static func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    var out: [UInt32] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        out.append(a[i])
        i += 1
      } else if i == a.count || b[j] < a[i] {
        out.append(b[j])
        j += 1
      } else {
        out.append(a[i])
        i += 1
        j += 1
      }
    }
    return out
  }

  /// The union of many sorted lists.
  static func union(_ lists: [[UInt32]]) -> [UInt32] {
    switch lists.count {
    case 0: return []
    case 1: return lists[0]
    case 2: return union(lists[0], lists[1])
    default:
      var all = lists.flatMap { $0 }
      all.sort()
      var out: [UInt32] = []
      out.reserveCapacity(all.count)
      for id in all where out.last != id { out.append(id) }
      return out
    }
  }

  /// The numbers of sorted `a` that are not in sorted `b`.
  static func subtracting(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    guard !a.isEmpty, !b.isEmpty else { return a }
    var out: [UInt32] = []
    out.reserveCapacity(a.count)
    var j = 0
    for id in a {
      while j < b.count && b[j] < id { j += 1 }
      if j == b.count || b[j] != id { out.append(id) }
    }
    return out
  }

  /// The first position at or after `start` whose number is not below `id`: galloping, then
  /// binary search.
  private static func lowerBound(of id: UInt32, in list: [UInt32], from start: Int) -> Int {
    var step = 1
    var lo = start
    var hi = start
    while hi < list.count && list[hi] < id {
      lo = hi + 1
      hi += step
      step *= 2
    }
    hi = min(hi, list.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid] < id { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
