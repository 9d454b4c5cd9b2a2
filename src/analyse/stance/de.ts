/** German stance words (compounds: a cue may end a word, as in "Brücken-Lüge" or "Fake-Studie"). */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const de: StanceWords = {
  ...NEGATION_WORDS.de,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("nein"), example: "Nein, der Bürgermeister von Harlow ist nicht zurückgetreten." },
    // A story called an urban legend is called doubtful.
    { cue: "(?:gro(?:ß|ss))?stadtlegenden?|(?:gro(?:ß|ss))?stadtmythos|(?:urbane|moderne)[nr]?\\s+legenden?", example: "Die Geschichte vom Mitternachtsklub ist wohl nur eine Großstadtlegende." },
    { cue: "[Rr]ichtigstellung|richtig(?:zustellen|gestellt)", example: "Richtigstellung: Der Hafen wird nicht geschlossen." },
    { cue: "in\\s+einer\\s+fr[üu]heren\\s+(?:Version|Fassung)\\s+(?:dieses|des)\\s+(?:Artikels|Textes|Beitrags)\\s+hie[ßs]\\s+es|wir\\s+bitten,?\\s+(?:den|diesen)\\s+Fehler\\s+zu\\s+entschuldigen", example: "In einer früheren Version dieses Artikels hieß es, der Hafen werde geschlossen. Wir bitten, den Fehler zu entschuldigen.", retraction: true },
    { cue: "anders\\s?lautend\\p{L}*", example: "Entgegen anderslautenden Berichten hat der Rat kein Geld bewilligt." },
    { cue: "fake", example: "Die Studie war ein Fake." },
    { cue: "hoax", example: "Der Bericht war ein Hoax." },
    // A fact-check's label, as "fact-check" is in English ("Faktencheck: …").
    { cue: "fakten-?check(?:s)?", example: "Faktencheck: Die Brücke von Harlow bleibt im März offen." },
    { cue: "fälschung(?:en)?|gefälscht(?:e|en|er|es)?", example: "Das Foto ist eine Fälschung." },
    { cue: "falschmeldung(?:en)?", example: "Die Zeitung druckte eine Falschmeldung." },
    { cue: "falsch(?:e|en|er|es)?", example: "Die Behauptung ist falsch." },
    // A report found not to hold ("stimmt nicht", "dass die Meldung nicht stimmt"); not the tag question "…, nicht wahr?".
    { cue: "stimm(?:t|te|en|ten)\\s+nicht|nicht\\s+stimm(?:t|te|en|ten)|unwahr|nicht\\s+wahr(?!\\s*\\?)", example: "Die Meldung über die Brücke stimmt nicht." },
    // A report judged not correct ("Die Meldung ist nicht korrekt", "ist unzutreffend", "trifft nicht zu"), as the English
    // "is incorrect" (closing its clause: "nicht richtig gut" is "not really good"); and one set right by a separable verb ("Die Behörde stellt den Bericht richtig").
    { cue: "(?:ist|war|sind|waren)\\s+(?:(?:so|also|schlicht|aber|jedoch|allerdings)\\s+)?(?:nicht|keineswegs)\\s+(?:korrekt|richtig|zutreffend)(?=\\s*(?:[.,;:!?)]|$))|unzutreffend(?:e|en|er|es)?|(?:trifft|trafen|traf|treffen)\\s+nicht\\s+zu", example: "Der Bericht über die Schließung des Hafens ist so nicht korrekt." },
    { cue: "stell(?:t|te|ten|en)\\s+(?:[\\p{L}-]+\\s+){1,3}?richtig(?![\\p{L}])", example: "Die Hafenbehörde stellt die Meldung richtig." },
    { cue: "zeitungsente", example: "Die Meldung war eine Zeitungsente." },
    { cue: "satir(?:e|isch|ische|ischen|ischer)", example: "Der Text stammt von einer satirischen Seite.", satire: true },
    { cue: "parodie", example: "Das Video war eine Parodie.", satire: true },
    { cue: "scherz|witz", example: "Die Auszeichnung war ein Scherz.", satire: true },
    { cue: "schwindel", example: "Hinter der Studie steckte ein Schwindel." },
    { cue: "lüge(?:n)?", example: "Die Brücken-Lüge ging um die Welt." },
    { cue: "(?:her)?eingefallen|reingefallen|f(?:a|ä|ie)ll\\p{L}* auf [^.!?]{1,60} herein", example: "Morgenglocke und Elbpost fallen auf eine Studie herein." },
    // A misidentification ("verwechselten den Drachen mit einer Drohne"): what X was taken for, X is not.
    { cue: "verwechsel(?:t|te|ten|n)?(?:\\s+[\\p{L}\\p{N}'’-]+){0,8}?\\s+mit(?![\\p{L}])|mit(?:\\s+[\\p{L}\\p{N}'’-]+){1,8}?\\s+verwechselt(?![\\p{L}])", example: "Dorfbewohner verwechselten einen Drachen mit einer Drohne über der Harlow-Brücke." },
    { cue: "getäuscht|täuschung", example: "Die Leser wurden getäuscht." },
    { cue: "erfunden(?:e|en|er|es)?", example: "Das Zitat ist erfunden." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    { cue: "(?:mit(?:hilfe)?|von|durch)\\s+(?:einer\\s+|einem\\s+|der\\s+|dem\\s+)?(?:KI|künstliche[rn]?\\s+Intelligenz)(?:-\\p{L}+)?\\s+(?:erstellt|erzeugt|generiert|gemacht|hergestellt)|KI-(?:generiert|erzeugt|erstellt)", example: "Das Bild vom überfluteten Marktplatz wurde mit einer KI erstellt." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "taucht\\s+(?:[^.!?]{0,40}?\\s)?nirgend(?:s|wo)\\s+auf|nirgend(?:s|wo)\\s+(?:zu\\s+finden|belegt|nachweisbar)|(?:taucht|tauchen)\\s+in\\s+keine[rnm]\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+\\s+auf", example: "Das Zitat taucht in keiner ihrer Reden auf.", saying: true },
    // A quotation itself called fake or only claimed ("ein gefälschtes Zitat", "gesagt haben soll"): its words were not said.
    { cue: "(?:gefälscht|erfunden|falsch)(?:e|en|er|es)? (?:Zitate?s?|Aussagen?|Erklärung(?:en)?)", example: "Der Beitrag enthält ein gefälschtes Zitat des Bürgermeisters.", saying: true },
    { cue: "angeblich(?:e|en|er|es)? (?:gesagt|erklärt|geschrieben|veröffentlicht|Zitate?s?|Aussagen?|Erklärung(?:en)?)|(?:gesagt|erklärt|geschrieben) haben soll", example: "Der Satz, den der Bürgermeister gesagt haben soll, verbreitet sich im Netz.", saying: true },
    { cue: "vermeintlich(?:e|en|er|es)? (?:Zitate?s?|Aussagen?|Erklärung(?:en)?)", example: "Auf dem Foto steht ein vermeintliches Zitat der Ministerin.", saying: true },
    { cue: "kein(?:e|en)? beweis(?:e)?", example: "Es gibt keine Beweise für das Treffen." },
    { cue: "dementi(?:ert(?:e|en)?)?", example: "Die Stadtwerke dementierten den Bericht.", denial: true },
    { cue: "bestr(?:itt|itten|eitet|eiten)|zurückgewiesen|wies [^.!?]{1,60} zurück", example: "Der Verein bestritt, ein Angebot erhalten zu haben." },
    { cue: "gerücht(?:e)?", example: "Das Gerücht hält sich hartnäckig." },
    { cue: "existiert(?:e)? nicht|gibt es nicht", example: "Das Institut existiert nicht." },
    { cue: "doch nicht", example: "Wie Walnüsse doch nicht beim Schlafen helfen." },
    { cue: "wirklich(?=[^.!?]*\\?)", example: "Ist der Bürgermeister wirklich zurückgetreten?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "in Wahrheit", example: "In Wahrheit wird die Brücke zwei Wochen gesperrt." },
    { cue: "in Wirklichkeit", example: "In Wirklichkeit hat der Rat zwölf Liegeplätze genehmigt." },
    { cue: "(?:das\\s+|die\\s+)?(?:richtige|korrekte|tatsächliche|echte|originale)\\s+(?:Zitat|Zahl|Wortlaut|Aussage)\\s+(?:lautet|lautete|ist|war)", example: "Das tatsächliche Zitat lautet: Wir senken die Preise um 5 Prozent." },
  ],
  negationScope: [
    { cue: "in\\s+(?:der|seiner|ihrer|dieser)\\s+(?:jetzigen|derzeitigen|aktuellen|vorliegenden)\\s+Form", example: "Der Rat wird den Vertrag in seiner jetzigen Form nicht unterschreiben." },
    { cue: "vorerst|vorläufig|derzeit", example: "Der Rat wird den Vertrag vorerst nicht unterschreiben." },
  ],
  // A fact-check's answer opening a text or sentence negates what follows; the language's own negation words follow.
  negation: [
    { cue: answerOpening("nein"), example: "Nein, der Bürgermeister von Harlow ist nicht zurückgetreten." },
    ...NEGATION_WORDS.de.negation,
  ],
  hedge: [
    { cue: "angeblich|vermeintlich|mutmaßlich|unbestätigt\\p{L}*|Berichten\\s+zufolge", example: "Die Fluggesellschaft hat angeblich ihre Bestellung von zwölf Flugzeugen storniert." },
    // News German's reportative "offenbar" ("apparently", as told by others), not a doubt of the writer's own.
    { cue: "offenbar", example: "Die Fluggesellschaft hat offenbar ihre Bestellung von zwölf Flugzeugen storniert." },
    // The reportative "soll … haben" ("is said to have"): a perfect infinitive after sollen, not "soll … werden" (a plan).
    { cue: "soll(?:en|te|ten)?\\s+[^.!?]{1,80}?\\s+(?:haben|gewesen\\s+sein|worden\\s+sein)(?![\\p{L}])", example: "Die Fluggesellschaft soll ihre Bestellung von zwölf Flugzeugen storniert haben." },
    { cue: "(?:ist|wurde|wurden|sind)\\s+(?:bisher\\s+|noch\\s+)?nicht\\s+(?:offiziell\\s+|unabhängig\\s+)?(?:bestätigt|überprüft)", example: "Die Fluggesellschaft hat ihre Bestellung storniert. Die Meldung wurde nicht bestätigt." },
  ],
  possibility: [
    { cue: "könnte(?:n|st)?|kann|können|dürfte(?:n)?", example: "Kaffee mit Klettenextrakt könnte Migräne lindern." },
    { cue: "möglicherweise|vielleicht|vermutlich|wahrscheinlich|eventuell|womöglich", example: "Die Brücke wird wahrscheinlich im Winter geschlossen." },
    // Not "die Sonne scheint": only "scheint … zu" and "scheint, dass".
    { cue: "schein(?:t|en)(?=[^.!?]*\\szu\\s)|schein(?:t|en),?\\s+(?:als|dass)|deute(?:t|n)\\s+darauf\\s+hin|leg(?:t|en)\\s+nahe", example: "Eine Studie legt nahe, dass Haferbrot das Herz schützt." },
    { cue: "vorläufige[nmrs]?|erste\\s+Ergebnisse|ersten\\s+Ergebnissen", example: "Vorläufige Ergebnisse zeigen, dass der Impfstoff wirkt." },
    { cue: "(?:bei|an)\\s+(?:Mäusen|Ratten|Tieren)|im\\s+Tierversuch|im\\s+Reagenzglas", example: "Die Pille hat das Altern bei Mäusen umgekehrt." },
  ],
  condition: [{ cue: "wenn|falls|sofern|ob", example: "Wenn sich die Studie bestätigt, könnte Kaffee Migräne lindern." }],
  concession: [{ cue: "mag|klingt|wirkt|scheint|auf\\s+den\\s+ersten\\s+Blick", example: "Das mag wie ein Scherz klingen, aber es ist wahr." }],
  affirmation: [{ cue: "(?:ist|sind|war)\\s+(?:(?:alles|ganz|tatsächlich|wirklich)\\s+)?(?:wahr|echt|real)|stimmt(?!\\s+nicht)", example: "Das mag wie ein Scherz klingen, aber es ist wahr." }],
  contrast: CONTRAST_WORDS.de,
  alleged: [{ cue: "angeblich(?:e|en|er|es|em)|vermeintlich(?:e|en|er|es|em)", example: "Der Fall der angeblichen Entführung eines Jungen in Talheim ist aufgeklärt." }],
  nonexistence: [{ cue: "(?:existiert(?:e)?|existierten)\\s+(?:gar\\s+)?nicht|nie(?:mals)?\\s+existiert|(?:gab|gibt)\\s+es\\s+(?:[^.;:!?]{0,60}?\\s)?(?:nie|niemals)|(?:hat|hatte)\\s+es\\s+(?:nie|niemals)\\s+gegeben|(?:hat|hatte)\\s+nie(?:mals)?\\s+stattgefunden|fand\\s+nie(?:mals)?\\s+statt", example: "Einen Jungen namens Pim gab es an der Ulmenschule nie." }],
  fabrication: [
    { cue: "(?:Falschmeldung(?:en)?|Lügen|Fake\\s+News)\\s+(?:\\p{L}+\\s+){0,3}?verbreite[tn]|verbreite(?:t|te|ten)\\s+(?:eine\\s+|die\\s+)?(?:Falschmeldung(?:en)?|Lügen|Fake\\s+News)", example: "Der Polizist Jan Rask soll über den Brand an der Ulmenschule Falschmeldungen verbreitet haben." },
    { cue: "(?:hat|hatte)\\s+(?:die|diese)\\s+Geschichte\\s+erfunden|gab\\s+zu,?\\s+gelogen\\s+zu\\s+haben", example: "Die Sängerin gab zu, gelogen zu haben." },
    // The story said to be made up out of nothing ("ist frei erfunden", "war komplett erlogen"): a verdict on it, told as
    // what was done to it; "erfunden" alone may be an invention's ("Das Telefon wurde 1876 erfunden").
    { cue: "(?:ist|sind|war|waren|wurde|wurden)\\s+(?:(?:vollkommen|völlig|komplett|ganz|glatt|total)\\s+)?frei\\s+erfunden|(?:ist|sind|war|waren)\\s+(?:vollkommen|völlig|komplett|glatt|total)\\s+(?:erfunden|erlogen)", example: "Der Überfall am Bahnhof von Talheim ist frei erfunden." },
    // A message that carries the story (a warning, a chain letter, a notice) said to be forged or a fake: the story it tells
    // was made up ("Warnung vor X ist gefälscht", "… ist eine Fälschung"); "wurde gefälscht" may tell of a forger's deed.
    { cue: "\\p{L}*(?:warnung|warnhinweis|warnmeldung|nachricht|meldung|kettenbrief|brief|schreiben|aushang|aufruf|botschaft|flugblatt|zettel)(?:e|en|es|s)?\\s(?:[^.!?:;„“\"]{0,60}?\\s)?(?:ist|sind|war|waren)\\s+(?:(?:eine|ein|nur|offenbar|offensichtlich|wohl|klar|also)\\s+){0,2}(?:gefälscht|(?:eine\\s+)?Fälschung|Fake|Hoax)", example: "Die Warnung vor vergiftetem Leitungswasser in Talheim ist gefälscht." },
  ],
  topicPreposition: [{ cue: "um|über|gegen|wegen|(?:im\\s+)?Kampf\\s+gegen", example: "Im Prozess um Fake-News hat das Landgericht Talheim am Dienstag entschieden." }],
  aboutPreposition: [{ cue: "über", example: "Das Gericht prüft falsche Meldungen über den Bäcker Jan Rask." }],
  backReference: [{ cue: "diese[rsnm]?|jene[rsnm]?|solche[rsnm]?", example: "Auf Facebook hieß es, der Bäcker habe die Brücke angezündet. Diese Lügen wurden tausendfach geteilt." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:Gerücht|Behauptung|(?:Falsch)?[Mm]eldung|Bericht|Lüge|Fake-News)(?:e|en|s)?,?\\s+(?:dass|daß|wonach)", example: "Das Gerücht, dass die Brücke von Harlow eingestürzt sei, verbreitete sich schnell.", nominal: true },
    { cue: "(?:behauptet(?:e|en)?|berichtet(?:e|en)?|meldet(?:e|en)?|schrieb(?:en)?|schreibt|twitterte)(?:\\s+(?:hatte|hat|habe|hatten|haben))?\\s*,?\\s+(?:dass|daß)", example: "Der Tessbyer Kurier berichtete, dass die Brücke von Harlow eingestürzt sei." },
    // A message's words printed after a colon ("Der Kettenbrief lautet: „P“"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:Nachricht|Text|Beitrag|Post|Kettenbrief|Sprachnachricht|Botschaft)(?:en|e|s)?(?![\\p{L}])[^.:;!?„“”\"«»]{0,80}?\\s(?:lautet|lautete)\\s*:\\s*[„“\"»«]?", example: "Der Kettenbrief lautet: „Die Brücke von Harlow ist am Montagmorgen eingestürzt“." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "(?:man\\s+(?:glaubte|dachte|munkelte)|(?:glaubte|dachte|munkelte)\\s+man|es\\s+hie(?:ß|ss))\\s*,?\\s+(?:dass|daß)|(?:viele|Leser|Nutzer)(?:\\s+\\p{L}+)?\\s+(?:glaubten|dachten)\\s*,?\\s+(?:dass|daß)", example: "Wochenlang glaubte man, dass die Brücke von Harlow eingestürzt sei.", belief: true },
  ],
  withdrawal: [
    // "entschuldigt sich (ausdrücklich) für die … Berichterstattung", and the perfect whose verb closes a long clause.
    { cue: "entschuldig(?:t|te|ten|en)\\s+sich\\s+(?:(?!(?:nicht|nie|niemals|kein\\p{L}*)\\s)[\\p{L}-]+\\s+){0,2}?für\\s+(?:(?:die|den|das|ihre[nmrs]?|seine[nmrs]?|eine[nmrs]?|diese[nmrs]?)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:bericht|berichterstattung|artikel|meldung|beitrag|schlagzeile)\\p{L}*", example: "Der Tessbyer Kurier entschuldigt sich für seinen Bericht über einen Krawall am Markt." },
    { cue: "(?:hat|haben|hatte|hatten)\\s+sich\\s+(?:(?!(?:nicht|nie|niemals|kein\\p{L}*)\\s)[\\p{L}-]+\\s+){0,2}?für\\s+(?:(?:die|den|das|ihre[nmrs]?|seine[nmrs]?|eine[nmrs]?|diese[nmrs]?)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:bericht|berichterstattung|artikel|meldung|beitrag|schlagzeile)\\p{L}*\\s+(?:[^.!?]{0,150}?\\s)?entschuldigt", example: "Der Tessbyer Kurier hat sich gestern für seinen Artikel über den Krawall am Markt entschuldigt." },
    { cue: "(?:zog|zogen|zieht|ziehen)\\s+(?:(?:die|den|das|ihre[nmrs]?|seine[nmrs]?|eine[nmrs]?|diese[nmrs]?)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]*(?:bericht|berichterstattung|artikel|meldung|beitrag|schlagzeile)\\p{L}*\\s+(?:[^.!?]{0,40}?\\s)?zurück(?![\\p{L}])|[\\p{L}-]*(?:bericht|berichterstattung|artikel|meldung|beitrag|schlagzeile)\\p{L}*\\s+(?:[^.!?]{0,60}?\\s)?zurückgezogen", example: "Der Tessbyer Kurier hat den Artikel über den Krawall am Markt zurückgezogen." },
    { cue: "musste(?:n)?\\s+sich\\s+(?:[^.!?]{0,60}?\\s)?korrigieren|korrigierte(?:n)?\\s+(?:(?:die|den|das|ihre[nmrs]?|seine[nmrs]?|eine[nmrs]?|diese[nmrs]?)\\s+)?[\\p{L}-]*(?:bericht|berichterstattung|artikel|meldung|beitrag|schlagzeile)\\p{L}*", example: "Der Tessbyer Kurier musste sich am Mittwoch korrigieren: Einen Krawall am Markt gab es nicht." },
  ],
  admission: [{ cue: "räumt(?:e)?\\s+ein|gesteht|gestand|(?:hat|haben)\\s+(?:eingeräumt|gestanden|zugegeben)|gibt\\s+zu|gab\\s+zu", example: "Die Frau, die behauptet hatte, dass die Brücke von Harlow eingestürzt sei, räumt ein, dass sie übertrieben hat." }],
  complementiser: "dass|daß",
  verdictLink: "ist|war|sind|waren|wurde|wurden|(?:hat|haben|hatte|hatten)\\s+sich\\s+als|erwies(?:en)?\\s+sich\\s+als",
  rumouredEvent: {
    frame: "(?:Gerüchte?n?|Berichte?n?|Meldungen|Meldung|Spekulationen|Spekulation)\\s+(?:über|um|von)",
    event: "Tod(?:es)?|Ableben(?:s)?|Festnahme|Verhaftung|Rücktritt(?:s)?|Ermordung|Hinrichtung|Entführung|Verschwinden(?:s)?|Flucht|Scheidung|Hochzeit|Schwangerschaft|Entlassung|Freilassung|Schließung|Pleite|Insolvenz|Einsturz(?:es)?|Absage|Verbot(?:s)?|Verkauf(?:s)?|Übernahme|Fusion|Putsch(?:es)?|Invasion|Explosion",
    of: "des|der|von|vom",
    example: "Die Stadt wies Gerüchte über den Tod von Bürgermeister Jens Quandt als Falschmeldung zurück.",
    phrase: "den Tod von Bürgermeister Jens Quandt",
  },
  circulation: [
    { cue: "kursier(?:t|en|te|ten)|mach(?:t|en|te|ten)\\s+(?:derzeit\\s+|gerade\\s+)?die\\s+Runde|Kettenbrief", example: "Im Netz kursiert eine Nachricht, die Fähre werde eingestellt." },
  ],
  plain: ["Der Film über den Hafen ist nicht richtig gut.", "Der Bürgermeister ist am Dienstag zurückgetreten.", "Walnüsse helfen beim Einschlafen, sagt eine Studie."],
};
