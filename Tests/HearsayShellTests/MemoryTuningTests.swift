import HearsayShell
import Testing

/// The allocator settings the binary makes.
@Suite struct MemoryTuningTests {
  @Test func glibcTakesTheThresholdAndHandsMemoryBack() {
    #if canImport(Glibc)
      #expect(MemoryTuning.apply())
      // Setting it again is as good: the binary sets it at start-up.
      #expect(MemoryTuning.apply())
      let blocks = (0..<64).map { [UInt8](repeating: UInt8($0), count: 1 << 12) }
      #expect(blocks.count == 64)
      #expect(MemoryTuning.releaseFreeMemory())
    #else
      #expect(!MemoryTuning.apply())
      #expect(!MemoryTuning.releaseFreeMemory())
    #endif
    #expect(MemoryTuning.mappedBlockSize == 256 * 1024)
  }
}
