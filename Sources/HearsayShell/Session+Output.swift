import HearsayCore

extension Session {
  /// Where results go now: the `.output` or `.once` file, or nil for `output`.
  package var outputPath: String? { redirect?.file.path }

  /// Writes a result where results go now: the open file, the pager, or `output`.
  ///
  /// A failed write to a file reports the error, removes the partial file and sends later
  /// results to `output` again.
  func emit(_ table: ResultTable, in context: InputContext?) -> Outcome {
    if let (file, once) = redirect {
      file.write(format.render(table, options: RenderOptions(headers: headers)))
      if let failure = file.failure {
        file.discard()
        redirect = nil
        reportFailure(failure.description + (once ? "" : "; results go to the screen again"), in: context)
        return .failure
      }
      if once { return closeRedirect(in: context) ? .success : .failure }
      return .success
    }
    let options = RenderOptions(
      headers: headers, width: format == .table ? width() : nil, color: color)
    if pagerEnabled, pager != nil {
      show(format.render(table, options: options))
    } else {
      // No pager to ask: the bytes go out as rendered, piece by piece, with no String made of
      // them; rendering stops once the reader is gone.
      let output = self.output
      format.render(table, options: options, into: &rendered) { bytes in
        output.write(bytes: bytes)
        return !output.isClosed
      }
    }
    return .success
  }

  /// Writes text for the screen to `output`, through the pager when it is long.
  func show(_ text: String) {
    if pagerEnabled, let pager, Pager.needsPaging(text, rows: rows()), pager.show(text) {
      return
    }
    output.write(text)
  }

  /// Sends results to a file from now on (`.output FILE`, `.once FILE`), putting any file
  /// already open in place first.
  func redirect(to path: String, once: Bool, in context: InputContext) -> Outcome {
    guard closeRedirect(in: context) else { return .failure }
    do {
      redirect = (try OutputFile(path: path), once)
      return .success
    } catch {
      reportFailure(error.description, in: context)
      return .failure
    }
  }

  /// Puts the open `.output` file in place and sends results to `output` again.
  ///
  /// - Returns: false when the file could not be written; the error was reported.
  @discardableResult
  func closeRedirect(in context: InputContext?) -> Bool {
    guard let (file, _) = redirect else { return true }
    redirect = nil
    do {
      try file.commit()
      return true
    } catch {
      reportFailure(error.description, in: context)
      return false
    }
  }

  /// Ends the session: puts an open `.output` file in place.
  ///
  /// - Returns: false when that failed (the error was reported), for a non-zero exit status.
  package func finish() -> Bool {
    closeRedirect(in: nil)
  }
}
