/** Finnish stance words (stems: a cue may take any case ending, "valeuutista", "perättömäksi"). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const fi: StanceWords = {
  ...NEGATION_WORDS.fi,
  debunk: [
    { cue: "vää(?:rä|rää|rin|rät|riä)\\p{L}*|virheelli\\p{L}*", example: "Tieto sillasta on väärä." },
    { cue: "perä(?:tön|ttö)\\p{L}*|paikkansapitämät\\p{L}*", example: "Väite sillasta on perätön." },
    { cue: "ei pidä paikkaansa|eivät pidä paikkaansa", example: "Väite ei pidä paikkaansa." },
    { cue: "valeuuti\\p{L}*|feikki\\p{L}*|huijau\\p{L}*|fake(?: news)?", example: "Julkaisu levittää valeuutista." },
    { cue: "kiist(?:i|ää|ivät|ävät|änyt|äneet)", example: "Kaupunki kiisti tiedon.", denial: true },
    { cue: "keksi(?:tty|tyt|ttyä)|tekaistu\\p{L}*", example: "Lainaus on keksitty." },
    { cue: "satiiri\\p{L}*|parodi\\p{L}*|vitsi\\p{L}*", example: "Teksti on satiirisivustolta.", satire: true },
    { cue: "disinformaatio\\p{L}*|harhaanjohta\\p{L}*", example: "Otsikko on harhaanjohtava." },
    { cue: "faktantarkist\\p{L}*", example: "Faktantarkistus: kuva on vanha." },
    { cue: "ei ole näyttöä|ei ole todisteita", example: "Tapaamisesta ei ole näyttöä." },
    { cue: "huhu\\p{L}*", example: "Huhu seurasta ei pitänyt paikkaansa." },
  ],
  possibility: [
    { cue: "voi(?:vat)?|saatta(?:a|vat)|mahdollisesti|todennäköisesti|ehkä|luultavasti", example: "Takiaisuutekahvi voi lievittää migreeniä." },
    { cue: "näyttää|näyttävät|vaikuttaa|viittaa|viittaavat|alustav\\p{L}*|ensimmäiset\\s+tulokset|hiirillä|rotilla", example: "Pilleri käänsi ikääntymisen hiirillä." },
  ],
  condition: [{ cue: "jos|mikäli|ellei", example: "Jos tutkimus pitää paikkansa, kahvi voi lievittää migreeniä." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a claim noun in any case, its clause set
  // off by a comma and opened by "että" (that) or "jonka mukaan" (according to which): "huhu, jonka mukaan P", "perätön
  // väite, että P". A verdict adjective stands before the noun, outside the cue.
  proposition: [
    {
      cue: "(?:vale)?(?:väite|väitteen|väitettä|väitteet|väitteitä|huhu|huhun|huhua|huhut|huhuja|tieto|tiedon|tietoa|tiedot|tietoja|uutinen|uutisen|uutista|uutiset|uutisia)\\s*,\\s+(?:että|jonka\\s+mukaan|joiden\\s+mukaan)",
      example: "Somessa levisi huhu, jonka mukaan Harlowin silta on romahtanut.",
      nominal: true,
    },
    { cue: "(?:väitti|väittivät|väittää|väittävät|väitettiin|väitetään|kirjoitti|kirjoittivat|uutisoi|uutisoivat)\\s*,\\s+että", example: "Paikallislehti kirjoitti, että Harlowin silta on romahtanut." },
    { cue: "(?:huhuttiin|huhutaan|uskottiin|luultiin)\\s*,\\s+että", example: "Viikkoja huhuttiin, että Harlowin silta oli myyty pankille.", belief: true },
  ],
  complementiser: "että",
  // Finnish sets a subordinate clause off with commas: a claimed clause ends at its first comma ("Huhu, jonka mukaan P, levisi").
  commaClosesClause: true,
  plain: ["Pormestari erosi tiistaina.", "Tee auttaa nukahtamaan, kertoo tutkimus."],
};
