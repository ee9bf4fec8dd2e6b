#if canImport(Glibc)
  import Glibc
#endif

/// What the process asks of the C allocator: to map large blocks on their own, set once at
/// start-up, and to hand freed memory back once a corpus is loaded.
package enum MemoryTuning {
  /// Blocks of at least this many bytes are mapped on their own, and unmapped when freed.
  package static let mappedBlockSize: Int32 = 256 << 10
  /// glibc's `M_MMAP_THRESHOLD` (`malloc.h`, which the Glibc module leaves out).
  private static let mmapThreshold: Int32 = -3

  /// Fixes glibc's threshold for mapping large blocks on their own at `mappedBlockSize`.
  ///
  /// Left alone, glibc raises the threshold each time a large mapped block is freed (up to
  /// 32 MB), after which large blocks (a file's text, a growing array, a word index's lists)
  /// come from the heap, whose freed space is kept rather than returned: a query session on all
  /// shared corpora then peaked 80 MB higher for the same live data.
  ///
  /// - Returns: whether the allocator took the setting (false where it is not glibc's).
  @discardableResult
  package static func apply() -> Bool {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let mallopt = function("mallopt", as: Mallopt.self) else { return false }
      return mallopt(mmapThreshold, mappedBlockSize) == 1
    #else
      return false
    #endif
  }

  /// Hands the pages of freed memory back to the system (`malloc_trim`): extraction frees
  /// much in small blocks scattered over the heap, which the word indexes built next would
  /// not reuse.
  ///
  /// - Returns: whether the call was made (false where the allocator is not glibc's).
  @discardableResult
  package static func releaseFreeMemory() -> Bool {
    #if canImport(Glibc)
      typealias MallocTrim = @convention(c) (Int) -> Int32
      guard let trim = function("malloc_trim", as: MallocTrim.self) else { return false }
      _ = trim(0)
      return true
    #else
      return false
    #endif
  }

  #if canImport(Glibc)
    /// A C function of the process looked up by name: `malloc.h` is not in the Glibc module.
    private static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
      return unsafeBitCast(symbol, to: type)
    }
  #endif
}
