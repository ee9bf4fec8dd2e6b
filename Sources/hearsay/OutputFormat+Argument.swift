import ArgumentParser
import HearsayCore

/// `--format table|tsv|csv|json|jsonl|markdown`.
extension OutputFormat: ExpressibleByArgument {}
