extension Session {
  /// Tab completion over what is loaded now.
  package var completer: Completer {
    let names = completionNames ?? Completer.names(in: corpus)
    completionNames = names
    return Completer(names: names, parameters: Array(parameters.keys))
  }
}
