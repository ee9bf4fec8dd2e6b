import Foundation
import Testing

/// The snapshot cache seen from the command line: a second run answers the same from the
/// cache, a changed file changes the answer, `--no-cache` leaves no cache behind.
@Suite struct SnapshotCacheEndToEndTests {
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples").path

  /// A copy of `examples/` in the workspace.
  static func copyExamples(to workspace: Workspace) throws -> String {
    let folder = workspace.child("examples")
    try FileManager.default.copyItem(atPath: examples, toPath: folder)
    return folder
  }

  static func snapshots(in workspace: Workspace) -> [String] {
    let folder = workspace.child("cache/hearsay/snapshots")
    return (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  }

  @Test func aSecondRunAnswersTheSameFromTheCache() throws {
    let workspace = try Workspace()
    let folder = try Self.copyExamples(to: workspace)
    let query = ["-c", "count statements by speaker", folder]
    let first = try HearsayRun.run(query, in: workspace)
    #expect(first.status == 0)
    #expect(first.errors.isEmpty)
    #expect(Self.snapshots(in: workspace).count == 2)
    let second = try HearsayRun.run(query + ["-c", ".stats"], in: workspace)
    #expect(second.status == 0)
    #expect(second.errors.isEmpty)
    #expect(second.output.hasPrefix(first.output))
    #expect(second.output.contains("cache        10 hits, 0 extracted"))

    let article = folder + "/03_grain_route_call.txt"
    let text = try String(contentsOfFile: article, encoding: .utf8)
    try (text + "\nMinister Lea Novak said the locks would reopen in June.\n")
      .write(toFile: article, atomically: true, encoding: .utf8)
    let changed = try HearsayRun.run(query + ["-c", ".stats"], in: workspace)
    #expect(changed.status == 0)
    #expect(changed.output.contains("Lea Novak\t1"))
    #expect(!first.output.contains("Lea Novak"))
    #expect(changed.output.contains("cache        9 hits, 1 extracted"))
    let fresh = try HearsayRun.run(["--no-cache"] + query, in: workspace)
    #expect(changed.output.hasPrefix(fresh.output))
  }

  @Test func noCacheWritesNoCache() throws {
    let workspace = try Workspace()
    let folder = try Self.copyExamples(to: workspace)
    let run = try HearsayRun.run(["--no-cache", "-c", "people", folder], in: workspace)
    #expect(run.status == 0)
    let extract = try HearsayRun.run(["extract", "--no-cache", folder], in: workspace)
    #expect(extract.status == 0)
    #expect(!extract.output.isEmpty)
    var environment = workspace.environment
    environment["HEARSAY_NO_CACHE"] = "1"
    _ = try HearsayRun.run(["-c", "people", folder], environment: environment, in: workspace)
    #expect(Self.snapshots(in: workspace).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: workspace.child("cache")))
  }

  @Test func extractGivesTheSameLinesWarmAndCold() throws {
    let workspace = try Workspace()
    let folder = try Self.copyExamples(to: workspace)
    let cold = try HearsayRun.run(["extract", folder], in: workspace)
    let warm = try HearsayRun.run(["extract", folder], in: workspace)
    let fresh = try HearsayRun.run(["extract", "--no-cache", folder], in: workspace)
    #expect(cold.status == 0)
    #expect(warm.output == fresh.output)
    #expect(cold.output == fresh.output)
    #expect(Self.snapshots(in: workspace).count == 2)
  }

  @Test func aDamagedCacheIsNoticedOnceAndRebuilt() throws {
    let workspace = try Workspace()
    let folder = try Self.copyExamples(to: workspace)
    let query = ["-c", "count statements by speaker", folder]
    let first = try HearsayRun.run(query, in: workspace)
    let name = try #require(Self.snapshots(in: workspace).first { $0.hasSuffix(".corpus") })
    try "not a snapshot".write(
      toFile: workspace.child("cache/hearsay/snapshots/" + name), atomically: true, encoding: .utf8)
    let damaged = try HearsayRun.run(query, in: workspace)
    #expect(damaged.status == 0)
    #expect(damaged.output == first.output)
    #expect(damaged.errors.hasPrefix("hearsay: cache "))
    #expect(damaged.errors.contains("is damaged (not a hearsay corpus snapshot); rebuilding it"))
    #expect(damaged.errors.split(separator: "\n").count == 1)
    let again = try HearsayRun.run(query, in: workspace)
    #expect(again.errors.isEmpty)
    #expect(again.output == first.output)
  }

  @Test func anUnwritableCacheGivesOneLineAndTheAnswer() throws {
    let workspace = try Workspace()
    let folder = try Self.copyExamples(to: workspace)
    try workspace.write("blocked", "a file where the cache folder should be")
    var environment = workspace.environment
    environment["XDG_CACHE_HOME"] = workspace.child("blocked")
    let run = try HearsayRun.run(
      ["-c", "count statements by speaker", folder], environment: environment, in: workspace)
    let fresh = try HearsayRun.run(
      ["--no-cache", "-c", "count statements by speaker", folder], in: workspace)
    #expect(run.status == 0)
    #expect(run.output == fresh.output)
    #expect(run.errors.hasPrefix("hearsay: cannot write the snapshot cache: "))
    #expect(run.errors.split(separator: "\n").count == 1)
  }
}
