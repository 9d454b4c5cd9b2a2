/** French stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const fr: StanceWords = {
  ...NEGATION_WORDS.fr,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("non"), example: "Non, le maire de Harlow n'a pas démissionné." },
    // A story called an urban legend is called doubtful.
    { cue: "légendes?\\s+urbaines?|mythes?\\s+urbains?", example: "L'histoire du club de minuit est peut-être une légende urbaine." },
    { cue: "rectificatif|erratum", example: "Rectificatif : le port ne fermera pas." },
    { cue: "une\\s+(?:pr[ée]c[ée]dente|premi[èe]re)\\s+version\\s+de\\s+cet\\s+article\\s+(?:indiquait|affirmait|annon[çc]ait|rapportait)|nous\\s+regrettons\\s+cette\\s+erreur", example: "Une précédente version de cet article indiquait que le port fermerait. Nous regrettons cette erreur.", retraction: true },
    { cue: "contrairement à ce qu(?:i a été|e (?:certains|plusieurs)) (?:\\p{L}+ )?(?:affirm|écrit|rapport|annonc|dit)\\p{L}*", example: "Contrairement à ce qui a été écrit, le conseil n'a rien voté." },
    { cue: "canulars?", example: "Cette étude était un canular." },
    { cue: "faux|fausses?", example: "L'article le plus partagé était un faux." },
    { cue: "fake(?:s| news)?", example: "Une fake news a circulé sur le maire." },
    { cue: "satir(?:e|ique|iques)", example: "Le texte vient d'un site satirique.", satire: true },
    { cue: "parodi(?:e|es|que|ques)", example: "C'était une parodie du discours officiel.", satire: true },
    { cue: "blagues?", example: "Le prix était une blague.", satire: true },
    { cue: "rumeurs?", example: "La rumeur sur le club est infondée." },
    { cue: "intox|infox", example: "Attention à cette intox sur le pont." },
    { cue: "pas vrai", example: "Ce n'est pas vrai, selon la mairie." },
    { cue: "inexact(?:e|s|es)?", example: "L'information sur le pont s'avère inexacte." },
    { cue: "dément(?:i|ie|is|ent)?|démentir", example: "La mairie a démenti l'information.", denial: true },
    { cue: "nié|nie(?:nt)?", example: "Le club a nié avoir reçu une offre.", denial: true },
    { cue: "(?:rejet(?:te|tent|é|ée)|récus(?:e|ent|é|ée)|contest(?:e|ent|é|ée))\\s+(?:les\\s+|ces\\s+|des\\s+)?(?:affirmations|allégations|informations|rumeurs|accusations)", example: "Le syndicat rejette les affirmations selon lesquelles le dépôt fermera.", denial: true },
    { cue: "pi[èé]g(?:e|es|é|ée|és|ées)", example: "Plusieurs journaux ont été piégés." },
    { cue: "bern(?:é|ée|és|ées)", example: "Les lecteurs ont été bernés." },
    { cue: "dup(?:é|ée|és|ées)", example: "La presse a été dupée." },
    { cue: "aucune preuve", example: "Il n'existe aucune preuve de cette rencontre." },
    { cue: "invent(?:é|ée|és|ées)", example: "La citation a été inventée." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    { cue: "(?:génér|cré|fabriqu|réalis)(?:é|ée|és|ées)\\s+(?:par|avec|grâce\\s+à)\\s+(?:une?\\s+|l['’])?(?:intelligence\\s+artificielle|IA)", example: "L'image de la place inondée a été générée par une intelligence artificielle." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "n['’](?:appara[îi]t|apparaissent|figure|figurent)\\s+(?:nulle\\s+part|dans\\s+aucun(?:e|s|es)?)|ne\\s+se\\s+trouve(?:nt)?\\s+(?:nulle\\s+part|dans\\s+aucun(?:e|s|es)?)", example: "Cette citation n'apparaît dans aucun de ses discours.", saying: true },
    // A quotation itself called fake or only claimed ("une fausse citation", "prétendument publié"): its words were not said.
    { cue: "(?:fausses?|faux) (?:citations?|déclarations?|propos|communiqués?)|citations? (?:inventées?|apocryphes?)", example: "Le message reprend une fausse citation du maire.", saying: true },
    { cue: "(?:soi-disant|prétendument|supposément) (?:dit|déclaré|écrit|publié|tenu|signé)", example: "Le communiqué prétendument publié par le maire circule encore.", saying: true },
    { cue: "bidon", example: "Une étude bidon a fait le tour du monde." },
    { cue: "infond(?:é|ée|és|ées)", example: "Ces accusations sont infondées." },
    { cue: "trompeu(?:r|se|rs|ses)", example: "Le titre était trompeur." },
    { cue: "fauss(?:é|ée|és|ées)", example: "L'étude est faussée." },
    { cue: "n['’]existe pas|n['’]a jamais existé", example: "L'institut n'existe pas." },
    { cue: "vraiment(?=[^.!?]*\\?)", example: "Le maire a-t-il vraiment démissionné ?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "en réalité", example: "En réalité, le pont fermera deux semaines." },
    { cue: "en fait", example: "En fait, le conseil a approuvé douze places." },
    { cue: "ce qu(?:e\\s+|['’])(?:[\\p{L}'’-]+\\s+){1,4}a\\s+(?:réellement\\s+|vraiment\\s+)?(?:dit|déclaré|écrit)", example: "Ce que la maire a réellement dit, c'est que le ferry circulera jusqu'en mai." },
  ],
  negationScope: [
    { cue: "(?:en|dans)\\s+l['’]état|sous\\s+sa\\s+forme\\s+actuelle", example: "Le conseil ne signera pas l'accord sous sa forme actuelle." },
    { cue: "pour\\s+l['’]instant|pour\\s+le\\s+moment", example: "Le conseil ne signera pas l'accord pour l'instant." },
  ],
  // A fact-check's answer opening a text or sentence negates what follows; the language's own negation words follow.
  negation: [
    { cue: answerOpening("non"), example: "Non, le maire de Harlow n'a pas démissionné." },
    ...NEGATION_WORDS.fr.negation,
  ],
  hedge: [
    // The conditionnel passé of a report ("aurait annulé", "auraient été blessés"), not in reported speech after "que"
    // ("a dit qu'il aurait préféré": the future of the past).
    { cue: "(?<!(?<![\\p{L}])qu(?:e\\s|['’])[^.!?;,]{0,60})(?:aurai(?:t|ent)|serai(?:t|ent))\\s+(?:été\\s+)?\\p{L}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|it|ait|te)", example: "La compagnie aurait annulé sa commande de douze avions." },
    { cue: "(?:n['’](?:a|ont)\\s+pas\\s+(?:encore\\s+)?été|non)\\s+(?:officiellement\\s+)?(?:confirmée?s?|vérifiée?s?)", example: "La compagnie a annulé sa commande. L'information n'a pas été confirmée." },
    { cue: "selon\\s+des\\s+informations\\s+non\\s+confirmées|présumée?s?ment", example: "La compagnie a présumément annulé sa commande." },
  ],
  possibility: [
    { cue: "peut-être|pourrai(?:t|ent)|peu(?:t|vent)", example: "Le café à la bardane pourrait soulager la migraine." },
    // The present conditional of a report ("aiderait à dormir"), not in reported speech after "que", nor a noun in -trait.
    { cue: "(?<!(?<![\\p{L}])qu(?:e\\s|['’])[^.!?;,]{0,60})(?!(?:at|ex|re|por|dis|abs|sous)?traits?(?![\\p{L}]))\\p{L}{2,}rai(?:t|ent)", example: "Manger des noix aiderait à mieux dormir." },
    { cue: "possiblement|probablement|vraisemblablement|éventuellement", example: "Le pont fermera probablement cet hiver." },
    { cue: "sembl(?:e|ent|erait|eraient)|il\\s+para(?:î|i)t\\s+que", example: "Le médicament semble ralentir la chute des cheveux." },
    { cue: "sugg(?:è|e)re(?:nt)?(?=\\s+qu(?:e|['’]))|laisse(?:nt)?\\s+penser", example: "Une étude suggère que le pain d'avoine protège le cœur." },
    { cue: "préliminaires?|premiers\\s+résultats", example: "Des résultats préliminaires montrent que le vaccin fonctionne." },
    { cue: "chez\\s+(?:la\\s+|les\\s+|des\\s+)?(?:souris|rats?|l['’]animal|les\\s+animaux)", example: "La pilule a inversé le vieillissement chez la souris." },
  ],
  condition: [{ cue: "(?<=(?:^|[,;:(])[\\s\"“«]*)si|s['’]ils?|à\\s+condition\\s+que|au\\s+cas\\s+où", example: "Si l'essai se confirme, le café pourrait soulager la migraine." }],
  concession: [{ cue: "on\\s+pourrait\\s+croire|(?:peut|pourrait)\\s+(?:sembler|para[îi]tre|ressembler)|sembl(?:e|ent)|a\\s+l['’]air|à\\s+première\\s+vue", example: "On pourrait croire à une blague, mais c'est bien vrai." }],
  affirmation: [{ cue: "(?:est|sont|c['’]est)\\s+(?:(?:bien|tout\\s+à\\s+fait|totalement|parfaitement|bel\\s+et\\s+bien)\\s+)?(?:vrai(?:e|s|es)?|réel(?:le|s|les)?|authentique)", example: "On pourrait croire à une blague, mais c'est bien vrai." }],
  contrast: CONTRAST_WORDS.fr,
  alleged: [{ cue: "prétendu(?:e|s|es)?|supposé(?:e|s|es)?", example: "L'affaire du prétendu enlèvement d'un garçon à Valombre est élucidée." }],
  nonexistence: [{ cue: "n['’](?:a\\s+jamais\\s+(?:existé|eu\\s+lieu)|existe\\s+pas|existait\\s+pas|a\\s+pas\\s+existé|a\\s+pas\\s+eu\\s+lieu)|n['’]y\\s+a\\s+jamais\\s+eu", example: "Il n'y a jamais eu de garçon nommé Pim à l'école des Ormes." }],
  fabrication: [
    { cue: "(?:répand|diffus|propag)\\p{L}*\\s+(?:une\\s+|de\\s+|des\\s+)?(?:fausses?\\s+(?:informations?|nouvelles?)|fake\\s+news|infox)", example: "Le policier Jean Rask est accusé d'avoir diffusé de fausses informations sur l'incendie de l'école des Ormes." },
    { cue: "a\\s+inventé\\s+(?:cette\\s+|l['’]\\s*)histoire|a\\s+avoué\\s+avoir\\s+menti", example: "La chanteuse a avoué avoir menti sur l'agression de Villeneuve." },
  ],
  // "sur" with a plural or partitive determiner only: "sur un site satirique" names where a story ran, a verdict.
  topicPreposition: [{ cue: "contre(?:\\s+(?:les|des|la|l['’]))?|(?:à\\s+propos|au\\s+sujet)\\s+(?:des|de\\s+la|de\\s+l['’]|de)|sur\\s+(?:les|des|de|d['’])|concernant(?:\\s+les)?", example: "Les enquêteurs ont été menés sur de fausses pistes pendant des années." }],
  aboutPreposition: [{ cue: "sur|concernant|à\\s+propos\\s+d(?:e|u|es)", example: "Le tribunal examine de fausses informations sur le boulanger Jean Rask." }],
  backReference: [{ cue: "ces|cette|cet|ce|de\\s+telles|de\\s+tels", example: "Des messages affirmaient que le boulanger avait incendié le pont. Ces rumeurs ont été partagées des milliers de fois." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:l[a'’]\\s*|le\\s+)?(?:(?:fausses?\\s+)?(?:rumeur|information|affirmation|all[ée]gation|annonce|nouvelle)s?|intox|canulars?)\\s+(?:selon\\s+laquelle|selon\\s+lesquelles|selon\\s+lequel|que|qu['’])", example: "La rumeur selon laquelle le pont de Harlow s'est effondré a circulé.", nominal: true },
    // A noun's participle ("un titre affirmant que P"): the noun's claim, as above.
    { cue: "(?:affirmant|pr[ée]tendant|assurant)\\s+(?:que|qu['’])", example: "Un message affirmant que le pont de Harlow s'était effondré a circulé.", nominal: true },
    { cue: "(?:a|ont|avait|avaient)\\s+(?:affirm[ée]|annonc[ée]|assur[ée]|pr[ée]tendu|rapport[ée]|[ée]crit)\\s+(?:que|qu['’])|(?:affirme|annonce|assure|pr[ée]tend|rapporte)(?:nt)?\\s+(?:que|qu['’])", example: "Le Courrier de Tessby a annoncé que le pont de Harlow s'était effondré." },
    // A message's words printed after a colon ("le message dit : « P »", "on peut y lire : « P »"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:messages?|textes?|publications?|posts?|audios?|cha[îi]nes?|tweets?)(?![\\p{L}])[^.:;!?«»“”\"]{0,80}?\\s(?:dit|disait|affirme|affirmait|indique|indiquait)\\s*:\\s*[«“\"]?|on\\s+(?:peut|pouvait)\\s+(?:y\\s+)?lire\\s*:\\s*[«“\"]?", example: "Le message dit : « Le pont de Harlow s'est effondré lundi matin »." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "on\\s+(?:croyait|disait|pensait|racontait)\\s+(?:que|qu[\'’])|(?:beaucoup|les\\s+lecteurs|les\\s+internautes|les\\s+gens)(?:\\s+\\p{L}+)?\\s+(?:croyaient|pensaient)\\s+(?:que|qu[\'’])", example: "Pendant des semaines, on croyait que le pont de Harlow s'était effondré.", belief: true },
  ],
  withdrawal: [
    { cue: "s['’]\\s*(?:est|sont)\\s+excusée?s?\\s+(?:pour|de)\\s+(?:(?:son|sa|ses|leur|leurs|la|le|les|cet|cette)\\s+|l['’]\\s*)(?:[\\p{L}-]+\\s+){0,2}?(?:article|information|papier|reportage|titre)s?(?![\\p{L}])", example: "Le Courrier de Valombre s'est excusé pour son article sur une émeute au marché." },
    // A newsroom's apology to its own audience ("tient à s'excuser auprès de ses téléspectateurs", "présente ses excuses
    // à ses lecteurs"): said of what it broadcast or printed, it takes that back.
    { cue: "(?:s['’]\\s*excuser|s['’]\\s*excusent|s['’]\\s*excuse|s['’]\\s*(?:est|sont)\\s+excusée?s?|présent(?:e|ent|é|er)\\s+(?:ses|leurs|des)\\s+excuses)\\s+(?:[«“\"]\\s*)?(?:auprès\\s+)?(?:de\\s+ses|de\\s+leurs|des|à\\s+ses|à\\s+leurs|aux)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:lecteurs|lectrices|téléspectateurs|téléspectatrices|auditeurs|auditrices|internautes|abonnés)(?![\\p{L}])", example: "La chaîne Valombre Info s'excuse auprès de ses téléspectateurs pour le bulletin de dimanche." },
    { cue: "(?:a|ont)\\s+retiré\\s+(?:(?:son|sa|ses|leur|la|le|les|cet|cette)\\s+|l['’]\\s*)(?:article|information|papier|reportage)s?(?![\\p{L}])", example: "Le Courrier de Valombre a retiré son article sur une émeute au marché." },
  ],
  admission: [{ cue: "(?:a|ont)\\s+(?:avoué|reconnu|admis)|avoue(?:nt)?|reconna[iî]t|admet(?:tent)?", example: "La femme qui affirme que la police lui a cassé le bras à Harlow reconnaît avoir exagéré." }],
  complementiser: "que|qu['’]",
  verdictLink: "est|[ée]tait|sont|[ée]taient|(?:a|ont|avait|avaient)\\s+[ée]t[ée]|s['’](?:est|[ée]tait)\\s+r[ée]v[ée]l[ée]e?s?|se\\s+sont\\s+r[ée]v[ée]l[ée]e?s|s['’]av[èe]r(?:e|ent)",
  rumouredEvent: {
    frame: "(?:rumeurs?|bruits?|informations?|nouvelles?|annonces?|all[ée]gations?|intox)\\s+(?:sur|concernant|autour\\s+d(?:e|u|es)|à\\s+propos\\s+d(?:e|u|es)|d['’]|de|du|des)",
    event: "mort|d[ée]c[èe]s|arrestation|d[ée]mission|assassinat|ex[ée]cution|meurtre|enl[èe]vement|disparition|d[ée]tention|emprisonnement|capture|[ée]vasion|hospitalisation|divorce|mariage|grossesse|retraite|limogeage|licenciement|d[ée]fection|lib[ée]ration|fermeture|faillite|effondrement|annulation|interdiction|vente|rachat|fusion|invasion|explosion",
    of: "de|du|des|d['’]",
    example: "La mairie a démenti la rumeur concernant la mort du maire Marc Quillet, une invention selon elle.",
    phrase: "la mort du maire Marc Quillet",
  },
  circulation: [
    { cue: "circul(?:e|ent|ait|aient)|fai(?:t|saient|sait)\\s+le\\s+tour|(?:est|sont)\\s+devenue?s?\\s+vira(?:l|le|ux|les)", example: "Un message circule sur les réseaux : le ferry cesserait de naviguer." },
  ],
  plain: ["Le maire a démissionné mardi soir.", "Manger des noix aiderait à mieux dormir, selon une étude."],
};
