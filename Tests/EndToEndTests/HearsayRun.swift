import Foundation

/// What one run of the binary did.
struct HearsayRun {
  var status: Int32?
  var output: String
  var errors: String

  /// Runs `hearsay` with the arguments, standard input from `input` (or `/dev/null`), and
  /// standard output and error captured in files in the workspace.
  static func run(
    _ arguments: [String], input: String? = nil, in workspace: Workspace
  ) throws -> HearsayRun {
    let executable = try HearsayExecutable.path()
    let tag = UUID().uuidString
    let inputPath = try input.map { try workspace.write("stdin-\(tag)", $0) } ?? "/dev/null"
    let outputPath = workspace.child("stdout-\(tag)")
    let errorPath = workspace.child("stderr-\(tag)")
    ChildProcess.lock.lock()
    let inputFile = ChildProcess.open(inputPath, O_RDONLY)
    let outputFile = ChildProcess.open(outputPath, O_WRONLY | O_CREAT | O_TRUNC)
    let errorFile = ChildProcess.open(errorPath, O_WRONLY | O_CREAT | O_TRUNC)
    let pid = Result {
      try ChildProcess.spawn(
        executable, arguments: arguments, environment: workspace.environment,
        streams: .descriptors(input: inputFile, output: outputFile, error: errorFile))
    }
    [inputFile, outputFile, errorFile].forEach { _ = close($0) }
    ChildProcess.lock.unlock()
    let status = ChildProcess.wait(for: try pid.get())
    return HearsayRun(
      status: status,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  /// Runs `hearsay` with its standard output a pipe whose reading end is already closed, as
  /// when `| head -1` has gone; returns the status and standard error.
  static func runIntoClosedPipe(
    _ arguments: [String], input: String? = nil, in workspace: Workspace
  ) throws -> HearsayRun {
    let executable = try HearsayExecutable.path()
    let tag = UUID().uuidString
    let inputPath = try input.map { try workspace.write("stdin-\(tag)", $0) } ?? "/dev/null"
    let errorPath = workspace.child("stderr-\(tag)")
    ChildProcess.lock.lock()
    let inputFile = ChildProcess.open(inputPath, O_RDONLY)
    let errorFile = ChildProcess.open(errorPath, O_WRONLY | O_CREAT | O_TRUNC)
    let pipe = ChildProcess.makePipe()
    close(pipe.read)
    let pid = Result {
      try ChildProcess.spawn(
        executable, arguments: arguments, environment: workspace.environment,
        streams: .descriptors(input: inputFile, output: pipe.write, error: errorFile))
    }
    [inputFile, errorFile, pipe.write].forEach { _ = close($0) }
    ChildProcess.lock.unlock()
    let status = ChildProcess.wait(for: try pid.get())
    return HearsayRun(
      status: status, output: "",
      errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}
