import Foundation
import Testing

@testable import HearsayCore

/// Every attribution form the extractor knows, each on sentences we wrote: the body of a
/// one-article corpus, and the statements expected from it (speaker, cue, kind, content start).
@Suite struct AttributionFormsTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let form: String
    let body: String
    let expected: [(speaker: String, cue: String, kind: StatementKind, content: String)]
    var testDescription: String { form }
  }

  static let rows: [Row] = [
    Row(form: "X said that …", body: "Mayor Ines Moreau said that the bridge would reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge would reopen in May")]),
    Row(form: "X said … (no that)", body: "Ines Moreau said the bridge would reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge would reopen")]),
    Row(form: "…, said X", body: "The bridge will reopen in May, said Mayor Ines Moreau.",
        expected: [("Ines Moreau", "said", .indirect, "The bridge will reopen in May")]),
    Row(form: "…, X added", body: "Ines Moreau spoke first. The bridge will reopen in May, Moreau added.",
        expected: [("Ines Moreau", "added", .indirect, "The bridge will reopen in May")]),
    Row(form: "pronoun speaker", body: "Ines Moreau opened the meeting. She noted that traffic had doubled since March.",
        expected: [("Ines Moreau", "noted", .indirect, "traffic had doubled")]),
    Row(form: "urged with object and coordination",
        body: "Tomas Reyes urged the two councils to share the cost, and finish the work by June.",
        expected: [("Tomas Reyes", "urged", .indirect, "the two councils to share the cost, and finish the work by June")]),
    Row(form: "For his part, X said that …", body: "For his part, Tomas Reyes said that the budget was tight.",
        expected: [("Tomas Reyes", "said", .indirect, "the budget was tight")]),
    Row(form: "relative clause before the cue",
        body: "Tomas Reyes, who also chairs the transport board, said that fares would not rise.",
        expected: [("Tomas Reyes", "said", .indirect, "fares would not rise")]),
    Row(form: "direct quote, curly marks", body: "“We will not wait another year,” Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "We will not wait another year")]),
    Row(form: "direct quote, straight marks", body: "\"We will not wait another year,\" said Ines Moreau.",
        expected: [("Ines Moreau", "said", .direct, "We will not wait another year")]),
    Row(form: "quote introduced by a colon", body: "Ines Moreau told reporters: \"The work starts on Monday.\"",
        expected: [("Ines Moreau", "told", .direct, "The work starts on Monday")]),
    Row(form: "quote spanning sentences with the cue between",
        body: "“The work is late,” Ines Moreau said. “It will cost more. We knew that.”",
        expected: [("Ines Moreau", "said", .direct, "The work is late It will cost more")]),
    Row(form: "question split from its cue", body: "“Who pays for this?” Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "Who pays for this?")]),
    Row(form: "mixed quote", body: "Ines Moreau said the delay was \"completely avoidable\" and blamed the contractor.",
        expected: [("Ines Moreau", "said", .indirect, "the delay was \"completely avoidable\""),
                   ("Ines Moreau", "blamed", .indirect, "the contractor")]),
    Row(form: "scare quotes are not statements", body: "The so-called \"green corridor\" opened on Friday.",
        expected: []),
    Row(form: "according to X, …", body: "According to the Harbor Authority, cargo volumes rose by a third.",
        expected: [("Harbor Authority", "according to", .indirect, "cargo volumes rose by a third")]),
    Row(form: "…, according to X", body: "Cargo volumes rose by a third, according to the Harbor Authority.",
        expected: [("Harbor Authority", "according to", .indirect, "Cargo volumes rose by a third")]),
    Row(form: "unnamed source kept as written", body: "Officials said the plan would be published next week.",
        expected: [("officials", "said", .indirect, "the plan would be published")]),
    Row(form: "a spokesman for …", body: "A spokesman for the ministry said the talks were constructive.",
        expected: [("a spokesman for the ministry", "said", .indirect, "the talks were constructive")]),
    Row(form: "conjoined second cue", body: "Ines Moreau said the bridge was safe and added that inspections would continue.",
        expected: [("Ines Moreau", "said", .indirect, "the bridge was safe"),
                   ("Ines Moreau", "added", .indirect, "inspections would continue")]),
    Row(form: "participle cue", body: "Ines Moreau defended the plan, saying that it would cut journeys by ten minutes.",
        expected: [("Ines Moreau", "defended", .belief, "the plan"),
                   ("Ines Moreau", "saying", .indirect, "it would cut journeys")]),
    Row(form: "nested attribution belongs to the inner speaker",
        body: "Ines Moreau said Tomas Reyes told her that the money was ready.",
        expected: [("Tomas Reyes", "told", .indirect, "the money was ready")]),
    Row(form: "interrupted content", body: "The bridge, Ines Moreau said, will reopen in May.",
        expected: [("Ines Moreau", "said", .indirect, "The bridge will reopen in May")]),
    Row(form: "diplomatic cue", body: "Foreign Minister Elena Marsh underscored that the corridor must stay open.",
        expected: [("Elena Marsh", "underscored", .indirect, "the corridor must stay open")]),
    Row(form: "belief", body: "Ines Moreau believes the bridge will last another century.",
        expected: [("Ines Moreau", "believes", .belief, "the bridge will last")]),
    Row(form: "joint act is a discussion of both",
        body: "Ines Moreau met Tomas Reyes on Monday in Lisbury. They exchanged views on the bus network.",
        expected: [("Ines Moreau and Tomas Reyes", "exchanged views", .discussion, "the bus network")]),
    Row(form: "transcript label", body: "MOREAU: The bridge will reopen in May, and nobody will pay twice.",
        expected: [("MOREAU", ":", .direct, "The bridge will reopen in May")]),
    Row(form: "honorific form of a name", body: "Tomas Reyes spoke last. Mr. Reyes said the deal was fair.",
        expected: [("Tomas Reyes", "said", .indirect, "the deal was fair")]),
    // PolNeAR counts refusals as attributions; hearsay keeps them as a stated position.
    Row(form: "declined to comment is a position, not speech", body: "Ines Moreau declined to comment on the report.",
        expected: [("Ines Moreau", "declined", .belief, "to comment on the report")]),
    Row(form: "passive is no statement", body: "The bridge is said to be the oldest in the region.",
        expected: []),
    Row(form: "the noun states is no cue", body: "The Ohio state auditor resigned on Friday.",
        expected: []),
    Row(form: "a relative that is no reported clause", body: "The Orrin companies that had insured the port paid the bill.",
        expected: []),
    Row(form: "a headline word is no speaker label", body: "Latest: The ferry will run daily from May.",
        expected: []),
    Row(form: "words before a quote that opens mid-sentence", body: "However fast the ferry, the timetable \"is not realistic,\" Ines Moreau said.",
        expected: [("Ines Moreau", "said", .direct, "However fast the ferry, the timetable \"is not realistic")]),
    Row(form: "interrupted before a preposition", body: "The port has a plan, Ines Moreau said, for how the ferry can run in winter.",
        expected: [("Ines Moreau", "said", .indirect, "The port has a plan for how the ferry can run in winter")]),
    Row(form: "a cue inside a subordinate clause stays in the content",
        body: "Ines Moreau said the mayor was right when he said that the port needs a second quay.",
        expected: [("Ines Moreau", "said", .indirect, "the mayor was right when he said that the port needs a second quay"),
                   ("he", "said", .indirect, "the port needs a second quay")]),
    Row(form: "quote signed with a dash after it", body: "“The ferry is late again.” ― Ana Ruiz",
        expected: [("Ana Ruiz", "―", .direct, "The ferry is late again.")]),
    Row(form: "transcript label inside quotation marks", body: "\"MORENO: We will open the port in May.",
        expected: [("MORENO", ":", .direct, "We will open the port in May")]),
    Row(form: "a capitalised heading before a dash is no speaker", body: "FAREWELL — “The ferry line closes at the end of May.”",
        expected: []),
    Row(form: "quote resumed after its cue", body: "“My hope,” Ines Moreau said, “is that the ferry runs all winter.”",
        expected: [("Ines Moreau", "said", .direct, "My hope is that the ferry runs all winter")]),
    Row(form: "any noun phrase before said", body: "People close to him say the budget will pass in June.",
        expected: [("people close to him", "say", .indirect, "the budget will pass in June")]),
    Row(form: "a share of a poll said", body: "Sixty percent said the tunnel was worth its cost.",
        expected: [("Sixty percent", "said", .indirect, "the tunnel was worth its cost")]),
    Row(form: "adverb between speaker and cue", body: "Ines Moreau has long said that the port needs a second quay.",
        expected: [("Ines Moreau", "said", .indirect, "the port needs a second quay")]),
    Row(form: "object of a stance verb ends at its comma", body: "Ines Moreau praised the new timetable, which starts in May.",
        expected: [("Ines Moreau", "praised", .indirect, "the new timetable")]),
    Row(form: "an adverbial before that after a fronted phrase", body: "In her reply, Ines Moreau said on Tuesday that the ferry would run all year.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry would run all year")]),
    Row(form: "said of a topic", body: "Ines Moreau spoke first. “The timetable is a mess,” Moreau said of the new plan.",
        expected: [("Ines Moreau", "said", .direct, "The timetable is a mess")]),
    Row(form: "a relative clause after an inverted speaker",
        body: "“He tried to stop me,” said Ines Moreau, who wrote about the visit in her book.",
        expected: [("Ines Moreau", "said", .direct, "He tried to stop me"),
                   ("Ines Moreau", "wrote", .indirect, "about the visit in her book")]),
    Row(form: "a speaker before the cue, adverbials after it",
        body: "“The port is full,” Tomas Reyes, the harbour master, said just after midnight on Radio Orra.",
        expected: [("Tomas Reyes", "said", .direct, "The port is full")]),
    Row(form: "according to a source that names no one", body: "According to state law, no ferry may sail after dark.",
        expected: [("state law", "according to", .indirect, "no ferry may sail after dark")]),
    Row(form: "according to X inside the sentence", body: "The plan, according to the Harbor Authority, is to double the quay.",
        expected: [("Harbor Authority", "according to", .indirect, "The plan is to double the quay")]),
    Row(form: "interrupted after a fronted clause",
        body: "Ines Moreau spoke first. As the season nears, Moreau says, the number of ferries will grow.",
        expected: [("Ines Moreau", "says", .indirect, "As the season nears the number of ferries will grow")]),
    Row(form: "an apposition between dashes", body: "Ana Ruiz — a teacher from Orra — says she will vote for the ferry plan.",
        expected: [("Ana Ruiz", "says", .indirect, "she will vote for the ferry plan")]),
    Row(form: "any short noun phrase after a closing quote", body: "“We need a bigger port,” the narrator says.",
        expected: [("the narrator", "says", .direct, "We need a bigger port")]),
    Row(form: "a quote the clause goes on after", body: "Tomas Reyes says “the wind is with us” despite the lost vote.",
        expected: [("Tomas Reyes", "says", .indirect, "the wind is with us” despite the lost vote")]),
    Row(form: "a time adverbial between speaker and cue",
        body: "Tomas Reyes, the harbour master, on Tuesday called the new timetable “a disgrace,” and left.",
        expected: [("Tomas Reyes", "called", .indirect, "the new timetable “a disgrace,”")]),
    Row(form: "a quote after a parenthesis is content alone",
        body: "The plan drew blowback from members (“I want my fee back,” wrote Ana Ruiz, a ferry pilot).",
        expected: [("Ana Ruiz", "wrote", .direct, "I want my fee back")]),
    Row(form: "whoever follows told is told",
        body: "Ines Moreau, the mayor, told The Orra Ledger last week she would vote for the plan.",
        expected: [("Ines Moreau", "told", .indirect, "she would vote for the plan")]),
    Row(form: "a quote inside a fronted phrase",
        body: "Citing “duties at home,” a spokeswoman for the mayor told reporters that Moreau would skip the vote.",
        expected: [("a spokeswoman for the mayor", "told", .indirect, "Moreau would skip the vote")]),
    Row(form: "a fronted adjunct before an inverted-looking cue",
        body: "In her reply, Ines Moreau said, “the ferry will run all winter.”",
        expected: [("Ines Moreau", "said", .direct, "the ferry will run all winter")]),
    Row(form: "what X said is a noun phrase", body: "It was not clear what Ines Moreau said about the ferry.",
        expected: []),
    Row(form: "a heading label is no speaker", body: "CORRECTION: An earlier version misstated the ferry fare.",
        expected: []),
    Row(form: "a list of names after a label is no statement",
        body: "Orra: Ana Ruiz, Tomas Reyes, Ines Moreau, Sofia Brandt and Marco Lindgren.",
        expected: []),
    Row(form: "an indirect question after its addressee", body: "The reporter asked Moreau whether the ferry would run in winter.",
        expected: [("the reporter", "asked", .indirect, "whether the ferry would run in winter")]),
    Row(form: "a passive question with its asker", body: "Moreau was asked by host Ana Ruiz whether the ferry would run, and smiled.",
        expected: [("Ana Ruiz", "asked", .indirect, "whether the ferry would run")]),
    Row(form: "a talk show is no evidence", body: "The talk show hosts a new guest every week.",
        expected: []),
    Row(form: "evidence that shows", body: "The ferry carried 9,000 people in May, port records show.",
        expected: [("port records", "show", .indirect, "The ferry carried 9,000 people in May")]),
    Row(form: "a speaker opening the sentence, a relative clause, then the cue",
        body: "A port official, who asked not to be named, said the ferry would run all winter.",
        expected: [("a port official", "asked", .indirect, "not to be named"), ("a port official", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "a name, an adverbial between commas, the cue", body: "Ines Moreau, in a statement on Friday, said the ferry would run all winter.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "a quote, a name and a possessive role", body: "“The ferry runs on time,” Ana Ruiz, Moreau’s chief of staff, said in an interview.",
        expected: [("Ana Ruiz", "said", .direct, "The ferry runs on time")]),
    Row(form: "a quote, a name and a lowercase role", body: "“We think the fare is fair,” Sofia Brandt, legal director for the Orra Ferry Union, said over the phone.",
        expected: [("Sofia Brandt", "said", .direct, "We think the fare is fair")]),
    Row(form: "a speaker noun for a modified name", body: "“The fares are fair,” a spokesman for harbour unions said.",
        expected: [("a spokesman for harbour unions", "said", .direct, "The fares are fair")]),
    Row(form: "a person of a place", body: "“The fares will fall,” former Gov. Ana Ruiz of Vestland said on Monday.",
        expected: [("Gov. Ana Ruiz", "said", .direct, "The fares will fall")]),
    Row(form: "a share opened by a quantity word", body: "About 9 percent said they had no preference.",
        expected: [("about 9 percent", "said", .indirect, "they had no preference")]),
    Row(form: "a plain noun speaker after the content", body: "The new ferry helped turn doubt about the port into support, donors said.",
        expected: [("donors", "said", .indirect, "The new ferry helped turn doubt")]),
    Row(form: "a cue noun after a determiner inside the subject", body: "An earlier report in a harbour paper said that the ferry had lost money.",
        expected: [("an earlier report in a harbour paper", "said", .indirect, "the ferry had lost money")]),
    Row(form: "a relative pronoun standing for a common noun", body: "The ferry union, which endorsed Ines Moreau in November, is large.",
        expected: [("the ferry union", "endorsed", .belief, "Ines Moreau")]),
    Row(form: "a plural speaker noun with a count", body: "Only three senators publicly endorsed the ferry plan.",
        expected: [("three senators", "endorsed", .belief, "the ferry plan")]),
    Row(form: "a subject with a relative clause before say", body: "People who have sailed the route for years say the ferry is safe.",
        expected: [("people who have sailed the route for years", "say", .indirect, "the ferry is safe")]),
    Row(form: "a quote after the cue behind a fronted according to",
        body: "According to port records, Ines Moreau said “the ferry is safe” in her speech.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry is safe")]),
    Row(form: "a place name with commas before that", body: "Ines Moreau said Sunday in Orra, Vestland, that the ferry would run.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry would run")]),
    Row(form: "a participle after a fronted adjunct", body: "At a rally, Ines Moreau praised the crew, calling them “the best in the north.”",
        expected: [("Ines Moreau", "praised", .indirect, "the crew"), ("Ines Moreau", "calling", .direct, "them “the best in the north")]),
    Row(form: "calling a pronoun something", body: "Tomas Reyes criticised the plan, calling it a waste of money.",
        expected: [("Tomas Reyes", "criticised", .indirect, "the plan"), ("Tomas Reyes", "calling", .indirect, "it a waste of money")]),
    Row(form: "a participle after a dateline", body: "ORRA — Ines Moreau visited the port on Monday, accusing the council of delay.",
        expected: [("Ines Moreau", "accusing", .indirect, "the council of delay")]),
    Row(form: "a participle after a fronted month", body: "In May, the port judge ruled for the union, saying the fare rule broke the law.",
        expected: [("the port judge", "saying", .indirect, "the fare rule broke the law")]),
    Row(form: "what X called, with a quote", body: "The club closed in 2009, under what Mayor Ines Moreau called ''the old harbour model,'' and reopened in May.",
        expected: [("Ines Moreau", "called", .direct, "what Mayor Ines Moreau called ''the old harbour model")]),
    Row(form: "what X called, without a quote", body: "The fare rose after what the port officials called a fair deal for the crews.",
        expected: [("the port officials", "called", .indirect, "what the port officials called a fair deal for the crews")]),
    Row(form: "calling one thing another", body: "Tomas Reyes called the delay a reason to rebuild the harbour.",
        expected: [("Tomas Reyes", "called", .indirect, "the delay a reason to rebuild the harbour")]),
    Row(form: "calling a meeting is no statement", body: "Tomas Reyes called a meeting for Monday.", expected: []),
    Row(form: "a negated wish", body: "Ana Ruiz doesn't want to run the ferry in winter.",
        expected: [("Ana Ruiz", "want", .belief, "to run the ferry in winter")]),
    Row(form: "I outside quotes, with no label and no author, is the writer", body: "I think the ferry should run all winter.",
        expected: [("the writer", "think", .belief, "the ferry should run all winter")]),
    Row(form: "a role and the name after it, between commas", body: "''The fares will rise in May,'' the port's spokesman, Tom Baker, said on Monday.",
        expected: [("Tom Baker", "said", .direct, "The fares will rise in May")]),
    Row(form: "said and any noun phrase after a closing quote", body: "\"It is hard to come back so soon,\" said the engineer, who works for a rival yard.",
        expected: [("the engineer", "said", .direct, "It is hard to come back so soon")]),
    Row(form: "a longer closing subject", body: "Reyes will rethink how he deals with the council, a source close to him said.",
        expected: [("a source close to him", "said", .indirect, "Reyes will rethink how he deals with the council")]),
    Row(form: "a focus adverb before the subject", body: "Even the organizer of the harbour rally said the rules raised the risk of delays.",
        expected: [("the organizer of the harbour rally", "said", .indirect, "the rules raised the risk")]),
    Row(form: "capitalised words of a role before the name", body: "\"That was the first time in a long while,\" Morning Show co-anchor Dana Lee said.",
        expected: [("Dana Lee", "said", .direct, "That was the first time in a long while")]),
    Row(form: "a name between dashes after a role", body: "A former harbour candidate -- Tomas Reyes, who lost the 2008 race -- said the mayor offered no changes.",
        expected: [("Tomas Reyes", "said", .indirect, "the mayor offered no changes")]),
    Row(form: "a time adverbial ending in ago", body: "The port authority less than two weeks ago said that the ferry had been sold.",
        expected: [("the port authority", "said", .indirect, "the ferry had been sold")]),
    Row(form: "a number inside the noun phrase after a quote", body: "\"She did not like that,\" said a 2008 campaign veteran.",
        expected: [("a 2008 campaign veteran", "said", .direct, "She did not like that")]),
    Row(form: "a subject of nine words", body: "A city law enforcement official familiar with the inquiry said that charging anyone would be hard.",
        expected: [("a city law enforcement official familiar with the inquiry", "said", .indirect, "charging anyone would be hard")]),
    Row(form: "a participle after an addressee takes the clause's subject", body: "Her campaign sent an email to supporters stating that the ferry would run.",
        expected: [("her campaign", "stating", .belief, "the ferry would run")]),
    Row(form: "a fronted participial phrase is no subject", body: "Walking to the next house, Ines Moreau smiled, saying the ferry would run all winter.",
        expected: [("Ines Moreau", "saying", .indirect, "the ferry would run all winter")]),
    Row(form: "said of a topic names no speaker after it", body: "\"He had many friends in the port,\" Moreau, after a long pause, said of Reyes.",
        expected: [("Moreau", "said", .direct, "He had many friends in the port")]),
    Row(form: "any speech verb after a plain subject", body: "A group of harbour pilots called for a boycott of the ferry.",
        expected: [("a group of harbour pilots", "called for", .indirect, "a boycott of the ferry")]),
    Row(form: "a share that indicated", body: "Twelve percent indicated they were not sure about the ferry.",
        expected: [("Twelve percent", "indicated", .indirect, "they were not sure about the ferry")]),
    Row(form: "a belief after a plain subject", body: "Most of the harbour pilots think the ferry should run all winter.",
        expected: [("most of the harbour pilots", "think", .belief, "the ferry should run all winter")]),
    Row(form: "a belief inside reported speech is the speaker's claim", body: "Ines Moreau said the harbour pilots want a winter ferry.",
        expected: [("Ines Moreau", "said", .indirect, "the harbour pilots want a winter ferry")]),
    Row(form: "an adverb such as since between the auxiliary and the cue", body: "Ines Moreau has since said she would support a winter ferry.",
        expected: [("Ines Moreau", "said", .indirect, "she would support a winter ferry")]),
    Row(form: "a conjoined cue after a fronted by-phrase",
        body: "By the end of the day, Ines Moreau was forced into a rare retreat and said that the plan had been misread.",
        expected: [("Ines Moreau", "said", .indirect, "the plan had been misread")]),
    Row(form: "a pronoun run together with its auxiliary", body: "Tomas Reyes is tired. While he’s said he will fight to the end, the vote is near.",
        expected: [("Tomas Reyes", "said", .indirect, "he will fight to the end")]),
    Row(form: "a passive question with any noun phrase as its asker", body: "Tomas Reyes was asked by a caller why the ferry stopped in winter.",
        expected: [("a caller", "asked", .indirect, "why the ferry stopped in winter")]),
    Row(form: "according to X with no comma before it",
        body: "Entering the final month, Ines Moreau leads Tomas Reyes by 271 votes according to a count by the harbour paper, but the race goes on.",
        expected: [("a count by the harbour paper", "according to", .indirect, "Ines Moreau leads Tomas Reyes by 271 votes")]),
    Row(form: "a one-word object that is a name", body: "Both of the harbour pilots endorsed Moreau.",
        expected: [("both of the harbour pilots", "endorsed", .belief, "Moreau")]),
    Row(form: "a one-word fragment after a cue is no statement", body: "A council member said sarcastically.", expected: []),
    Row(form: "a cue that is a modifier after a noun phrase is no statement", body: "The harbour figures include pledged delegates from every port.",
        expected: []),
    Row(form: "a heading in title case before a colon is no label", body: "Little Relief for the Harbour: The storm closed the port for a whole week.",
        expected: []),
    Row(form: "content ends at a semicolon", body: "Ines Moreau said the ferry would run all winter; the council met on Friday.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "I in a transcript paragraph is its labelled speaker",
        body: "MS. RUIZ: Thank you all for coming. I think the ferry is ready for the winter.",
        expected: [("RUIZ", ":", .direct, "Thank you all for coming"), ("RUIZ", "think", .belief, "the ferry is ready for the winter")]),
    Row(form: "a name with Jr. after its comma", body: "Mayor Tomas Reyes, Jr. said the ferry would run all winter.",
        expected: [("Tomas Reyes", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "evidence with modifiers that found", body: "A harbour survey conducted last week found that most riders wanted a winter ferry.",
        expected: [("a harbour survey conducted last week", "found", .indirect, "most riders wanted a winter ferry")]),
    Row(form: "…, the survey found", body: "Most riders want a winter ferry, the survey found.",
        expected: [("the survey", "found", .indirect, "Most riders want a winter ferry")]),
    Row(form: "evidence published on a day that showed", body: "The report published Tuesday showed that the ferry lost money in March.",
        expected: [("the report published Tuesday", "showed", .indirect, "the ferry lost money in March")]),
    Row(form: "appearing somewhere is no view", body: "Ines Moreau appeared on the evening news to talk about the ferry.", expected: []),
    Row(form: "appearing to hold a view", body: "Ines Moreau appeared to favour a winter ferry.",
        expected: [("Ines Moreau", "appeared", .belief, "to favour a winter ferry")]),
    Row(form: "a cue word after a preposition inside the subject", body: "The former secretary of state said the ferry would run all winter.",
        expected: [("the former secretary of state", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "any phrase before a full name between commas", body: "Another pilot on the night shift, Tomas Reyes, said the ferry was safe.",
        expected: [("Tomas Reyes", "said", .indirect, "the ferry was safe")]),
    Row(form: "said by telephone that …", body: "Ines Moreau said by telephone that the ferry would run all winter.",
        expected: [("Ines Moreau", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "an infinitive after want is the content", body: "Across the harbour, the pilots want to keep the ferry.",
        expected: [("the pilots", "want", .belief, "to keep the ferry")]),
    Row(form: "a subject with over", body: "Riders over 60 say the ferry is too slow.",
        expected: [("Riders over 60", "say", .indirect, "the ferry is too slow")]),
    Row(form: "the that of a later cue is not a belief's", body: "Pilots who want to keep the ferry said on Monday that the vote was unfair.",
        expected: [("Pilots who want to keep the ferry", "said", .indirect, "the vote was unfair")]),
    Row(form: "a gerund after to is no cue", body: "Ines Moreau welcomed the council's commitment to supporting the ferry.",
        expected: [("Ines Moreau", "welcomed", .indirect, "the council's commitment to supporting the ferry")]),
    Row(form: "a lone verb after and is no subject", body: "The council will review the timetable and meet projected demand in winter.",
        expected: []),
    Row(form: "the two leaders spoke about …", body: "Ines Moreau spoke with Tomas Reyes on Monday. The two leaders also spoke about the winter timetable.",
        expected: [("Ines Moreau and Tomas Reyes", "spoke about", .discussion, "the winter timetable")]),
    Row(form: "met with X to discuss …", body: "Ines Moreau met with Tomas Reyes to discuss the winter timetable.",
        expected: [("Ines Moreau and Tomas Reyes", "discuss", .discussion, "the winter timetable")]),
    Row(form: "they after a meeting of unnamed parties", body: "Port officials met with ferry operators from Orra Lines. They discussed the winter timetable.",
        expected: [("they", "discussed", .discussion, "the winter timetable")]),
    Row(form: "the Vice President is not the President",
        body: "Vice President Ines Moreau spoke with President Tomas Reyes of Ostria. The Vice President noted that the ferry would run all winter.",
        expected: [("Ines Moreau", "noted", .indirect, "the ferry would run all winter")]),
    Row(form: "two titled people joined by and",
        body: "Vice President Ines Moreau spoke with President Tomas Reyes of Ostria. The Vice President and President Reyes agreed to keep the ferry.",
        expected: [("Tomas Reyes and Ines Moreau", "agreed", .indirect, "to keep the ferry")]),
    Row(form: "particles inside a name", body: "Harbour Commissioner Lena van der Berg said the ferry would run all winter.",
        expected: [("Lena van der Berg", "said", .indirect, "the ferry would run all winter")]),
    Row(form: "a place after a preposition is no co-speaker",
        body: "Vice President Ines Moreau spoke with President Tomas Reyes of Ostria. They discussed developments in the Baltic Sea and the Vice President underscored her support for the ferry.",
        expected: [("Ines Moreau and Tomas Reyes", "discussed", .discussion, "developments in the Baltic Sea"),
                   ("Ines Moreau", "underscored", .indirect, "her support for the ferry")]),
    Row(form: "calls for in a list of nouns is no cue",
        body: "Vice President Ines Moreau spoke with President Tomas Reyes of Ostria. They discussed recent cases of harassment and calls for violence in the port.",
        expected: [("Ines Moreau and Tomas Reyes", "discussed", .discussion, "recent cases of harassment and calls for violence in the port")]),
    Row(form: "they after a plural speaker is that speaker",
        body: "The leaders welcomed the new ferry timetable. They discussed the winter schedule. They noted that the port would stay open.",
        expected: [("the leaders", "welcomed", .indirect, "the new ferry timetable"),
                   ("the leaders", "discussed", .discussion, "the winter schedule"),
                   ("the leaders", "noted", .indirect, "the port would stay open")]),
    Row(form: "hereby between we and the cue", body: "We hereby reiterate that the ferry must run all winter.",
        expected: [("we", "reiterate", .indirect, "the ferry must run all winter")]),
    Row(form: "we outside quotes is not the last organisation", body: "The Orra Harbour Authority runs the ferry. We call for a winter timetable.",
        expected: [("we", "call for", .indirect, "a winter timetable")]),
    Row(form: "a fronted participle is no speaker",
        body: "Recognizing the vote of the harbour council on Monday, condemning the closure of the port, the pilots went home.", expected: []),
    Row(form: "a hard-wrapped speaker", body: "A spokesman for the harbour\nauthority said the ferry would run.",
        expected: [("a spokesman for the harbour authority", "said", .indirect, "the ferry would run")]),
  ]

  /// Where contents end: a participle modifying a noun, a quote resumed after a time
  /// adverbial, a relative clause before the main verb, a quote running past its sentence.
  @Test(arguments: [
    ("Ines Moreau has long been concerned that the ferry company supporting her, Orra Lines, will not cope with the winter.",
     "concerned", "the ferry company supporting her, Orra Lines, will not cope with the winter"),
    ("“That does not mean no ferry,” one port aide said late last month, “but a smaller one than before.”",
     "said", "That does not mean no ferry but a smaller one than before."),
    ("Tomas Reyes, who says the budget is tight because fares fell, said the councils should wait.",
     "says", "the budget is tight because fares fell"),
    ("Tomas Reyes said the ferry \"may have left the port. I do not want to be a critic of the crew.\"",
     "said", "the ferry \"may have left the port. I do not want to be a critic of the crew."),
    ("Even as Ines Moreau has said that she opposes a winter ferry, her council continues to plan one.",
     "said", "she opposes a winter ferry"),
  ])
  func contentEnds(body: String, cue: String, content: String) throws {
    let corpus = try Self.load(" date 2025-04-10 Test article\n\n\(body)\n")
    let contents = corpus.statements.filter { $0.cue == cue }.map(\.content)
    #expect(contents == [content])
  }

  /// An interview in questions and answers: the answers are the interviewee's, the questions
  /// no statements.
  @Test func interviewAnswersAreTheIntervieweesStatements() throws {
    let corpus = try Self.load(" date 2025-04-10 Interview\n\nInes Moreau runs the port of Orra. We spoke to Moreau.\n\nQ: Will the ferry run in winter?\n\nA: It will run every day from May.\n")
    #expect(corpus.statements.map { "\($0.speaker) | \($0.cue) | \($0.content)" } == ["Ines Moreau | : | It will run every day from May"])
    // "I" in an answer is the interviewee too.
    let answer = try Self.load(" date 2025-04-10 Interview\n\nInes Moreau runs the port of Orra. We spoke to Moreau.\n\nQ: Will the ferry run in winter?\n\nA: It will. I think the crews are ready for it.\n")
    #expect(answer.statements.contains { $0.speaker == "Ines Moreau" && $0.cue == "think" && $0.content == "the crews are ready for it" },
            "\(answer.statements.map { "\($0.speaker) | \($0.cue) | \($0.content)" })")
  }

  /// A title line in title case: the names run into the verb, and the speaker is the person
  /// the article names.
  @Test func titleCaseHeadline() throws {
    let corpus = try Self.load("Moreau Says Ferry Will Run All Winter\n\nMayor Ines Moreau said on Monday that the ferry would not stop.\n")
    let lines = corpus.statements.map { "\($0.speaker) | \($0.cue) | \($0.content)" }
    #expect(lines.contains("Ines Moreau | Says | Ferry Will Run All Winter"), "\(lines)")
    // A title that is a clause, not a name and a verb, has no statement.
    let clause = try Self.load("Why Moreau Must Decide If She Wants A Ferry\n\nThe ferry is late.\n")
    #expect(clause.statements.isEmpty, "\(clause.statements.map(\.content))")
  }

  /// "I" in a statement whose title names its author is the author; with no such title, "I"
  /// outside quotes names no one.
  @Test func theAuthorOfAStatementIsItsI() throws {
    let corpus = try Self.load(" date 2025-04-10 Statement from Mayor Ines Moreau on the Winter Ferry\n\nThe port is busy. I believe the ferry will run all winter.\n")
    #expect(corpus.statements.map { "\($0.speaker) | \($0.cue) | \($0.content)" } == ["Ines Moreau | believe | the ferry will run all winter"])
    let report = try Self.load(" date 2025-04-10 Moreau Visits the Port\n\nThe port is busy. I believe the ferry will run all winter.\n")
    #expect(report.statements.map(\.speaker) == ["the writer"])
  }

  /// A transcript: a label in capitals names the person the title names in full, a turn runs
  /// over the paragraphs after its label, and "I" in a question names no one.
  @Test func transcriptTurns() throws {
    let corpus = try Self.load("""
       date 2025-04-10 Press Briefing by Press Secretary Dana Lee and Adviser Tom Baker

      MS. LEE: Good afternoon to all of you. I want to start with the storm.

      I think the ferry crews did a great job this week.

      Q: Will the ferry run? I hope it does.

      MR. BAKER: I believe it will run all winter.

      """)
    let lines = corpus.statements.map { "\($0.speaker) | \($0.cue) | \($0.content)" }
    #expect(lines == [
      "Dana Lee | : | Good afternoon to all of you. I want to start with the storm",
      "Dana Lee | want | to start with the storm",
      "Dana Lee | think | the ferry crews did a great job this week",
      // (The belief inside the labelled speech repeats it, and stays out.)
      "Tom Baker | : | I believe it will run all winter",
    ])
  }

  @Test(arguments: [
    ("Statement from President Joe\u{A0}Biden on the Anniversary of the Force", "Joe Biden"),
    ("Remarks by Vice President Harris at a Campaign Event", "Harris"),
    ("Statement from Press Secretary Karine Jean-Pierre on the Storm", "Karine Jean-Pierre"),
    ("Statement from the Press Secretary on the Storm", nil),
    ("Remarks as Prepared for Delivery by Mayor Ines Moreau at the Harbour", "Ines Moreau"),
    ("Statement of Governor Tomas Reyes on the Ferry", "Tomas Reyes"),
    ("Statement By Mayor Ines Moreau On the Ferry", "Ines Moreau"),
    ("Press Briefing by Press Secretary Dana Lee", "Dana Lee"),
    ("Biden Says the Economy Is Strong", nil),
    ("Readout of President Biden's Call with Prime Minister Ruiz", nil),
  ] as [(String, String?)])
  func statementAuthors(title: String, author: String?) {
    #expect(StatementAuthor.name(inTitle: title) == author)
  }

  @Test(arguments: [
    ("Press Briefing by Press Secretary Dana Lee and Adviser Tom Baker", ["Dana Lee", "Tom Baker"]),
    ("Background Call by Senior Officials on the Ferry", []),
    ("Moreau Visits the Port", []),
    ("Statement from Mayor Ines Moreau on Trustworthy AI", ["Ines Moreau", "Trustworthy AI"]),
  ] as [(String, [String])])
  func namesInTitles(title: String, names: [String]) {
    #expect(StatementAuthor.names(inTitle: title) == names)
  }

  /// A role in capitals as a transcript label is the person the title names with that role.
  @Test func roleLabelsAreTheirHolders() throws {
    let corpus = try Self.load(" date 2025-04-10 Remarks by President Tomas Reyes and Vice President Ines Moreau at the Harbour Forum\n\nTHE PRESIDENT: Thank you all for coming to the harbour today.\n\nTHE VICE PRESIDENT: We will keep the ferry running all winter.\n")
    #expect(corpus.statements.map(\.speaker) == ["Tomas Reyes", "Ines Moreau"])
  }

  @Test(arguments: [
    (["president"], "Remarks by President Tomas Reyes and Vice President Ines Moreau at the Forum", "Tomas Reyes"),
    (["vice", "president"], "Remarks by President Tomas Reyes and Vice President Ines Moreau at the Forum", "Ines Moreau"),
    (["first", "lady"], "Remarks by First Lady Dana Lee at a Harbour School", "Dana Lee"),
    (["president"], "Remarks by Vice President Ines Moreau at the Forum", nil),
    (["president"], "Statement on the Harbour Forum", nil),
  ] as [([String], String, String?)])
  func roleHoldersInTitles(role: [String], title: String, holder: String?) {
    #expect(StatementAuthor.holder(of: role, inTitle: title) == holder)
  }

  /// A relative pronoun's source runs from the name it stands for, so that either counts.
  @Test func relativePronounSourceSpan() throws {
    let text = " date 2025-04-10 Test article\n\nThe crowd waited for Tomas Reyes, who said the ferry would run all winter.\n"
    let corpus = try Self.load(text)
    let statement = try #require(corpus.statements.first(where: { $0.cue == "said" }))
    let span = try #require(statement.sourceSpan)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "Tomas Reyes, who")
    #expect(statement.speaker == "Tomas Reyes")
  }

  private static func load(_ text: String) throws -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-forms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return CorpusLoader(parallelism: 1).load(paths: [file.path]).corpus
  }

  @Test(arguments: rows)
  func extracts(_ row: Row) throws {
    let corpus = try Self.load(" date 2025-04-10 Test article\n\n\(row.body)\n")
    let found = corpus.statements
    #expect(found.count == row.expected.count, "\(found.map { "\($0.speaker) | \($0.cue) | \($0.kind) | \($0.content)" })")
    for want in row.expected {
      let match = found.first {
        $0.speaker == want.speaker && $0.cue == want.cue && $0.kind == want.kind && $0.content.hasPrefix(want.content)
      }
      #expect(match != nil, "missing \(want.speaker) | \(want.cue) | \(want.kind) | \(want.content) in \(found.map { "\($0.speaker) | \($0.cue) | \($0.kind) | \($0.content)" })")
    }
  }
}
