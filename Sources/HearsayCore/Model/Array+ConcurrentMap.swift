import Dispatch

extension Array where Element: Sendable {
  /// The elements transformed as `map` would, the work shared among the processor's cores in
  /// contiguous chunks; the order of the result is the order of the elements.
  ///
  /// For index building over many articles or entities, where each transform (name folding,
  /// splitting a path) is independent of the others; `chunkSize` elements at least go to one
  /// core (small for costly transforms).
  func concurrentMap<T: Sendable>(chunkSize: Int = 256, _ transform: @Sendable (Element) -> T)
    -> [T]
  {
    guard count > chunkSize, count > 1 else { return map(transform) }
    let chunks = (count + chunkSize - 1) / chunkSize
    var parts = [[T]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
      let slots = ChunkSlots(buffer)
      self.withUnsafeBufferPointer { elements in
        let source = ChunkSource(elements)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          let range = (chunk * chunkSize)..<Swift.min(source.base.count, (chunk + 1) * chunkSize)
          slots[chunk] = source.base[range].map(transform)
        }
      }
    }
    return parts.flatMap { $0 }
  }
}

/// The result chunks, each written by one iteration only.
private struct ChunkSlots<T>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<[T]>
  init(_ base: UnsafeMutableBufferPointer<[T]>) { self.base = base }
  subscript(i: Int) -> [T] {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
}

/// The elements, only read while the iterations run.
private struct ChunkSource<Element>: @unchecked Sendable {
  let base: UnsafeBufferPointer<Element>
  init(_ base: UnsafeBufferPointer<Element>) { self.base = base }
}
