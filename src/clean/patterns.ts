/** What is not an outlet's reporting, as data: each pattern matches one line of page furniture and names why it is removed. */
import type { RemovalReason } from "./types.ts";

/** A line that ends like a sentence (or a quotation, a bracket, a label's colon), in Latin or in full-width (CJK) punctuation. */
export const TERMINAL = /[.!?…"”’'»)\]:。！？」』）：]$/u;

export interface LinePattern {
  reason: RemovalReason;
  /** Tested against one trimmed line. */
  pattern: RegExp;
  /** A real line this pattern is meant for (kept beside the rule; tests check each one). */
  example: string;
}

/** Where a share bar sends the page. */
const SHARE_PLATFORMS = "whatsapp|facebook|twitter|x|linkedin|telegram|reddit|bluesky|threads|pinterest|flipboard|messenger|e-?mail|line|copy link|copiar link|copiar enlace|copier le lien|link kopieren|copia link|link kopiëren|salin tautan";
/**
 * One item of an English share bar: the action, on a platform or not ("Share on WhatsApp", "Share this live blog",
 * "Tweet", "Pin it", "Email"), or a platform alone.
 */
const SHARE_ITEM = `share(?: this(?: article| story| post| page| video| live ?blog)?)?(?: (?:on|via|to))?(?:\\s*:?\\s*(?:${SHARE_PLATFORMS}))?:?|tweet(?: this)?|pin(?: it)?|email(?: this)?|print(?: this)?|save|${SHARE_PLATFORMS}`;
/** A share bar's label in the languages with reading data beyond English ("Compartilhe:", "Partager :", "Teilen:", "Bagikan:"). */
const SHARE_LABELS = [
  "compartilhe(?: (?:este|esta|essa|esse) (?:artigo|notícia|matéria|reportagem|texto))?", "compartilhar(?: no| na| em)?",
  "compart(?:e|ir)(?: (?:este|esta) (?:artículo|noticia|nota))?(?: en)?",
  "partager(?: (?:cet|l['’]) ?article)?(?: sur)?", "partagez(?: cet article)?",
  "teilen", "(?:diesen )?artikel teilen", "teilen (?:auf|via)",
  "condividi(?: (?:questo|l['’]) ?articolo)?(?: su)?",
  "delen", "deel (?:dit|het) (?:artikel|bericht)(?: via| op)?", "delen via",
  "bagikan(?: (?:artikel|berita) ini)?(?: ke)?",
].join("|");

/**
 * Headings over a block of links to the site's other stories ("Most read", "You might also like", "Te puede interesar",
 * "Articoli correlati", "Baca juga"), in the languages with reading data. What follows such a heading is headlines of
 * other stories, not this story's reporting.
 */
const RELATED_HEADINGS = [
  "read (?:more|also)", "also read", "related(?: articles?| stories| posts| news| content| coverage| topics| reading| fact[- ]checks?)?", "see also",
  "more on this (?:topic|story)", "more (?:stories|news|to read)", "more from [\\p{L}' ]{1,30}", "recommended(?: for you| stories| reading)?",
  "you (?:may|might) also (?:like|enjoy|be interested in)", "most (?:read|popular|viewed|shared)(?: (?:stories|articles|now|today))?", "trending(?: now| stories)?",
  "popular (?:now|stories|articles)", "don['’]t miss", "editor['’]s picks", "top stories",
  "lee también", "lea también", "(?:también )?te puede interesar", "le puede interesar", "te recomendamos", "noticias relacionadas", "artículos relacionados", "lo más (?:leído|visto)", "más leíd[oa]s", "ver también",
  "leia (?:também|mais)", "veja (?:também|mais)", "notícias relacionadas", "mais (?:lidas|vistas)", "você (?:também )?pode gostar",
  "(?:à )?lire (?:aussi|également)", "voir aussi", "sur le même sujet", "les plus lus", "articles similaires",
  "leggi anche", "articoli correlati", "(?:ti )?potrebbe interessar(?:ti|e)", "i più letti", "più letti", "vedi anche",
  "lesen sie auch", "auch interessant", "mehr zum thema", "meistgelesen(?:e artikel)?", "das könnte sie auch interessieren", "weitere artikel", "verwandte artikel",
  "lees ook", "lees meer", "meest gelezen", "gerelateerde artikelen", "ook interessant",
  "baca juga", "baca", "berita terkait", "artikel terkait", "terpopuler", "lihat juga", "simak juga", "berita berkaitan", "artikel berkaitan", "paling popular",
  "czytaj (?:także|też|również|więcej)", "zobacz (?:także|też|również)", "najczęściej czytane", "читайте также", "по теме", "ilgili haberler",
  "läs (?:också|även|mer|vidare)", "les (?:også|mer)", "læs (?:også|mere)", "lue (?:myös|lisää)", "mest lästa", "mest lest", "mest læste",
  "関連記事", "関連ニュース", "あわせて読みたい", "人気記事", "こちらもおすすめ",
].join("|");

/** The heading alone on its line, colon or not. */
export const RELATED_HEADING_ALONE = new RegExp(`^(?:${RELATED_HEADINGS})\\s*[:：]?$`, "iu");

/** Whether a label before a colon ("LÄS OCKSÅ", "READ MORE") is a page's label over a link to another story: furniture, never who speaks. */
export function isRelatedHeading(label: string): boolean {
  return RELATED_HEADING_ALONE.test(label.trim());
}

/** A consent banner's buttons ("Accept all", "Reject non-essential", "Tout accepter", "Ablehnen", "OK"). */
const CONSENT_ACTION = "accept|reject|decline|allow|agree|ok|got it|manage (?:preferences|cookies|settings|options)|cookie settings|settings|preferences|aceptar|rechazar|configurar|accepter|refuser|paramétrer|personnaliser|akzeptieren|ablehnen|zustimmen|einstellungen|accetta|accetto|accettare|rifiuta|rifiutare|impostazioni|accepteren|weigeren|instellingen|aceitar|recusar|configurações|kabul et|reddet|ayarlar";
/** One button: its action with a word before it or two after ("Accept all cookies", "Alle akzeptieren", "Reject non-essential"). */
const CONSENT_BUTTON = `(?:[\\p{L}-]+\\s+)?(?:${CONSENT_ACTION})(?:\\s+[\\p{L}-]+){0,2}`;

/** Line-level furniture. Order matters only for the reason reported when two match. */
export const LINE_PATTERNS: readonly LinePattern[] = [
  { reason: "donation_bar", pattern: /^[$€£]?\s?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?\s?[$€£]$/, example: "2,500 $" },
  { reason: "donation_bar", pattern: /^(?:do you like this content\?.*|consider (?:helping|supporting) us.*|support (?:us|our (?:work|journalism)).{0,60}|donate(?: now)?[.!]?|please (?:donate|support us).{0,80}|become a (?:patron|member|supporter).{0,60})$/i, example: "Do you like this content? Consider helping us!" },
  { reason: "photo_caption", pattern: /(?:^|[.\s(])(?:photo|picture|image|photograph|pic|credit|photo credit|file photo|illustration)s?\s*:\s*[^.]{1,120}$/i, example: "Syrian military tanks in the east of Homs province. Photo: AFP" },
  { reason: "photo_caption", pattern: /(?:[.\s](?:file photo|photo taken on [^.]{3,40})\.?|\((?:photo|image|picture)[^)]{0,80}\))$/i, example: "Abu Bakr al-Baghdadi speaking in a mosque in Mosul. File photo" },
  // A caption or a photographer before the agency ("Hamid Sardar / Getty Images"); a bare "dpa/AFP" credits the text.
  { reason: "photo_caption", pattern: /\s\S*\s*(?:\/|—|-|\|)\s*(?:getty images|afp|reuters|ap photo|epa|anadolu agency|shutterstock)(?:\s*(?:via getty images))?\s*\)?$/i, example: "Protesters gather in the square. Hamid Sardar / Getty Images" },
  // A picture's source on a line of its own ("Image via user/Flickr", "Photo courtesy of the ministry"): no sentence end.
  { reason: "photo_caption", pattern: /^(?:image|photo|picture|photograph|illustration)s?\s+(?:via|by|courtesy(?: of)?|credit)\b[^.!?]{0,80}$/i, example: "Image via harbourlights/Flickr" },
  // A link to another story after its label, in any language with reading data ("Read: …", "Leia também: …", "Baca
  // Juga: …", "関連記事：…"); "Read:", "Watch:" and "Listen:" only with their colon (alone they head no teaser block).
  { reason: "related_link", pattern: new RegExp(`^(?:${RELATED_HEADINGS}|read(?: related topics)?|watch|listen)\\s*[:：]\\s*.*$`, "iu"), example: "Read: Mosul Ops: 7,000 Iraq troops killed by Daesh" },
  // A teaser block's heading alone on its line; the headlines under it are dropped with it (clean.ts teaserLists).
  { reason: "related_link", pattern: RELATED_HEADING_ALONE, example: "Te puede interesar" },
  { reason: "share_widget", pattern: new RegExp(`^(?:${SHARE_ITEM})(?:\\s*[|/·•,]?\\s*(?:${SHARE_ITEM}))*\\s*[.:]?$`, "iu"), example: "Share on Facebook Share on X Share on WhatsApp Email" },
  // The same bar in other languages, its label alone or before the platforms ("Compartilhe este artigo: Facebook | WhatsApp").
  { reason: "share_widget", pattern: new RegExp(`^(?:${SHARE_LABELS})\\s*:?(?:\\s*(?:${SHARE_PLATFORMS})(?:\\s*[|/·•,]?\\s*(?:${SHARE_PLATFORMS}))*)?\\s*[.:]?$`, "iu"), example: "Compartilhe este artigo: Facebook | WhatsApp | Twitter" },
  { reason: "login_prompt", pattern: /^(?:to join the conversation, please.*|don'?t have an account\?.*|log ?in(?: to .{0,40})?|sign ?in(?: to .{0,40})?|register|subscribe(?: now| to .{0,60})?|already a subscriber\?.*|.*you are commenting as.*|logout)$/i, example: "To join the conversation, please Don't have an account? Register" },
  // A prompt to follow the outlet on a platform ("Follow us on Twitter @PortvaleDaily", "Síguenos en Instagram").
  { reason: "share_widget", pattern: new RegExp(`^(?:follow us|follow [\\p{L}' ]{1,30} on|síguenos|suivez-nous|folgen sie uns|seguici|siga-nos|volg ons)(?:\\s+(?:on|en|sur|auf|su|no|na|op))?\\s*:?\\s*(?:(?:${SHARE_PLATFORMS}|instagram|tiktok|youtube|@[\\p{L}\\p{N}_]+)(?:\\s*(?:[|/·•,]|and|y|et|und|e|en)?\\s*)){1,6}[.!]?$`, "iu"), example: "Follow us on Twitter @PortvaleDaily" },
  { reason: "login_prompt", pattern: /^(?:sign up|subscribe|register)(?: now)? (?:for|to) (?:our|the|a) (?:free |daily |weekly |morning |evening )*(?:newsletter|briefing|digest|alerts?)\b.{0,80}$/i, example: "Sign up for our daily newsletter" },
  // A newsletter pitch, however it names what is sent ("Get the best of X sent straight to your inbox. Sign up for news and analysis.").
  { reason: "login_prompt", pattern: /^(?:[^.!?]{0,80}\b(?:to|in) your inbox[.!]\s*)?(?:sign up|subscribe)(?: now| today| here)? (?:for|to) [^.!?]{1,80}[.!]?$|^[^.!?]{0,80}\b(?:straight|directly|delivered) to your inbox\b[^.!?]{0,40}[.!]?$/i, example: "Get the best of The Harbour Review sent straight to your inbox. Sign up for news, commentary and analysis." },
  { reason: "comment_prompt", pattern: /^(?:join the conversation|leave a (?:comment|reply)|add your comment(?: to this story)?|show comments|hide comments|\d+\s+comments?|comments?(?:\s*\(\d+\))?|post a comment|view comments|load (?:more )?comments)[.:]?$/i, example: "Join the Conversation" },
  { reason: "comment_prompt", pattern: /^(?:reply|report(?: comment| abuse)?|flag|(?:\d+\s+)?(?:likes?|replies|upvotes?|downvotes?|points?)|reply\s*[·|•]\s*(?:report|share|like)|like\s*[·|•]\s*reply|sort by:?\s*(?:newest|oldest|best|top|popular)|load more comments|view \d+ (?:more )?repl(?:y|ies)|show \d+ more repl(?:y|ies))$/i, example: "Reply · Report" },
  { reason: "comment_prompt", pattern: /^(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i, example: "3 hours ago" },
  { reason: "embed_placeholder", pattern: /^(?:youtube video|twitter post|tweet embed|instagram post|facebook post|embedded content|advertisement|sponsored content|video|play video|watch video|audio)$/i, example: "YouTube video" },
  { reason: "language_switcher", pattern: /^(?:(?:english|français|french|español|spanish|português|portuguese|deutsch|german|العربية|arabic|русский|russian|türkçe|turkish|italiano|italian|中文|chinese|فارسی|persian|kurdî|kurdish)\s*(?:[/|·•]\s*|$)){2,}$/i, example: "Portuguese / Spanish / English" },
  // A site's menu ("Harbour Gazette | Home | Region | Sport", "Harbour Gazette — Region | Sport | Weather"): three or
  // more short items between bars, dots or dashes, two bars or dots at least, nothing that ends a sentence; whatever the
  // language, it is a page's navigation, not its reporting or its headline.
  { reason: "navigation_menu", pattern: /^(?=(?:[^|·•]*[|·•]){2})[^|·•—–.!?;:\s]+(?:\s+[^|·•—–.!?;:\s]+){0,3}(?:\s*[|·•—–]\s*[^|·•—–.!?;:\s]+(?:\s+[^|·•—–.!?;:\s]+){0,3}){2,}$/u, example: "Harbour Gazette — Region | Sport | Weather" },
  // A cookie or consent banner, wherever the page put it (under the headline it would be taken for the title): it names
  // cookies and ends on its buttons, or opens with its label. A report about cookies ends like a sentence, not a button.
  { reason: "consent_banner", pattern: new RegExp(`^(?=.{0,600}$)(?=.*\\bcookies?\\b).*?(?:^|[.!?|:·•]\\s*)${CONSENT_BUTTON}(?:\\s*[|/·•]\\s*${CONSENT_BUTTON})*\\s*[.!]?$`, "iu"), example: "Cookie settings: we and our partners use cookies for analytics. Reject non-essential | Accept" },
  { reason: "consent_banner", pattern: /^(?:cookie (?:settings|preferences|consent|notice|policy)|privacy (?:settings|preferences)|consent (?:settings|preferences)|(?:configuración|aviso|política) de cookies|(?:paramètres|gestion) des cookies|cookie-(?:einstellungen|hinweis)|impostazioni (?:dei )?cookie)\s*:.{0,600}$/iu, example: "Cookie notice: this site uses cookies for analytics and advertising." },
  { reason: "tag_list", pattern: /^(?:tags?|topics?|filed under|categories)\s*:.*$/i, example: "Tags: Iraq, Syria, ISIS" },
  { reason: "source_url_line", pattern: /^(?:original url|source url|source|originally published at|permalink)\s*:\s*https?:\/\/\S+$/i, example: "Original URL: https://www.theaustralian.com.au/world/x" },
];

/**
 * A syndicated text's credit to the outlet that supplied it ("This story was translated from French and provided by X",
 * "Distributed by X", "Supplied by X"): the name follows.
 */
export const SUPPLIED_BY = "(?:[Tt]his (?:article|story|piece|report|text) (?:was |has been |is )?(?:(?:translated|adapted) from \\p{L}+ and )?(?:provided|distributed|supplied|syndicated)|[Pp]rovided|[Dd]istributed|[Ss]upplied|[Ss]yndicated) by";

/**
 * A line that is only an outlet credit at the end of a story ("THE SUNDAY TIMES", "— Reuters", "This article first
 * appeared in X"). `sentence`: written as sentences, so found wherever it stands, not only after the last prose line.
 */
export const CREDIT_LINE_PATTERNS: readonly { pattern: RegExp; example: string; sentence?: true; bareName?: true }[] = [
  // Names in any script with capitals ("AGENCE MÉDITERRANÉE…" is as much a credit as "REUTERS"): letters are \p{L}, not ASCII \w.
  { pattern: /^(?:[-—–]\s*)?\p{Lu}[\p{Lu}'’.&\- ]{2,40}$/u, example: "THE SUNDAY TIMES", bareName: true },
  { pattern: /^[-—–]\s*\p{Lu}[\p{L}\p{N}_'’.& -]{1,40}$/u, example: "— Reuters", bareName: true },
  // A site's bare address closing the story ("Lacnouvelles.net", "www.harbourwire.example"): a reprint page credits the
  // site it took the text from so. Letters before the last dot, two or more after it, no space, no path; never a
  // platform's address, a share or follow link's.
  { pattern: new RegExp(`^(?!(?:www\\.)?(?:${SHARE_PLATFORMS}|instagram|youtube|tiktok|t|wa)\\.)(?:www\\.)?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{Ll}{2,13}$`, "iu"), example: "Lacnouvelles.net", bareName: true },
  { pattern: /^(?:[-—–]\s*)?(?:this (?:article|story|piece) (?:was )?(?:first|originally) (?:appeared|published|ran) (?:in|on|by)|(?:first|originally) published (?:in|on|by)|republished (?:from|with permission (?:of|from))|reprinted (?:from|with permission (?:of|from))|courtesy of|(?:with (?:additional )?|additional )reporting by)\s+.{2,120}$/i, example: "This article first appeared in The Conversation.", sentence: true },
  // Only a name after it, capitalised ("Supplied by the ministry, the figures show …" is a sentence).
  { pattern: new RegExp(`^(?:${SUPPLIED_BY})\\s+(?:the\\s+)?\\p{Lu}[^.!?,;:]{1,60}\\.?$`, "u"), example: "This story was translated from German and provided by Nordwind Presse.", sentence: true },
  { pattern: /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?\p{Lu}[\p{L}\p{N}_'’.& -]{1,60}$/iu, example: "© 2019 Agência Lusófona" },
  // A wire's staff sign-off ("(Reporting by …; Editing by …)"): who wrote and edited it, in brackets or as two roles.
  { pattern: /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\s[^()]{2,200}\)\.?$|^(?:reporting|writing) by [^;.]{2,80}; (?:editing|writing|additional reporting) by [^()]{2,160}$/i, example: "(Reporting by Mara Lindqvist in Oslo; Editing by Tomas Reyes)", sentence: true },
  // The wire's rights notice after its name ("© 2019 The Associated Press. All rights reserved. This material may not be …").
  { pattern: /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?\p{Lu}[\p{L}\p{N}_'’.& -]{1,60}?[.,]\s*all rights reserved\b.{0,200}$/iu, example: "© 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", sentence: true },
];

/**
 * Labels of a line that says where a page's text comes from ("Source:", "Originally published in:", "Quelle:", "来源：").
 * Aggregators and reprint pages write them in a header block or at the end, the name after the colon or alone on the next
 * line. One list for every language (pages paste them whatever the language of the text); up to two words may qualify a
 * source noun ("Original source:", "Date of source:"), never a picture word ("Photo source:" credits a picture).
 *
 * These: source nouns and their kin ("Source:", "Via:", "Quelle:", "来源："), a page saying where its text came from.
 */
export const SOURCE_LABEL_WORDS: readonly string[] = [
  "sources?", "via", "quellen?", "mit material von", "fuentes?", "fontes?", "bron", "źródło", "zdroje?", "πηγή", "πηγές", "מקור", "chanzo", "sursa", "forrás", "källa", "kilde", "lähde", "источник", "первоисточник", "по материалам", "kaynak", "джерело", "sumber", "šaltinis", "स्रोत", "المصدر", "منبع", "출처", "来源", "來源", "出处",
];

/** Labels that say the text itself ran first elsewhere ("Originally published in:", "Reprinted from:", "转载自："). */
export const REPRINT_LABEL_WORDS: readonly string[] = [
  "courtesy of", "(?:originally|first) (?:published|posted|appeared)(?: (?:in|on|by|at))?", "(?:reprinted|republished|reproduced) (?:from|with permission (?:of|from))",
  "zuerst erschienen(?: (?:in|im|bei|auf))?", "erstveröffentlichung", "publicado originalmente (?:en|em|por|no|na)", "pubblicato originariamente (?:su|sul|da|in)",
  "(?:publié|paru) (?:initialement|d['’]abord) (?:dans|sur|par)", "initialement (?:publié|paru) (?:dans|sur|par)", "(?:впервые|первоначально) опубликован[оа]?(?: (?:на|в))?", "вперше опубліковано(?: (?:на|в|у))?", "转自", "转载自", "本文来自",
];

/**
 * A credit line: a label, a colon, and the name (after it, or alone on the next line: `\s*` crosses one line break). The
 * name is a short run that is not a date ("Date of source: 3 May" dates the source, it names none). Group `reprint` is set
 * for a label that says the text ran first elsewhere.
 */
export const CREDIT_LABEL = new RegExp(
  `^(?<label>(?:(?!(?:photo|image|picture|video|foto|bild|imagen|immagine)\\b)[\\p{L}]+\\s+){0,2}(?:(?<reprint>${REPRINT_LABEL_WORDS.join("|")})|${SOURCE_LABEL_WORDS.join("|")}))\\s*[:：]\\s*(?<name>[\\p{L}\\p{N}][^\\n]{1,60}?)?\\s*$`,
  "iu",
);

/** Words a commenter writes and a news report (outside quotations) almost never does. */
export const COMMENT_VOICE = /\b(?:you|your|you're|u|lol|imho|imo|i think|i believe|i agree|i doubt|i suspect|i guess|i'm sure|i am sure|i have long believed|i know)\b/i;

/** A label over a writer's bio ("About the author:", "Sobre la autora:", "À propos de l'auteur"), with the bio after it or on the next line. */
export const BIO_LABEL = /^(?:about the (?:author|writer)s?|author bio|sobre (?:el|la) autora?|sobre (?:o autor|a autora)|à propos de l['’]auteure?|über (?:den autor|die autorin)|sull['’]autore|sull['’]autrice|over de auteur)\s*(?::\s*(?<bio>.*))?$/iu;

/**
 * The opening of a bio that stands unlabelled at the end: a full name, then what the writer does for a living ("Mira
 * Holt writes the Harbour Letter", "… is a freelance journalist", "… covers transport for", "… es periodista").
 */
export const BIO_OPENING = /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+(?:writes\s+(?:the|a|an|for|about|on)\b|covers\s|reports\s+on\b|has\s+(?:covered|reported\s+(?:on|for)|written\s+(?:about|for)|worked\s+(?:as|at|for))\s|has\s+been\s+(?:covering|reporting|writing)\s|is\s+the\s+author\s+of\b|(?:is|has\s+been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:journalist|reporter|correspondent|writer|columnist|editor|author|contributor|freelancer|commentator|broadcaster)\b|(?:es|est|é|è|ist)\s+(?:une?\s+|una?\s+)?(?:periodista|reporter[oa]?|repórter|corresponsal|columnista|journaliste|jornalista|giornalista|journalist(?:in)?|redakteur(?:in)?)\b|(?:ialah|adalah|merupakan)\s+(?:seorang\s+)?(?:wartawan|jurnalis|penulis|pemberita|koresponden)\b)/u;

/** Words that open a byline ("By", "Written by", "Por", "Par", "Von", "Door", "Oleh"), and say who posted a page ("Posted on … by admin"). */
export const BYLINE_WORDS: readonly string[] = ["by", "written by", "por", "par", "von", "door", "oleh"];

/** A byline at a page's head ("By Mira Holt, Transport Reporter", "Por Ana Ruiz", "Oleh Hafiz Zulkarnain - …"): group "name" is the writer. */
export const BYLINE = new RegExp(
  `^(?:${BYLINE_WORDS.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join("|")})\\s+(?<name>\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2})(?=$|[\\s,|·•–—-])`,
  "u",
);
