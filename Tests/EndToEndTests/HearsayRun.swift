import Foundation

/// What one run of the binary did.
struct HearsayRun {
  var status: Int32?
  var output: String
  var errors: String

  /// Runs `hearsay` with the arguments, standard input from `input` (or `/dev/null`), and
  /// standard output and error captured in files in the workspace.
  ///
  /// - Parameters:
  ///   - shell: run `bash` with the arguments instead, for pipelines.
  ///   - environment: the environment, instead of the workspace's.
  ///   - outputPath: where standard output goes (such as `/dev/full`), instead of a file read
  ///     back.
  static func run(
    _ arguments: [String], input: String? = nil, shell: Bool = false,
    environment: [String: String]? = nil, outputPath: String? = nil, in workspace: Workspace
  ) throws -> HearsayRun {
    let executable = shell ? "/bin/bash" : try HearsayExecutable.path()
    let tag = UUID().uuidString
    let inputPath = try input.map { try workspace.write("stdin-\(tag)", $0) } ?? "/dev/null"
    let capturedOutput = workspace.child("stdout-\(tag)")
    let errorPath = workspace.child("stderr-\(tag)")
    ChildProcess.lock.lock()
    let inputFile = ChildProcess.open(inputPath, O_RDONLY)
    let outputFile = ChildProcess.open(outputPath ?? capturedOutput, O_WRONLY | O_CREAT | O_TRUNC)
    let errorFile = ChildProcess.open(errorPath, O_WRONLY | O_CREAT | O_TRUNC)
    let pid = Result {
      try ChildProcess.spawn(
        executable, arguments: arguments, environment: environment ?? workspace.environment,
        streams: .descriptors(input: inputFile, output: outputFile, error: errorFile))
    }
    [inputFile, outputFile, errorFile].forEach { _ = close($0) }
    ChildProcess.lock.unlock()
    let status = ChildProcess.wait(for: try pid.get(), timeout: .seconds(120))
    defer {
      try? FileManager.default.removeItem(atPath: capturedOutput)
      try? FileManager.default.removeItem(atPath: errorPath)
      if input != nil { try? FileManager.default.removeItem(atPath: inputPath) }
    }
    return HearsayRun(
      status: status,
      output: (try? String(contentsOfFile: capturedOutput, encoding: .utf8)) ?? "",
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
