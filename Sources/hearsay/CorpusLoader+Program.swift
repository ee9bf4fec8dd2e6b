import ArgumentParser
import HearsayCore
import HearsayShell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CorpusLoader {
  /// The loader of this program: with the snapshot cache in `$XDG_CACHE_HOME/hearsay`, unless
  /// `noCache`, `HEARSAY_NO_CACHE=1`, or no cache folder or build stamp can be found.
  static func forThisProgram(noCache: Bool) -> CorpusLoader {
    guard !noCache, Environment.value(of: "HEARSAY_NO_CACHE") != "1",
      let directory = SnapshotCache.defaultDirectory(environment: Environment.value(of:)),
      let stamp = buildStamp()
    else { return CorpusLoader() }
    return CorpusLoader(cache: SnapshotCache(directory: directory, stamp: stamp))
  }

  /// Identifies this build of hearsay, so that a snapshot written by another build (whose
  /// extraction may differ) is not trusted: the version, and the size and modification time
  /// of the running binary.
  private static func buildStamp() -> String? {
    var st = stat()
    guard stat("/proc/self/exe", &st) == 0 || stat(CommandLine.arguments[0], &st) == 0 else {
      return nil
    }
    #if canImport(Darwin)
      let modified = "\(st.st_mtimespec.tv_sec).\(st.st_mtimespec.tv_nsec)"
    #else
      let modified = "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    #endif
    return "hearsay \(Session.version) binary \(st.st_size) bytes modified \(modified)"
  }
}

extension ArgumentHelp {
  /// The help of `--no-cache`, on the main command and the subcommands.
  static let noCache = ArgumentHelp(
    "Extract every file afresh; neither read nor write the snapshot cache.",
    discussion: "Example: --no-cache news/ (also HEARSAY_NO_CACHE=1)")
}

extension LoadOutcome {
  /// Writes the snapshot cache's notices (a damaged snapshot rebuilt, one that could not be
  /// written), one `hearsay: …` line each.
  func reportCacheNotices(to errors: any TextSink) {
    for notice in cache?.notices ?? [] {
      errors.write("hearsay: \(TerminalSanitizer.clean(notice))\n")
    }
  }
}
