import HearsayCore

/// A small corpus for the query fuzzer, built once through the real loader steps from three
/// invented articles (one dated text, one Markdown, one JSON), so that queries find speakers,
/// topics, meetings and dates to work on.
public enum FuzzCorpus {
  public static let corpus: Corpus = {
    let articles: [(String, String)] = [
      (
        "fuzz/01_ferry.txt",
        """
         date 2025-04-02 Ferry board meets island mayors

        Ferry board chair Nora Lind said the winter timetable would keep two daily crossings. \
        "We will not cut the morning boat," Lind told reporters in Eastholm on Monday. \
        Mayor Piet Vos of the Eastholm council said that fares should stay frozen until May. \
        Lind met Vos and the Island Transport Authority (ITA) in Eastholm on Tuesday.
        Coastal Courier

        """
      ),
      (
        "fuzz/02_mill.md",
        """
        ---
        title: "Mill workers \\u2013 a new deal"
        date: 2024-11-20
        source: Valley Times
        ---
        Union leader Ada Brook said the mill would hire forty workers. The ITA, according to \
        Brook, had promised a new bus line. "It is a fair deal," said Mill owner Sam Carter.

        """
      ),
      (
        "fuzz/03_port.json",
        """
        {"title": "Port fees rise", "maintext": "Harbour master Ole Berg said fees would rise \
        by five percent. Berg believes the ITA will object.", "date_publish": "2025-01-15"}
        """
      ),
    ]
    return FuzzPipeline.extract(files: articles.map { ($0.0, Array($0.1.utf8)) })
  }()

  /// The last table a user saw, for `context N` queries.
  public static let previous = try? QueryEngine.run("who said * about *", on: corpus)
}
