/** English stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const en: StanceWords = {
  ...NEGATION_WORDS.en,
  debunk: [
    // A story called an urban legend is called doubtful.
    { cue: "urban\\s+(?:legends?|myths?)", example: "The story of the midnight club is probably an urban legend." },
    // A correction of what was printed: what it corrects is reported false.
    { cue: "retract(?:s|ed|ing|ion)", example: "The paper retracted its report on the harbour closure." },
    { cue: "(?:wrongly|incorrectly|mistakenly|erroneously)\\s+(?:reported|stated|said|claimed|wrote)", example: "We wrongly reported that the harbour would close." },
    // A correction appended to the article itself: it retracts what the article printed.
    { cue: "(?:an?\\s+|the\\s+)?(?:earlier|previous|original)\\s+version\\s+of\\s+this\\s+(?:article|story|report|post|piece)\\s+(?:\\p{L}+ly\\s+)?(?:reported|said|stated|claimed|wrote|misstated)|this\\s+(?:article|story|report|post|piece)\\s+(?:originally|initially|previously|earlier)\\s+(?:reported|said|stated|claimed)|we\\s+regret\\s+the\\s+error", example: "An earlier version of this article reported that the harbour would close. We regret the error.", retraction: true },
    { cue: "contrary to (?:earlier |some |media |previous )?reports", example: "Contrary to earlier reports, the council approved no money." },
    { cue: "hoax(?:es|ed|er|ers)?", example: "The chess robot story was a hoax." },
    { cue: "fake[sd]?", example: "The photo of the flooded stadium is fake." },
    { cue: "satir(?:e|ical|ically|ist)", example: "The piece first ran on a satirical website.", satire: true },
    { cue: "spoof(?:s|ed|ing)?", example: "Newspaper falls for harbour spoof.", satire: true },
    { cue: "parod(?:y|ies|ied)", example: "The mayor's statement was a parody.", satire: true },
    { cue: "prank(?:s|ed|ster|sters)?", example: "The announcement turned out to be a student prank.", satire: true },
    { cue: "jok(?:e|es|ing)", example: "The award was a joke from a comedy site.", satire: true },
    { cue: "false(?:ly|hood|hoods)?", example: "The claim about the bridge is false." },
    { cue: "untrue", example: "The minister said the report was untrue." },
    // A correction's verdict on what it corrects ("That is incorrect: the board plans fourteen").
    // Also of several things, and with a word of degree ("The allegations are entirely inaccurate", "were wholly unfounded").
    { cue: "(?:is|was|are|were)\\s+(?:(?:entirely|wholly|completely|totally|utterly|simply|patently|clearly)\\s+)?(?:incorrect|inaccurate|erroneous|wrong|unfounded|baseless|groundless)", example: "The report said forty berths would close. That is incorrect." },
    // A verdict adjective with no other use ("unfounded claims", "a baseless rumour"), unlike "inaccurate" or "wrong".
    { cue: "unfounded|baseless|groundless", example: "The mayor called the reports about the harbour baseless." },
    { cue: "not true", example: "Police said the rumour is not true." },
    // A verdict on each of the stories told before it ("None of these reports are true", "none of it was true").
    { cue: "none\\s+of\\s+(?:these|those|them|it|this|that|the|such)(?:\\s+\\p{L}+){0,5}\\s+(?:is|was|are|were)\\s+true", example: "Posts said the ferry sank and the pier burned. None of these stories were true." },
    { cue: "debunk(?:s|ed|ing)?", example: "Researchers debunked the viral post." },
    { cue: "fabricat(?:ed|ion|ions)", example: "The quotation was fabricated." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    // "AI" only before a tool's noun or where the phrase ends: not a name ("made by Ai Weiwei": the pattern ignores case).
    { cue: "(?:generated|created|made|produced|fabricated)\\s+(?:with|by|using)\\s+(?:an?\\s+|the\\s+)?(?:AI(?=[\\s-]+(?:tools?|apps?|programs?|software|models?|generators?|image|video|voice|chatbots?)(?![\\p{L}])|\\s*[.,;:!?)]|$)|A\\.I\\.|artificial[- ]intelligence)", example: "The image of the flooded square was made with an AI tool." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "(?:appears?|appeared|features?|featured|occurs?|occurred)\\s+nowhere|nowhere\\s+to\\s+be\\s+found|no\\s+(?:record|trace)\\s+of\\s+(?:any\\s+such|such|this|that|these|those)", example: "The quote appears nowhere in her speeches.", saying: true },
    // Not "made up his mind" nor "made up of three parts".
    { cue: "made[- ]up(?!\\s+(?:of|for|\\p{L}+['’]?s?\\s+minds?)(?![\\p{L}\\p{N}]))", example: "The interview was made up." },
    // A verdict that the words or pictures were twisted or altered; not a signal "distorted by the storm".
    { cue: "(?:is|was|are|were)\\s+(?:an?\\s+)?(?:(?:gross|clear|blatant|complete|total|deliberate)\\s+)?distortions?|distorted\\s+(?:quotes?|quotations?|versions?|claims?|account)", example: "The quote shared online is a distortion." },
    { cue: "doctored", example: "The photo of the flooded square was doctored." },
    { cue: "forger(?:y|ies)", example: "The ministry says the letter is a forgery." },
    { cue: "bogus", example: "The bogus report spread on social media." },
    { cue: "sham", example: "The institute behind the study was a sham." },
    { cue: "phon(?:e)?y", example: "The phony press release fooled editors." },
    { cue: "rumou?r(?:s|ed)?", example: "The rumored deal was never signed." },
    { cue: "no evidence", example: "There is no evidence that the mayor resigned." },
    { cue: "(?:fell|falls|fall|falling) for", example: "Two papers fell for the story." },
    // A misidentification: what X was taken for, X is not ("mistook the shadow for a bear", "seats mistaken for
    // passengers"). A verb only: the noun ("it was a mistake for the club to sell him", "the mistakes of the board for
    // years") names no thing taken for another.
    { cue: "(?:mistook|mistaken|mistaking|mistakes?(?=\\s+(?!(?:for|of|in|on|by|made|were|was|are|is|and|that|to)(?![\\p{L}]))[\\p{L}\\p{N}'’-]))(?:\\s+[\\p{L}\\p{N}'’-]+){0,8}?\\s+for(?![\\p{L}])", example: "Villagers mistook a kite for a drone over the Harlow bridge." },
    // The same told with an adverb of error ("was erroneously taken for a bear", "wrongly identified as a drone").
    { cue: "(?:mistakenly|erroneously|wrongly|wrongfully)\\s+(?:taken|took|identified|misidentified)(?:\\s+[\\p{L}\\p{N}'’-]+){0,6}?\\s+(?:for|as)(?![\\p{L}])", example: "A kite over the Harlow bridge was erroneously taken for a drone." },
    { cue: "fool(?:s|ed|ing)?", example: "A fake study fooled the press." },
    { cue: "trick(?:s|ed|ing)?", example: "A journalist tricked outlets into running the story." },
    { cue: "dup(?:e|ed|ing)", example: "Readers were duped by the viral post." },
    { cue: "(?:mis|dis)information", example: "Experts called the post misinformation." },
    { cue: "misleading", example: "The headline was misleading." },
    { cue: "fact[- ]check(?:s|ed|ing|ers?)?", example: "A fact-check traced the post to one account." },
    { cue: "fiction(?:al)?", example: "The story is fiction." },
    { cue: "fantasy", example: "The site calls itself a fantasy news website." },
    // Not the routine "have denied any wrongdoing" beside an accusation: the accused's answer, not the article's verdict.
    { cue: "deni(?:ed|es|al)(?!\\s+(?:any\\s+|all\\s+)?wrongdoing)", example: "The club denied the report.", denial: true },
    // The participle and the plain verb only before what is denied ("…, his family said, denying the report"): "deny"
    // alone is as often a refusal ("denying him a visa").
    { cue: "deny(?:ing)?\\s+(?:the\\s+|a\\s+|an\\s+|any\\s+|these\\s+|those\\s+|such\\s+|all\\s+)?(?:reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?|news|that)(?![\\p{L}])", example: "The family issued a statement denying the report of his death.", denial: true },
    // A rebuttal of what others say ("rejects claims that …", "dismissed reports that …"): the rebutter's verdict on them.
    { cue: "(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|disput(?:e|es|ed|ing))\\s+(?:the\\s+|these\\s+|those\\s+|such\\s+|any\\s+)?(?:claims?|reports?|suggestions?|allegations?|assertions?|rumou?rs?)", example: "The union rejects claims that the depot will close in May.", denial: true },
    { cue: "dubious", example: "The dubious claim spread quickly." },
    { cue: "never happened", example: "The meeting never happened." },
    { cue: "did not happen", example: "The ferry rescue did not happen." },
    { cue: "(?:is|was|isn't|wasn't) not real", example: "The letter was not real." },
    { cue: "(?:does|did) not exist|never existed", example: "The institute does not exist." },
    { cue: "tongue[- ]in[- ]cheek", example: "The award was a tongue-in-cheek piece.", satire: true },
    // A fact-check's answer opening its headline or a sentence ("No, …"), not "whether or not, …" nor another language's "o no,".
    { cue: answerOpening("no"), example: "No, the mayor has not resigned." },
    // A denial that the words were said at all, closing on itself ("She did not say that."), not "did not say that the …".
    { cue: "(?:did not|didn['’]t|never) (?:say|said) (?:that|this|it|so|those words|any such thing)(?=\\s*[.!;])", example: "The post quotes the mayor on the ferry. She did not say that.", saying: true },
    // A fact-check's rating line ("Rating: ALTERED", "Our ruling: Mostly false").
    { cue: "(?:rating|ruling|verdict)\\s*:\\s*(?:altered|doctored|manipulated|fabricated|misleading|missing context|out of context|mostly false|pants on fire|incorrect|unproven|unsupported|miscaptioned|misattributed)", example: "Rating: ALTERED", saying: true },
    { cue: "misattribut(?:ed|ion)", example: "The quote is misattributed to the mayor.", saying: true },
    // Words that call a quotation itself fake or only claimed ("a hoax quote", "was claimed to have said", "supposedly
    // released"): they doubt the words were said, whatever the words negate.
    { cue: "(?:hoax|fake|false|fabricated|bogus|invented|made-up|phony|spurious|doctored) (?:quotes?|quotations?|statements?)", example: "The post contained a hoax quote from the mayor.", saying: true },
    { cue: "(?:was|were|is|are) (?:claimed|purported|supposed) to have (?:said|written|stated|declared|released|issued)", example: "\"We will sell the harbour,\" the mayor was claimed to have said.", saying: true },
    { cue: "(?:supposedly|purportedly) (?:said|says|wrote|released|issued|stated|declared|made)", example: "The statement the mayor supposedly released reads as follows.", saying: true },
    { cue: "really(?=[^.!?]*\\?)", example: "Did the mayor really resign?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "what\\s+(?:[\\p{L}.'’-]+\\s+){1,4}(?:actually\\s+|really\\s+)?(?:said|says|wrote|told\\s+[\\p{L}.'’-]+)\\s+(?:was|is)", example: "What the mayor actually said was that the ferry would run until May." },
    { cue: "in fact", example: "In fact, the council approved twelve new berths." },
    { cue: "in reality", example: "In reality, the bridge will close for two weeks." },
    { cue: "(?:the\\s+)?(?:real|actual|correct|original|accurate)\\s+(?:figure|number|quote|quotation|words|statement|version|wording)\\s+(?:is|was|reads|read)", example: "The original quote reads: we will cut fares by 5 percent." },
  ],
  negationScope: [
    { cue: "in\\s+(?:its|their|the|this)\\s+(?:current|present)\\s+form", example: "The board will not sign the deal in its current form." },
    { cue: "for\\s+(?:now|the\\s+time\\s+being)", example: "The board will not sign the deal for now." },
    { cue: "(?:as\\s+things\\s+stand|at\\s+this\\s+stage|at\\s+present)", example: "As things stand, the board will not sign the deal." },
  ],
  hedge: [
    { cue: "reportedly|allegedly|unconfirmed", example: "The airline has reportedly cancelled its order for twelve jets." },
    // What others report, passed on as theirs ("We are following reports that …", "Claims that … spread on Saturday"): a
    // noun, at the statement's head or after a word that follows news (not the verb of "The ministry reports that …").
    { cue: "(?<=^|(?:following|amid|after|despite|there\\s+(?:are|were|have\\s+been)|unconfirmed|online|viral)\\s+)(?:reports|claims)\\s+that|(?:the|a|this)\\s+claim\\s+that", example: "We are following reports that the airline has cancelled its order for twelve jets." },
    { cue: "(?:(?:has|have|had)\\s+not\\s+been\\s+able|(?:is|are|was|were)\\s+(?:not\\s+able|unable))\\s+to\\s+(?:independently\\s+)?(?:confirm|verify)", example: "The airline cancelled its order. We have not been able to confirm this." },
    { cue: "(?:has|have|had)\\s+not\\s+(?:yet\\s+)?been\\s+(?:independently\\s+|officially\\s+)?(?:confirmed|verified)", example: "The airline cancelled its order. The report has not been confirmed." },
    { cue: "could\\s+not\\s+(?:immediately\\s+)?(?:be\\s+)?(?:independently\\s+)?(?:confirm|verif)\\p{L}*", example: "The airline cancelled its order. The claim could not be independently verified." },
  ],
  possibility: [
    // Not "May" written with a capital inside a sentence (a month, "Theresa May"), nor a date ("May 12").
    { cue: "may(?!\\s*\\d)", example: "Coffee with burdock extract may ease migraine.", nameWhenCapitalised: true },
    // Not an ability ("could see the smoke", "could only watch").
    { cue: "might|could(?!\\s+(?:see|hear|feel|smell|watch|only|hardly|barely)(?![\\p{L}]))", example: "Sea buckthorn tea could lower blood pressure." },
    // Not a proposal ("the mayor suggested a new bridge").
    { cue: "suggest(?:s|ed|ing)?(?=\\s+(?:that|a\\s+link|an?\\s+(?:effect|benefit|association|connection))(?![\\p{L}]))", example: "A new study suggests that oat bread protects the heart." },
    { cue: "(?:appear|seem)(?:s|ed)?\\s+to", example: "The drug appears to slow hair loss." },
    { cue: "(?:is|are|was|were)\\s+(?:thought|believed)\\s+to", example: "The wreck is thought to hold gold coins." },
    { cue: "preliminary|early\\s+(?:results|findings|data)|pilot\\s+study", example: "Preliminary results show that the vaccine works." },
    { cue: "in\\s+(?:mice|rats|animals|fruit\\s+flies|zebrafish|cell\\s+cultures?|test\\s+tubes?)", example: "The pill reversed ageing in mice." },
    // Not "as soon as possible", "the best possible care", "made possible by", "possible to book".
    { cue: "possibly|(?<!(?:as\\s+\\p{L}+\\s+as|best|worst|every|everything|anything|made|wherever|whenever)\\s+)possible(?!\\s+(?:to|for)(?![\\p{L}]))|potentially|perhaps|maybe|probably|likely", example: "The bridge will probably close in winter." },
  ],
  condition: [{ cue: "if|unless|whether|provided\\s+that", example: "If the trial holds, coffee may ease migraine." }],
  concession: [{ cue: "(?:may|might|could|can)\\s+(?:seem|sound|look|appear)|(?:seems?|sounds?|looks?)\\s+like|at\\s+first\\s+(?:glance|sight)", example: "It may sound like a prank, but it is all true." }],
  affirmation: [{ cue: "(?:is|['’]s|are|was|were)\\s+(?:(?:all|really|actually|entirely|completely|perfectly|quite)\\s+)?(?:true|real|genuine|accurate)", example: "It may sound like a prank, but it is all true." }],
  contrast: CONTRAST_WORDS.en,
  alleged: [{ cue: "alleged|supposed|purported", example: "The case of the alleged kidnapping of a boy in Wexley is solved." }],
  nonexistence: [{ cue: "(?:never|did\\s+not|didn['’]t|does\\s+not|doesn['’]t)\\s+(?:really\\s+)?(?:exist(?:ed)?|happen(?:ed)?|take\\s+place)|never\\s+took\\s+place|there\\s+(?:never\\s+(?:was|were)|(?:was|were)\\s+never)", example: "There never was a boy called Pim at the Elm school." }],
  fabrication: [
    { cue: "(?:spread(?:s|ing)?|circulat(?:e[sd]?|ing))\\s+(?:an?\\s+|the\\s+)?(?:hoax(?:es)?|fake\\s+news|false\\s+(?:news|reports?|rumou?rs?|stor(?:y|ies))|lies|disinformation|misinformation)", example: "Officer Rask was charged with spreading a hoax about the Elm school fire." },
    // A saying the sentence itself calls false ("a fake site falsely announced the death of …"): what was said is the story.
    { cue: "falsely\\s+(?:announc|report|claim|stat|declar)(?:ed|ing|es|s)?(?![\\p{L}])", example: "A website falsely announced the death of the Talbridge mayor." },
    { cue: "(?:made|make[s]?|making)\\s+up\\s+the\\s+story|(?:fabricated|invented|concocted)\\s+the\\s+story|admit(?:s|ted)?\\s+(?:to\\s+)?(?:lying|having\\s+lied)", example: "The singer admitted lying about the attack in Wexley." },
  ],
  topicPreposition: [{ cue: "over|about|against|regarding|concerning", example: "The trial over fake news on Facebook opened in Talbridge on Monday." }],
  aboutPreposition: [{ cue: "about|regarding|concerning", example: "The court examined false reports about the baker Jan Rask." }],
  backReference: [{ cue: "these|those|such", example: "Posts said the baker had set the bridge on fire. These rumours were shared thousands of times." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:the\\s+)?(?:claims?|reports?|rumou?rs?|allegations?|stor(?:y|ies)|news|suggestions?|assertions?|hoax(?:es)?|lies?|falsehoods?)\\s+that", example: "Posts repeated the rumour that the Harlow bridge had collapsed.", nominal: true },
    // The noun with who made it, or where, between it and its clause ("allegations made by councillors in the chamber
    // that P", "claims circulating online that P", "reports in the local press that P"): up to five words, no punctuation.
    { cue: "(?:the\\s+)?(?:claims?|reports?|rumou?rs?|allegations?|stor(?:y|ies)|suggestions?|assertions?)\\s+(?:(?:made|circulating|spread|shared|posted|published|levell?ed|voiced|raised)\\s+)?(?:by|in|on|against|online)(?:\\s+(?!that(?![\\p{L}]))[\\p{L}\\p{N}’'-]+){0,5}?\\s+that", example: "Councillors repeated allegations made by a resident in the chamber that the Harlow bridge had collapsed.", nominal: true },
    // A noun's participle ("a headline claiming that P", "posts alleging that P"): the noun's claim, as above.
    { cue: "(?:claiming|alleging)\\s+that", example: "A post claiming that the Harlow bridge had collapsed spread on Sunday.", nominal: true },
    { cue: "(?:claim(?:s|ed)?|report(?:s|ed)?|alleg(?:es|ed)|tweet(?:s|ed)|wrote|writes|post(?:s|ed))\\s+that", example: "The Tessby Courier reported that the Harlow bridge had collapsed." },
    // A message's words printed after a colon ("The fake message reads: “P”", "the post, shared on Sunday, says: “P”"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:reads|reading|read\\s+as\\s+follows|(?:goes|went)\\s+(?:like\\s+this|as\\s+follows))\\s*:\\s*[“\"«]?|(?:messages?|texts?|posts?|notes?|recordings?|letters?|tweets?|captions?|videos?)(?![\\p{L}])[^.:;!?“”\"«»]{0,80}?\\s(?:says|said|states|stated|claims|claimed)\\s*:\\s*[“\"«]?", example: "A chain message that reads: “The Harlow bridge collapsed on Monday morning” spread on Sunday." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "(?:it\\s+)?(?:was|were|had\\s+been)\\s+(?:widely\\s+|long\\s+|once\\s+|then\\s+|first\\s+)?(?:rumou?red|believed|thought|whispered)\\s+that|(?:many|people|readers|users|fans)(?:\\s+\\p{L}+)?\\s+(?:had\\s+)?(?:believed|thought)\\s+that", example: "For weeks it was rumoured that the Harlow bridge had collapsed in the storm.", belief: true },
    // A story told as a myth, a legend or a conspiracy theory: a belief no one vouches for, whoever spread it.
    { cue: "(?:myths?|legends?|conspiracy\\s+theor(?:y|ies))\\s+that", example: "He spread the myth that the Harlow bridge had been sold to a foreign bank.", belief: true },
  ],
  withdrawal: [
    { cue: "apologi[sz](?:e|es|ed|ing)\\s+for\\s+(?:(?:its|their|his|her|the|a|an|this|that)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:report|reports|reporting|story|stories|article|articles|coverage|headline|headlines)(?![\\p{L}])", example: "The Harbour Gazette apologised for its report on a riot at the Elmford market." },
    // A newsroom's apology to its own audience ("apologised to its viewers"): said of what it printed or broadcast, it takes that back.
    { cue: "apologi[sz](?:e|es|ed|ing)\\s+to\\s+(?:its|their|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:readers|viewers|listeners|audiences?|subscribers)(?![\\p{L}])", example: "Valombre TV apologised to its viewers for Sunday's weather bulletin." },
    { cue: "(?:retracted|withdrew|has\\s+withdrawn|have\\s+withdrawn)\\s+(?:(?:its|their|his|her|the|a|an|this|that)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:report|reports|story|stories|article|articles|headline|headlines)(?![\\p{L}])", example: "The Harbour Gazette retracted its story about a riot at the Elmford market." },
  ],
  admission: [{ cue: "admit(?:s|ted)?|now\\s+concedes?|conceded", example: "The man who reported that the Harlow bridge had collapsed now admits he made it up." }],
  complementiser: "that",
  verdictLink: "is|was|are|were|(?:has|have|had)\\s+been|(?:proved|proven|turned\\s+out)(?:\\s+to\\s+be)?",
  rumouredEvent: {
    frame: "(?:rumou?rs?|reports?|claims?|stor(?:y|ies)|news|allegations?|hoax(?:es)?|speculation)\\s+(?:of|about|over|surrounding|regarding|concerning)",
    event: "death|arrest|resignation|assassination|execution|murder|killing|kidnapping|abduction|disappearance|detention|imprisonment|capture|escape|hospitali[sz]ation|divorce|marriage|pregnancy|retirement|dismissal|sacking|firing|defection|release|closure|shutdown|bankruptcy|collapse|cancellation|ban|sale|takeover|merger|coup|invasion|explosion|crash",
    of: "of",
    example: "The council dismissed rumours of Mayor Ada Quill's death as a hoax.",
    phrase: "Mayor Ada Quill's death",
  },
  circulation: [
    { cue: "(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:circulating|going\\s+around|doing\\s+the\\s+rounds|making\\s+the\\s+rounds)", example: "A message is circulating on WhatsApp that the ferry will stop running." },
    { cue: "(?:went|has\\s+gone|have\\s+gone)\\s+viral|chain\\s+(?:message|letter)", example: "A post that went viral on Sunday said the ferry will stop running." },
    { cue: "(?:reports?|posts?|messages?|users?|rumou?rs?|videos?)\\s+(?:have\\s+|has\\s+|had\\s+)?claimed\\s+that", example: "Several posts have claimed that the ferry will stop running." },
    // News of a story said to go round the press ("The news that P has hit the headlines", "Reports about P have been
    // spreading", "… has been an issue in the international press"): the article tells that P was reported. Only with a news noun before the verb: an event that "hit the
    // headlines" is told as it happened.
    // The lookahead first: the lookbehind, which scans back at most 240 characters, is tried only where an auxiliary starts.
    { cue: "(?=(?:has|have|had|is|are|was|were)\\s)(?<=(?:news|reports?|rumou?rs?|stor(?:y|ies)|claims?)\\s+(?:that|about|of|on)\\s(?:[^.!?;]{0,240}?\\s)?)(?:(?:has|have|had)\\s+(?:recently\\s+|again\\s+|also\\s+)?(?:hit|made|grabbed)\\s+(?:the\\s+)?headlines|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+spreading|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:an?\\s+)?(?:issue|topic|talking\\s+point)\\s+in\\s+the\\s+(?:\\p{L}+\\s+)?(?:press|media))", example: "The news that the ferry will stop running has hit the headlines." },
    // What a recording or a post going around says, told as its content ("The audio states in a voice said to be the
    // mayor's that the ferry will stop", "The clip says …"): the article reports what the recording says, not the fact.
    { cue: "(?:the|this|that|a)\\s+(?:(?:viral|leaked|purported|alleged|\\d+(?:[.:]\\d+)?[-\\s]minutes?)\\s+)*(?:audio(?:\\s+(?:clip|recording|message|note))?|clip|recording|voice\\s+(?:note|message|recording)|video|post|message)\\s+(?:then\\s+|also\\s+|further\\s+)?(?:states|says|claims|alleges|announces)(?![\\p{L}])", example: "The 3.10 minutes audio states in a voice said to be the mayor's that the ferry will stop running." },
  ],
  plain: ["The fund's trustees have denied any wrongdoing.", "The consulate keeps denying him a visa.", "The mayor resigned on Tuesday after a long meeting.", "The minister had made up her mind about the bridge.", "The board is made up of five members.", "The radio signal was distorted by the storm.", "Eating walnuts may help you sleep, a study found.", "The council approved the new harbour plan.", "The installation was made by Ai Weiwei in 2010.", "The post office says it will close on Friday.", "It was a mistake for the club to sell him.", "The mistakes of the board for years cost the club dearly."],
};
