/** Italian stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const it: StanceWords = {
  ...NEGATION_WORDS.it,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("no"), example: "No, il sindaco di Harlow non si è dimesso." },
    // A story called an urban legend is called doubtful.
    { cue: "leggend[ae]\\s+metropolitan[ae]|leggend[ae]\\s+urban[ae]", example: "La storia del club di mezzanotte è forse una leggenda metropolitana." },
    { cue: "rettifica(?=\\s*:)|errata corrige", example: "Rettifica: il porto non chiuderà." },
    { cue: "in\\s+una\\s+(?:precedente|prima)\\s+versione\\s+di\\s+questo\\s+articolo|ci\\s+scusiamo\\s+(?:per\\s+l['’]|dell['’])errore", example: "In una precedente versione di questo articolo si affermava che il porto avrebbe chiuso. Ci scusiamo per l'errore.", retraction: true },
    { cue: "bufal(?:a|e)", example: "La notizia del ponte è una bufala." },
    { cue: "fals(?:o|a|i|e)", example: "La dichiarazione del sindaco è falsa." },
    // A report found not to hold ("non è vero", "non corrisponde al vero"): the negation is the verdict's own.
    { cue: "non\\s+(?:è|era|sono|erano)\\s+(?:ver[oaie]|la\\s+verità)|non\\s+corrispond(?:e|ono)\\s+(?:al\\s+vero|a\\s+verità|alla\\s+realtà)", example: "La notizia del ponte non è vera." },
    { cue: "fake(?: news)?", example: "Lo studio era un fake." },
    { cue: "satir(?:a|ico|ica|ici|iche)", example: "Il pezzo viene da un sito satirico.", satire: true },
    { cue: "parodi(?:a|e)", example: "Il video era una parodia.", satire: true },
    { cue: "scherz(?:o|i)", example: "Il premio era uno scherzo.", satire: true },
    { cue: "beff(?:a|e)|burl(?:a|e)", example: "Lo studio era una beffa ai giornali.", satire: true },
    { cue: "smentit(?:a|o|e|i)|smentisce|smentiscono", example: "Il club ha smentito la notizia.", denial: true },
    // The same verb as an infinitive or gerund ("è intervenuto per smentire la notizia", "smentendo le voci").
    { cue: "smentir(?:e|la|lo|le|li)|smentendo(?:la|lo|le|li)?", example: "Il comune è intervenuto per smentire la notizia della chiusura.", denial: true },
    { cue: "(?:respin(?:ge|gono|to|ta|se)|contest(?:a|ano|ato|ata))\\s+(?:le\\s+|queste\\s+)?(?:affermazioni|notizie|accuse|voci|indiscrezioni)", example: "Il sindacato respinge le affermazioni secondo cui il deposito chiuderà.", denial: true },
    { cue: "negat(?:o|a)|nega(?:no)?", example: "Il club ha negato di aver ricevuto un'offerta." },
    { cue: "nessuna prova", example: "Non c'è nessuna prova dell'incontro." },
    { cue: "inventat(?:a|o|e|i)", example: "La citazione è inventata." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    { cue: "(?:generat|creat|realizzat|prodott)(?:o|a|i|e)\\s+(?:con|da|tramite)\\s+(?:una?\\s+|l['’])?(?:intelligenza\\s+artificiale|IA)", example: "L'immagine della piazza allagata è stata generata con l'intelligenza artificiale." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "non\\s+(?:compare|compaiono|figura|figurano)\\s+(?:da\\s+nessuna\\s+parte|in\\s+nessun(?:o|a)?)", example: "La citazione non compare in nessuno dei suoi discorsi.", saying: true },
    // A quotation itself called fake or only claimed ("una falsa citazione", "la presunta dichiarazione"): its words were not said.
    { cue: "(?:citazion[ei]|dichiarazion[ei]|frasi?) (?:fals[ae]|inventat[ae]|apocrif[ae])|fals[ae] (?:citazion[ei]|dichiarazion[ei])|presunt[ae] (?:citazion[ei]|dichiarazion[ei]|frasi?)", example: "Il post riporta una falsa citazione del sindaco.", saying: true },
    { cue: "ingannat(?:a|o|e|i)", example: "I lettori sono stati ingannati." },
    { cue: "truff(?:a|e)", example: "Lo studio si è rivelato una truffa." },
    { cue: "(?:voci|notizia) infondat(?:a|e)", example: "Sono voci infondate, dice il comune." },
    { cue: "non esiste|non è mai esistit(?:o|a)", example: "L'istituto non esiste." },
    { cue: "davvero(?=[^.!?]*\\?)", example: "Il sindaco si è davvero dimesso?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "in realtà", example: "In realtà, il ponte chiuderà per due settimane." },
    { cue: "quello che\\s+(?:[\\p{L}'’-]+\\s+){1,4}?ha\\s+(?:realmente\\s+|davvero\\s+)?(?:detto|dichiarato)", example: "Quello che la sindaca ha davvero detto è che il traghetto viaggerà fino a maggio." },
  ],
  // A fact-check's answer opening a text or sentence negates what follows; the language's own negation words follow.
  negation: [
    { cue: answerOpening("no"), example: "No, il sindaco di Harlow non si è dimesso." },
    ...NEGATION_WORDS.it.negation,
  ],
  hedge: [
    // The conditional perfect of a report ("avrebbe annullato"), not in reported speech after "che".
    { cue: "(?<!(?<![\\p{L}])che\\s[^.!?;,]{0,60})(?:avrebbe(?:ro)?|sarebbe(?:ro)?)\\s+(?:stat[oaie]\\s+)?\\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)", example: "La compagnia avrebbe annullato l'ordine di dodici aerei." },
    { cue: "presumibilmente|presuntamente", example: "La compagnia ha presumibilmente annullato l'ordine di dodici aerei." },
    { cue: "non\\s+(?:è|sono)\\s+(?:ancora\\s+)?stat[oaie]\\s+(?:confermat|verificat)[oaie]|non\\s+confermat[oaie]", example: "La compagnia ha annullato l'ordine. La notizia non è stata confermata." },
  ],
  possibility: [
    { cue: "potrebbe(?:ro)?|può|possono", example: "Il caffè con estratto di bardana potrebbe alleviare l'emicrania." },
    // The present conditional of a report ("aiuterebbe a dormire"), not in reported speech after "che".
    { cue: "(?<!(?<![\\p{L}])che\\s[^.!?;,]{0,60})\\p{L}{2,}rebbe(?:ro)?", example: "Mangiare noci aiuterebbe a dormire meglio." },
    { cue: "forse|probabilmente|possibilmente|presumibilmente", example: "Il ponte probabilmente chiuderà in inverno." },
    { cue: "sembra(?:no)?|suggerisc(?:e|ono)(?=\\s+che(?![\\p{L}]))", example: "Uno studio suggerisce che il pane d'avena protegge il cuore." },
    { cue: "preliminar[ie]|primi\\s+risultati", example: "I risultati preliminari mostrano che il vaccino funziona." },
    { cue: "(?:nei|sui)\\s+(?:topi|ratti)|negli\\s+animali|sugli\\s+animali", example: "La pillola ha invertito l'invecchiamento nei topi." },
  ],
  condition: [{ cue: "(?<=(?:^|[,;:(])[\\s\"“«]*)se|qualora|a\\s+patto\\s+che|nel\\s+caso\\s+in\\s+cui", example: "Se lo studio sarà confermato, il caffè potrebbe alleviare l'emicrania." }],
  concession: [{ cue: "(?:può|potrebbe|possono|potrebbero)\\s+sembrare|sembra(?:no)?|a\\s+prima\\s+vista", example: "Può sembrare uno scherzo, ma invece è tutto vero." }],
  affirmation: [{ cue: "(?:è|sono|era)\\s+(?:(?:tutto|tutta|davvero|proprio|assolutamente)\\s+)?(?:ver[oaie]|real[ei]|autentic[oaie])", example: "Può sembrare uno scherzo, ma invece è tutto vero." }],
  contrast: CONTRAST_WORDS.it,
  nonexistence: [{ cue: "non\\s+(?:è\\s+)?mai\\s+(?:esistit[oaie]|accadut[oaie]|successo)|non\\s+(?:esiste|esisteva|è\\s+esistit[oaie])|non\\s+c['’]è\\s+mai\\s+stat[oaie]", example: "Un bambino di nome Pim alla scuola Olmi non è mai esistito." }],
  fabrication: [
    { cue: "(?:diffus|propag|divulg)\\p{L}*\\s+(?:una\\s+|la\\s+|delle\\s+|le\\s+)?(?:bufal[ae]|notizie\\s+false|fake\\s+news)", example: "L'agente Gianni Rask è accusato di aver diffuso una bufala sull'incendio della scuola Olmi." },
    { cue: "ha\\s+inventato\\s+(?:la|questa)\\s+storia|ha\\s+ammesso\\s+di\\s+aver\\s+mentito", example: "La cantante ha ammesso di aver mentito sull'aggressione a Villanova." },
  ],
  // The noun a debunk adjective follows may stand between ("contra las noticias falsas").
  topicPreposition: [{ cue: "(?:contro(?:\\s+(?:le|i|gli|la))?|sulle|sui|sugli|su)(?:\\s+\\p{L}+)?", example: "Il processo contro le fake news su Facebook si è aperto lunedì a Valverde." }],
  aboutPreposition: [{ cue: "su|sul|sulla|sullo|sui|sulle|sugli|riguardo\\s+a|contro", example: "Il tribunale esamina le notizie false sul fornaio Gianni Rask." }],
  backReference: [{ cue: "(?:quest|quell)[aeio](?:\\s+\\p{L}+)?|tali", example: "I messaggi dicevano che il fornaio aveva incendiato il ponte. Queste bufale sono state condivise migliaia di volte." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:la\\s+)?(?:(?:notizia|voce|affermazione|accusa)(?:\\s+falsa)?|bufala|fake\\s+news)\\s+(?:che|secondo\\s+cui)", example: "Si è diffusa la notizia che il ponte di Harlow era crollato.", nominal: true },
    { cue: "(?:ha|hanno|aveva|avevano)\\s+(?:affermato|riportato|scritto|sostenuto|denunciato)\\s+che", example: "Il Corriere di Tessby ha scritto che il ponte di Harlow era crollato." },
    // A message's words printed after a colon ("il testo recita: «P»", "il messaggio dice: «P»"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "recita(?:va)?\\s*:\\s*[«“\"]?|(?:messaggi[oi]|test[oi]|post|audio|caten[ae]|appell[oi]|vocal[ei])(?![\\p{L}])[^.:;!?«»“”\"]{0,80}?\\s(?:dice|diceva|afferma|affermava)\\s*:\\s*[«“\"]?", example: "La catena recita: «Il ponte di Harlow è crollato lunedì mattina»." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "si\\s+(?:credeva|diceva|pensava|vociferava|mormorava)\\s+che|(?:molti|molte|la\\s+gente|i\\s+lettori|gli\\s+utenti)(?:\\s+\\p{L}+)?\\s+(?:credevano|pensavano)\\s+che", example: "Per settimane si credeva che il ponte di Harlow fosse crollato.", belief: true },
  ],
  withdrawal: [
    { cue: "(?:si\\s+(?:è|sono)\\s+scusat[oaie]|si\\s+scusa(?:no)?|(?:ha|hanno)\\s+chiesto\\s+scusa|chiede\\s+scusa)\\s+per\\s+(?:(?:la|il|lo|i|gli|le|quella|quel)\\s+|l['’]\\s*|quell['’]\\s*)(?:[\\p{L}-]+\\s+){0,2}?(?:articolo|articoli|notizia|notizie|servizio|titolo|pezzo)(?![\\p{L}])", example: "Il Corriere di Valpiana si è scusato per l'articolo su una rissa al mercato." },
    { cue: "(?:ha|hanno)\\s+ritirato\\s+(?:(?:la|il)\\s+|l['’]\\s*)(?:articolo|notizia|servizio)(?![\\p{L}])", example: "Il Corriere di Valpiana ha ritirato l'articolo su una rissa al mercato." },
  ],
  admission: [{ cue: "(?:ha|hanno)\\s+(?:ammesso|riconosciuto)|ammette|riconosce", example: "La donna che ha denunciato che la polizia le aveva rotto il braccio a Harlow ammette di aver esagerato." }],
  complementiser: "che",
  verdictLink: "è|era|sono|erano|fu|furono|(?:è|era|sono|erano)\\s+stat[aoie]|si\\s+(?:è|sono)\\s+rivelat[aoie]|risulta|risultano",
  rumouredEvent: {
    frame: "(?:voci|voce|notizi[ae]|indiscrezioni|indiscrezione)\\s+(?:sulla|sul|sullo|sui|sulle|sugli|su|riguardo\\s+a(?:lla|l|llo)?|di|della|del|dello|dei|delle|degli)",
    event: "morte|decesso|arresto|dimissioni|assassinio|omicidio|esecuzione|rapimento|sequestro|scomparsa|detenzione|cattura|fuga|ricovero|divorzio|matrimonio|gravidanza|licenziamento|liberazione|chiusura|fallimento|crollo|cancellazione|divieto|vendita|acquisizione|fusione|invasione|esplosione",
    of: "di|del|della|dello|dei|degli|delle",
    example: "Il comune ha smentito le voci sulla morte del sindaco Nino Quaranta, definite una bufala.",
    phrase: "morte del sindaco Nino Quaranta",
  },
  circulation: [
    { cue: "circol(?:a|ano|ava|avano|ato|ata|ante|anti)|(?:sta|stanno|fa|fanno)\\s+(?:facendo\\s+)?il\\s+giro|gira(?:no)?\\s+(?:su|sui|in\\s+rete)", example: "Un messaggio sta facendo il giro delle chat: il traghetto smetterà di navigare." },
    { cue: "catena\\s+di\\s+sant['’]antonio|(?:è|sono)\\s+diventat[oaie]\\s+viral[ei]", example: "È tornata una catena di Sant'Antonio secondo cui il traghetto smetterà di navigare." },
  ],
  plain: ["Il sindaco si è dimesso martedì sera.", "La tisana aiuta a dormire meglio, secondo uno studio."],
};
