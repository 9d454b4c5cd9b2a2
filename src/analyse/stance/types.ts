/** The shape of one language's stance vocabulary: words that report a story as false, and words that negate a statement. */
import type { NegationWords } from "../../core/negations.ts";

/** One evidence word or phrase, with a short sentence of our own that it must catch (the test reads every example). */
export interface StanceCue {
  /** A regular-expression fragment, case-insensitive; matched as whole words where the language separates words. */
  cue: string;
  /** A sentence of our own that says what the cue's kind says through this cue (reports something false, negates, puts it forward as possible …). */
  example: string;
  /** The cue denies that the words were said at all ("She did not say that.", "misattributed"), whatever they say. */
  saying?: true;
  /** The cue is a verb of denial ("a démenti", "denied"): it has an agent, the denier, whose own words it does not deny. */
  denial?: true;
  /**
   * The cue calls the story a joke made as one: satire, a parody, a spoof, a prank, tongue-in-cheek. An article that
   * tells a story so passes a joke on (told as news, or as a blunder of those who took it for news); one that calls it
   * only false, a rumour or denied answers it (findings/storyAmplification.ts counts the first, not the second).
   */
  satire?: true;
  /** Written with a capital inside a sentence the word is a name or a month ("Theresa May", "in May"), no possibility. */
  nameWhenCapitalised?: true;
  /**
   * The cue retracts what the article itself printed, in a correction appended to it ("An earlier version of this article
   * reported …", "We regret the error"): wherever it stands, it reports false the claim its correction speaks of.
   */
  retraction?: true;
  /**
   * A proposition cue that tells the clause as what people believed, said or rumoured, no one vouching for it ("it was
   * rumoured that", "se creía que", "si diceva che"): a story no article states plainly is told so, and the clause is
   * the story's claim even with no debunk word beside it (claims/storyClause.ts).
   */
  belief?: true;
  /**
   * A proposition cue that is a noun the clause completes ("the rumour that", "a headline claiming that", "la rumeur
   * selon laquelle", "das Gerücht, dass"): the noun phrase may be the subject of the sentence's own verb after the
   * clause, and a verdict there ("The rumour that P was false", "… has been denied") judges P
   * (StanceWords.verdictLink; claims/propositions.ts). A verb's clause ("Posts claimed that P was fake") ends at the
   * sentence's end: its verdict is the claimant's.
   */
  nominal?: true;
}

/** A language's stance words: its negation words and word boundaries (core/negations.ts), and the rest. */
export interface StanceWords extends NegationWords {
  /** Words that call a story false, doubtful, satire, a joke, a hoax or a fake, or say someone fell for it. */
  debunk: readonly StanceCue[];
  /**
   * Words that narrow a negation to one form, time or case ("in its current form", "for now"): "will not approve it in
   * its current form" is not "will never approve it", and the two are not one claim.
   */
  negationScope?: readonly StanceCue[];
  /**
   * Words that set the record straight ("what she actually said was", "in fact", "en réalité"): a statement they open
   * is what a fact-check gives as true, however its headline calls the story false.
   */
  correction?: readonly StanceCue[];
  /**
   * Words that pass a report on without vouching for it ("reportedly", "has not been confirmed", the French conditionnel
   * "aurait annulé"): an article whose statement of a claim, or the sentence after it, carries one only mentions the claim.
   */
  hedge?: readonly StanceCue[];
  /**
   * Words that put a statement forward as possible, not established ("may ease", "could", "suggests", "preliminary",
   * "in mice"): the article's own doubt. They leave its stance as it is (a possibility told as news is presented as
   * true); a re-report that states the claim without them drops the doubt (analyse/possibility.ts, findings/laundering.ts).
   */
  possibility?: readonly StanceCue[];
  /**
   * Words that set a condition ("if", "unless", "whether"): a possibility in a sentence with one is the condition's, not
   * a doubt of the claim. A word that is a condition only at a clause's start (French "si") says so in its cue.
   */
  condition?: readonly StanceCue[];
  /** Words that turn a sentence against what it has said so far ("but", "aber"): the language's core/contrasts.ts list. */
  contrast?: readonly StanceCue[];
  /**
   * Words that grant how a story looks before saying what it is ("may seem", "sembra", "puede parecer", "on pourrait
   * croire"): a debunk word after one, answered by a contrast and an affirmation ("… like a hoax, but it is all true"),
   * is conceded, not asserted.
   */
  concession?: readonly StanceCue[];
  /**
   * Words that relay a text as what goes around or what others claim ("a message is circulating", "sta facendo il giro",
   * "reports have claimed that"): a statement in or right after a sentence holding one is passed on, not vouched for, and
   * a verdict anywhere after it in the article is about it ("… Fai girare. È una bufala: …").
   */
  circulation?: readonly StanceCue[];
  /** Words that say a story is true ("it is all true", "è tutto vero", "es real"): after a contrast, they answer a conceded debunk word. */
  affirmation?: readonly StanceCue[];
  /**
   * Words that call what a noun names only alleged ("the alleged kidnapping", "der angeblichen Entführung", "la supuesta
   * niña", "мнимого похищения"): a claim whose own words say so tells of the story as doubtful already ("The case of the
   * alleged kidnapping is solved"), and a cue beside it that calls the story invented agrees with it.
   */
  alleged?: readonly StanceCue[];
  /**
   * Words that deny a thing existed or an event took place ("never existed", "did not happen", "jamás hubo", "gab es nie",
   * "n'a jamais existé", "никогда не было"): a claim whose own words say so is a denial of the story it names (a
   * `denial` claim node), and an article stating it reports that story false. Some are debunk cues too ("does not exist").
   */
  nonexistence?: readonly StanceCue[];
  /**
   * Words that say someone made up or spread the story as a falsehood ("was charged with spreading a hoax about", "made
   * up the story", "menyebarkan berita bohong", "inventou a história"): like `nonexistence`, a claim whose own words say
   * so is a denial of the story it names, and an article stating it reports that story false.
   */
  fabrication?: readonly StanceCue[];
  /**
   * Prepositions that take a debunk word as their object with no determiner pointing at one story (bare, or a generic
   * plural: "trial over fake news", "Prozess um Fake-News", "lutte contre les fake news", "menés sur de fausses pistes"):
   * the word names a kind of thing the sentence is about, not a verdict on a statement. Each cue ends with the
   * determiners it may take; it must stand right before the debunk word.
   */
  topicPreposition?: readonly StanceCue[];
  /**
   * Prepositions that, right after a debunk word or the one noun it qualifies, say whom or what the falsehood is about
   * ("falsche Meldungen über X", "false reports about X", "fausses informations sur X", "bulos sobre X"): the words call
   * false reports whose content they do not give, so they judge no statement beside them that those few words do not tell.
   */
  aboutPreposition?: readonly StanceCue[];
  /**
   * Demonstratives that, right before a debunk word, point it back at what the article has just told ("Diese Lügen
   * wurden tausendfach verbreitet", "These rumours spread fast", "Ces rumeurs"): a verdict on that story, which does not
   * reach a statement after it.
   */
  backReference?: readonly StanceCue[];
  /**
   * Words that open what someone claims as a clause of its own ("the claim that", "reported that", "denunció que", "la
   * rumeur selon laquelle", "behauptet, dass", "kabar bahwa"), each ending where the claimed clause begins: the sentence
   * tells that someone claims it, not the clause itself (claims/propositions.ts). The object of a denial ("denied that")
   * is read with the `denial` cues followed by a complementiser of `complementiser`.
   */
  proposition?: readonly StanceCue[];
  /**
   * Words by which the one who made a claim takes it back ("admits", "ha admitido", "reconoce", "räumt ein", "avoue",
   * "mengakui"): after a claim frame in the same sentence ("The woman who reported that P now admits …"), the claim is
   * reported false; in a claim's wording beside a debunk word ("The man admitted the post was a joke"), the claim is the
   * denial of its story (stance.ts isDenialClaim).
   */
  admission?: readonly StanceCue[];
  /**
   * Words by which those who published a report take it back: they apologise for it, retract or withdraw it ("apologised
   * for its report on …", "hat sich für ihre Berichterstattung über … entschuldigt", "a retiré son article"). A claim
   * whose sentence says so is the denial of the story that report told (stance.ts isWithdrawalClaim), and the debunk
   * words around it ("its false report") agree with it.
   */
  withdrawal?: readonly StanceCue[];
  /**
   * The verbs that join a subject to what is said of it, as a regular-expression fragment ("is", "was", "has been",
   * "turned out to be"; "ist", "wurde"; "est", "a été"): after the clause of a `nominal` proposition cue, one followed by
   * a debunk word is the sentence's own verb, and the clause ends before it ("The rumour that P | was false").
   */
  verdictLink?: string;
  /**
   * A rumour told as a noun phrase ("rumours of the mayor's death", "la rumeur de la mort du maire", "rumores sobre la
   * muerte del alcalde"): `frame`, a claim noun with the preposition by which it names its content; `event`, the nouns
   * of events such a phrase names (a death, an arrest, a resignation: a topic such as "health" tells nothing one could
   * check); `of`, the prepositions that join the event to whom it befalls ("the death of", "la mort de"). The noun
   * phrase is the rumour's content, the proposition "The mayor has died" states (claims/propositions.ts); `example` is
   * a sentence of our own, `phrase` the noun phrase it must yield.
   */
  rumouredEvent?: { frame: string; event: string; of: string; example: string; phrase: string };
  /** The words that join a verb of denial to the clause it denies ("that", "que", "dass", "bahwa"). */
  complementiser?: string;
  /**
   * The language's punctuation closes a subordinate clause with a comma (Russian, Ukrainian: "Слухи о том, что P, не
   * подтвердились"): a claimed clause ends at its first comma, not only at the sentence's end.
   */
  commaClosesClause?: true;
  /** Sentences of our own that state a claim plainly: no debunk cue may fire on them. */
  plain: readonly string[];
}
