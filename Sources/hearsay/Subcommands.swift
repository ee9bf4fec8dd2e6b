import ArgumentParser

/// `extract` as ArgumentParser sees it under `hearsay`, for `--help` and the completion
/// scripts; `Hearsay.main()` runs `Extract` itself when `extract` is the first argument.
struct ExtractSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: Extract.configuration.abstract)

  @OptionGroup var options: Extract

  mutating func run() throws { try options.run() }
}

/// `eval` as ArgumentParser sees it under `hearsay` (see `ExtractSubcommand`).
struct EvalSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval", abstract: Eval.configuration.abstract)

  @OptionGroup var options: Eval

  mutating func validate() throws { try options.validate() }

  mutating func run() throws { try options.run() }
}
