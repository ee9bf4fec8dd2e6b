/// Words that make up names and the roles around them: titles, honorifics, organisation head
/// words, pronouns, speaker nouns, and function words that are never names.
enum NameLexicon {
  /// Words of a title or role before a name ("Deputy Foreign Minister", "Senator").
  static let titleWords: LexiconSet = [
    "president", "vice", "prime", "minister", "deputy", "foreign", "secretary", "general",
    "chancellor", "premier", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "chairman", "chairwoman", "chair", "director", "governor", "senator", "sen", "sen.", "rep",
    "rep.", "representative", "congressman", "congresswoman", "mayor", "king", "queen", "prince",
    "princess", "chief", "executive", "ceo", "cfo", "coo", "commissioner", "counselor",
    "councillor", "councilor", "councilman", "councilwoman", "leader", "speaker", "adviser",
    "advisor", "state", "defense", "defence", "trade", "finance", "interior", "justice", "health",
    "national", "security", "assistant", "associate", "under", "undersecretary", "head",
    "attorney", "judge", "justice", "lieutenant", "lt", "lt.", "colonel", "col", "gen", "gen.",
    "admiral", "captain", "commander", "sergeant", "officer", "inspector", "superintendent",
    "professor", "prof", "dr", "dr.", "coach", "manager", "boss", "founder", "co-founder",
    "economist", "analyst", "candidate", "nominee", "presidential", "former", "acting", "interim",
    "senior", "top", "first", "lady", "sheriff", "treasurer", "auditor", "comptroller", "mp",
    "mep", "lord", "baroness", "sir", "dame", "archbishop", "bishop", "pope", "cardinal",
    "rabbi", "imam", "emir", "sheikh", "sultan", "economy", "energy", "education", "labor",
    "labour", "agriculture", "transport", "transportation", "environment", "culture", "defense",
    "affairs", "home", "member", "members", "party", "campaign", "press", "communications",
    "policy", "political", "strategist", "pollster", "researcher", "scientist", "expert",
    "officials", "official", "regional", "provincial", "federal", "republican", "democratic",
    "democrat", "gop", "majority", "minority", "whip", "house", "senate", "cabinet", "white",
    "chief-of-staff", "staff", "of", "the", "executive", "managing", "editor", "columnist",
    "correspondent", "reporter", "host", "anchor", "spokesmen",
  ]

  /// Titles that name an office on their own and so show the next capitalised words are a
  /// person: "Minister", "President", "Mr".
  static let personTitles: LexiconSet = [
    "president", "minister", "secretary", "chancellor", "premier", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "governor",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "king",
    "queen", "prince", "princess", "chief", "ceo", "commissioner", "counselor", "councillor",
    "leader", "speaker", "adviser", "advisor", "judge", "justice", "colonel", "gen", "general",
    "admiral", "captain", "commander", "professor", "prof", "coach", "manager", "boss", "founder",
    "economist", "analyst", "candidate", "nominee", "sheriff", "mp", "lord", "baroness", "sir",
    "dame", "pope", "cardinal", "emir", "sheikh", "sultan", "strategist", "pollster", "editor",
    "columnist", "correspondent", "host", "anchor", "attorney", "officer", "executive",
  ]

  /// Honorifics and the gender they show (nil: either).
  static let honorifics = LexiconTable<Gender?>([
    "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
    "miss": .female, "dr": nil, "dr.": nil, "prof": nil, "prof.": nil, "sir": .male,
    "lord": .male, "lady": .female, "dame": .female, "madam": .female,
  ])

  /// Last words of organisation names.
  static let organizationHeads: LexiconSet = [
    "organisation", "organization", "ministry", "council", "committee", "commission", "party",
    "bank", "union", "agency", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd",
    "plc", "group", "university", "college", "institute", "association", "federation", "league",
    "department", "office", "bureau", "service", "services", "board", "authority", "court",
    "parliament", "congress", "senate", "house", "assembly", "administration", "government",
    "times", "post", "news", "journal", "press", "network", "foundation", "fund", "forum",
    "alliance", "coalition", "club", "society", "center", "centre", "trust", "airlines",
    "airways", "motors", "industries", "holdings", "partners", "capital", "labs", "systems",
    "technologies", "telegraph", "guardian", "herald", "tribune", "daily", "channel", "reuters",
    "campaign", "pentagon", "kremlin", "nato", "police", "army", "navy", "force", "forces",
    "secretariat", "summit", "school", "hospital", "club", "fc", "united", "city", "mission",
    "cabinet", "caucus", "movement", "front", "republicans", "democrats", "politburo",
  ]

  /// Words that never begin a name even when capitalised at a sentence start.
  static let functionWords: LexiconSet = [
    "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "to", "of", "for", "with",
    "by", "from", "as", "is", "are", "was", "were", "be", "this", "that", "these", "those", "it",
    "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
    "there", "here", "when", "while", "after", "before", "since", "however", "meanwhile",
    "also", "not", "no", "yes", "so", "yet", "then", "than", "what", "which", "who", "whom",
    "whose", "where", "why", "how", "all", "some", "many", "most", "more", "both", "each",
    "every", "other", "another", "such", "according", "although", "though", "because",
    "during", "despite", "under", "over", "about", "into", "onto", "upon", "last", "next",
    "earlier", "later", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "speaking", "asked", "but", "still", "now",
    "even", "just", "only", "first", "second", "third", "one", "two", "three", "four", "five",
    "mr", "mrs", "ms", "dr", "sir", "read", "click", "watch", "see", "let", "let's", "it's",
    "we're", "i'm", "don't", "can't", "that's", "there's", "here's", "he's", "she's",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec",
  ]

  /// Person pronouns with their gender and number.
  static let pronouns: [String: (gender: Gender?, plural: Bool)] = [
    "he": (.male, false), "him": (.male, false), "his": (.male, false),
    "she": (.female, false), "her": (.female, false),
    "they": (nil, true), "them": (nil, true), "their": (nil, true),
    "it": (.neuter, false), "its": (.neuter, false),
    "i": (nil, false), "we": (nil, true), "you": (nil, false),
  ]

  /// Common nouns that can be speakers without a name: "officials said", "a spokesman said".
  static let speakerNouns: LexiconSet = [
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "source",
    "sources", "analyst", "analysts", "expert", "experts", "critic", "critics", "supporter",
    "supporters", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "minister",
    "ministers", "leader", "leaders", "president", "ministry", "government", "company", "firm",
    "police", "report", "reports", "study", "studies", "poll", "polls", "survey", "surveys",
    "statement", "campaign", "spokespeople", "observers", "economists", "economist",
    "researchers", "researcher", "scientists", "investigators", "prosecutors", "lawmakers",
    "legislators", "diplomats", "diplomat", "residents", "witnesses", "witness", "voters",
    "members", "member", "organizers", "executives", "executive", "doctors", "teachers",
    "parents", "people", "democrats", "republicans", "opponents", "allies", "activists",
    "protesters", "authorities", "agency", "committee", "council", "group", "groups", "data",
    "figures", "documents", "letter", "memo", "sides", "countries", "nations", "team", "club",
    "manager", "coach", "chief", "secretary", "governor", "senator", "mayor", "candidate",
    "nominee", "director", "chairman", "judge", "court", "lawyer", "lawyers", "attorney",
    "attorneys", "strategist", "strategists", "pollster", "pollsters", "insiders", "someone",
    "administration", "department", "office", "white", "officer", "officers", "spokespersons",
    "representative", "representatives", "delegates", "delegation", "board", "bank", "union",
    "party", "campaigns", "commission", "article", "editorial", "book", "website", "ad",
    "columnist", "host", "people", "everyone", "many", "others", "some", "most", "both",
    "man", "woman", "men", "women", "person", "friend", "friends", "family", "partner",
    "colleague", "colleagues", "staff", "employee", "employees", "workers", "fans", "players",
    "player", "owner", "owners", "founder", "boss", "head", "chief", "user", "users",
    "customers", "consumers", "investors", "traders", "dealers", "bankers", "banks", "companies",
    "firms", "industry", "unions", "group", "agencies", "authority",
    // Heads of sources in political news (PolNeAR train): "donors said", "the newspaper reported".
    "reporter", "reporters", "crowd", "rivals", "rival", "politicians", "organization", "organizations",
    "lawsuit", "newspaper", "newspapers", "establishment", "advocates", "advocate", "filings", "donors",
    "donor", "conservatives", "liberals", "progressives", "businessman", "businesswoman", "audience", "camp",
    "community", "activist", "attendees", "operatives", "backers", "backer", "narrator", "actor", "actress",
    "panel", "staffer", "staffers", "journalist", "journalists", "network", "networks", "superdelegates",
    "speakers", "commentators", "moderator", "moderators", "pundits", "veteran", "veterans", "tycoon", "mogul",
    "front-runner", "hopeful", "hopefuls", "senators", "governors", "mayors", "congressmen", "judges",
    "outlets", "outlet", "airline", "opinion", "paper", "foundation", "institute", "association", "coalition",
    "agreement", "ruling", "filing", "complaint", "indictment", "affidavit", "lawmaker", "candidates", "nominees",
  ]

  /// Group nouns naming several participants: "the two leaders", "both sides".
  static let groupNouns: LexiconSet = [
    "leaders", "sides", "ministers", "presidents", "parties", "delegations", "countries",
    "nations", "officials", "men", "women", "two", "both",
  ]
}

/// Grammatical gender as far as pronouns show it.
enum Gender: Sendable, Equatable {
  case male, female, neuter
}
