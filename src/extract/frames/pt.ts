/** Portuguese reading data: «segundo», «de acordo com», «informou o jornal», «disse à», «publicado no», aspas, créditos de foto. */
import { BOW, capitalisedName, DOMAIN, EOW, MEDIUM_NAME, NAME_AND_DATE_LINE, SENTENCE_CASE_TITLE, SHOW_NAME, SHOW_TITLE, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

/** Lower-case articles before a name, not part of it ("a Folha" is the Folha). */
const ART = "(?:o|a|os|as)";
/** Nouns that say the name after them is a publication ("o jornal X", "o site X", "a agência X"). */
const OUTLET_NOUNS = ["jornal", "diário", "periódico", "site", "portal", "página", "revista", "semanário", "agência", "agência de notícias", "emissora", "canal", "rede", "rádio", "televisão", "tv", "tabloide", "blog", "boletim", "veículo", "publicação"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** Small words that never describe an outlet: a second word after its noun is an adjective only when it is none of them. */
const FUNCTION_WORD = "(?:de|do|da|dos|das|em|no|na|nos|nas|e|que|o|a|os|as|um|uma|com|por|para|se)";
/**
 * An outlet noun before the name, with its article and at most two adjectives ("o jornal paulista", "o jornal desportivo
 * espanhol"), captured as `cue`; never a preposition or an article ("o jornal da Junta" is the body's paper, unnamed).
 */
const CUE = `(?:${ART}\\s+)?(?<cue>${NOUN}(?:\\s+(?!${FUNCTION_WORD}${EOW})\\p{Ll}+){0,2})\\s+`;
/**
 * What an outlet does as the subject of its news work ("o jornal X noticiou", "a revista X revelou", "o diário X avançou",
 * "o jornal X ouviu um vizinho", "fez manchete"): verbs a person may share ("avançou", "contactou"), so they are read
 * only after an outlet noun (`pt.jornal_sujeito`).
 */
const NEWS_ACTIONS = "(?:noticiou|noticia|revelou|revela|avançou|avança|adiantou|adianta|publicou|publica|divulgou|divulga|escreveu|escreve|reportou|contactou|contatou|entrevistou|ouviu|fez\\s+manchete|deu\\s+(?:a\\s+)?(?:notícia|conta)|(?:conseguiu|tentou)\\s+(?:checar|confirmar|verificar|apurar))";
/** A fact-checker named by what it does ("a agência de checagem de dados X", "o site de checagem X"). */
const FACT_CHECK_NOUN = "(?:agência|site|portal|serviço|projeto|plataforma)\\s+de\\s+(?:checagem|verificação|fact-checking)(?:\\s+de\\s+(?:dados|fatos|notícias|informações))?";
/** Prepositions fused with an article: "ao", "à", "pelo", "pela", "no", "na", "do", "da". */
const TO = "(?:ao|à|aos|às|a)";
const BY = "(?:por|pelo|pela|pelos|pelas)";
const ON = "(?:em|no|na|nos|nas)";
const OF = "(?:de|do|da|dos|das)";

/** Nouns for an outlet's writer before her name ("a colunista Sara Gomes", "o repórter Rui Lopes"). */
const STAFF = "jornalista|colunista|repórter|correspondente|cronista|editor|editora|apresentador|apresentadora";
/** A person's name of up to four capitalised words, particles between ("Sara Gomes", "Ana dos Santos Lima"). */
const PERSON = "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:(?:de|do|da|dos|das)\\s+)?\\p{Lu}[\\p{L}’'-]+){0,3}";
/** Verbs of giving an interview ("concedeu uma entrevista ao jornal X", "deu declarações à Rádio X"): whom it was given to is told. */
const GAVE_INTERVIEW = "concedeu|concede|concedido|concedida|deu|dá|dado|dada|ofereceu";

/** Giving an interview to a show, or saying something to it ("em entrevista ao programa", "disse ao programa"), up to the show's noun. */
const TOLD_SHOW = `(?:(?:(?:[Ee]m|[Dd]urante)\\s+(?:uma\\s+)?|[Nn]uma\\s+)(?:entrevista|declarações)(?:\\s+(?:concedidas?|dadas?))?\\s+(?:ao|para\\s+o)|(?:${GAVE_INTERVIEW})\\s+(?:uma\\s+)?(?:(?:longa|breve|extensa)\\s+)?(?:entrevista|declarações)(?:\\s+exclusivas?)?\\s+(?:ao|para\\s+o)|{SAY}\\s+ao)\\s+`;

export const pt: LanguageFrames = {
  language: "pt",
  occasionMedia: { spoken: ["entrevista\\p{L}*", "coletivas?", "discursos?"] },
  complementisers: ["que"],
  // Particles of foreign outlets' names too ("segundo o jornal italiano La Cronaca di Valdora", "El Diario del Sur").
  name: `(?:${DOMAIN}|${capitalisedName(["de", "do", "da", "dos", "das", "e", "of", "for", "and", "the", "di", "del", "della", "y", "al", "el"])})`,
  date: `(?:em|no\\s+dia|nesta|neste|na|no|segunda|terça|quarta|quinta|sexta|sábado|domingo)\\s+(?<date>\\d{1,2}\\s+de\\s+\\p{Ll}+(?:\\s+de\\s+\\d{4})?|\\p{Ll}+(?:-feira)?)`,
  descriptor: `${ART}\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:${NOUN})(?:\\s+[\\p{Ll}-]+){0,2}`,
  // An infinitive opens what was told without "que" ("declarou ao Jornal do Vale desconhecer o vídeo"): the name ends.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:que|e|mas|o|a|os|as|um|uma|em|no|na|ao|à|com|sem|por|para|sobre|ontem|hoje|segunda|terça|quarta|quinta|sexta|sábado|domingo|nesta|neste|tem|teria|é|foi|não|se|citando|segundo|como|enquanto|após|antes|publicad[oa]s?|divulgad[oa]s?|citad[oa]s?|\\p{Ll}+(?:ar|er|ir|ôr))${EOW})`,
  frames: [
    // "O correspondente da Folha do Cerrado em Lisboa disse …": what an outlet's correspondent or writer reports is the
    // outlet's report; the person is whose staff they are (`staffOf`), a place after the name is where they report from.
    { id: "pt.correspondente_de", frame: "reported", allowUnknown: false, staffOf: true, pattern: `${BOW}(?:[Oo]|[Aa]|[Uu]m|[Uu]ma)\\s+(?:correspondente|enviad[oa]\\s+especial|jornalista|repórter|colunista)\\s+(?:do|da|de)\\s+{SRC}(?:(?=\\s+(?:em|no|na|de)\\s+\\p{Lu})|{END})`, example: "O correspondente da Folha do Cerrado em Lisboa disse que a ponte será fechada.", expect: "Folha do Cerrado" },
    // "Escrevendo no Diário do Vale, Ana Lopes afirmou …": only a publication is written in (en.writing_in).
    { id: "pt.escrevendo_em", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}[Ee]screvendo\\s+(?:no|na|em|para\\s+o|para\\s+a)\\s+{SRC}{END}`, example: "Escrevendo no Diário do Vale, Ana Lopes afirmou que a ponte será fechada.", expect: "Diário do Vale" },
    { id: "pt.segundo", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?<!(?:o|O)\\s)(?:[Ss]egundo|[Dd]e\\s+acordo\\s+com|[Cc]onforme)\\s+(?:(?:o\\s+que\\s+)?(?:informou|publicou|noticiou|revelou)\\s+|(?:informações|dados|números)\\s+${OF}\\s+|(?:(?:um|uma|o|a)\\s+)?(?:\\p{Ll}+\\s+)?(?:reportagem|artigo|matéria|levantamento|relatório|publicação|postagem|post|vídeo|video|mensagem)(?:\\s+\\p{Ll}+)?\\s+(?:${OF}|${ON})\\s+|${ART}\\s+(?:própri|mesm)[oa]s?\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "O porto continuará fechado, segundo a Folha do Litoral.", expect: "Folha do Litoral" },
    { id: "pt.informou", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Cc]omo\\s+)?(?:informou|informa|noticiou|noticia|publicou|publica|revelou|revela|divulgou|divulga|escreveu|escreve|reportou|relatou|destacou|afirmou|antecipou|estampou)\\s+(?:(?:hoje|ontem|nesta\\s+\\p{Ll}+(?:-feira)?)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "O navio afundou, informou o jornal Correio Austral.", expect: "Correio Austral" },
    // "Um site chamado X publicou": a site the text names by what it is called, publishing what is cited.
    { id: "pt.site_chamado", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Uu]ma?|[Oo]|[Aa])\\s+(?<cue>site|blogue|blog|portal|jornal|p[áa]gina)\\s+(?:chamad[oa]|denominad[oa]|intitulad[oa])\\s+["“«]?{SRC}["”»]?{END}\\s+(?:publicou|divulgou|noticiou|escreveu|afirmou|alegou|garantiu)${EOW}`, example: "Um site chamado Folha do Vale publicou uma notícia em março.", expect: "Folha do Vale" },
    { id: "pt.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+(?:informou|informa|noticiou|noticia|publicou|publica|revelou|revela|divulgou|escreveu|escreve|reportou)${EOW}`, example: "A Gazeta Serrana publicou que o prefeito renunciou.", expect: "A Gazeta Serrana" },
    { id: "pt.disse_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|revelou|revelaram)\\s+${TO}\\s+(?:${CUE})?{SRC}{END}`, example: "“Não vamos desistir”, disse à Rádio Planalto um funcionário.", expect: "Rádio Planalto" },
    // "…, disse a capitã do porto Ilse Brandt à agência Rádio Planalto": a speaker between the verb and its addressee; only
    // with the publication noun, which tells the addressee from a place ("a Lisboa").
    { id: "pt.disse_sujeito_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|revelou|revelaram)\\s+(?:[^,.;:!?«»"“”]{1,60}?\\s+)?${TO}\\s+${CUE}{SRC}{END}`, example: "“Não vamos desistir”, disse um funcionário à agência Rádio Planalto.", expect: "Rádio Planalto" },
    { id: "pt.entrevista", frame: "told", allowUnknown: true, pattern: `${BOW}(?:(?:(?:[Ee]m|[Dd]urante)\\s+(?:uma\\s+)?|[Nn]uma\\s+)(?:entrevista|declarações)(?:\\s+(?:concedidas?|dadas?))?\\s+(?:a|à|ao|com)|(?:${GAVE_INTERVIEW})\\s+(?:uma\\s+)?(?:(?:longa|breve|extensa)\\s+)?(?:entrevista|declarações)(?:\\s+exclusivas?)?\\s+(?:a|à|ao)|(?:[Ee]ntrevistad|[Pp]rocurad|[Cc]ontactad|[Cc]ontatad|[Oo]uvid)[oa]s?\\s+${BY}|[Ff]alando\\s+(?:com|a|à|ao))\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "Em entrevista à TV Cerrado, o ministro negou.", expect: "TV Cerrado" },
    // "Em entrevista ao programa Conversa Franca, da TV Cerrado, …": a show is its broadcaster's, who was told; named
    // without one, the show itself (its noun the evidence) — never a broadcaster guessed.
    { id: "pt.programa_de", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}${TOLD_SHOW}programa\\s+${SHOW_NAME},?\\s+(?:da|do|na|no)\\s+(?:${CUE})?{SRC}{END}`, example: "Em entrevista ao programa Conversa Franca, da TV Cerrado, o vereador negou.", expect: "TV Cerrado" },
    { id: "pt.programa", frame: "told", allowUnknown: true, pattern: `${BOW}${TOLD_SHOW}(?<cue>programa)\\s+[«“„"]?(?<name>${SHOW_TITLE})[»”"]?(?!,?\\s+(?:da|do|na|no)\\s)(?=\\s*[,.;:!?)]|\\s+(?:que|e)\\s)`, example: "Em entrevista ao programa Conversa Franca, o vereador negou.", expect: "Conversa Franca" },
    // "À coluna da jornalista Sara Gomes, no Jornal do Litoral, …": whom a speaker told, a column, named by its writer and
    // the outlet that runs it. The writer is the outlet's, no source of her own.
    { id: "pt.coluna_a", frame: "told", allowUnknown: true, pattern: `${BOW}[ÀàAa]\\s+coluna\\s+(?:${OF}\\s+(?:${STAFF})\\s+)?${PERSON},\\s+(?:no|na|do|da)\\s+(?:${CUE})?{SRC}{END}`, example: "À coluna da jornalista Sara Gomes, no Jornal do Litoral, a juíza disse que errou.", expect: "Jornal do Litoral" },
    // "O post foi descoberto pela colunista Sara Gomes, do Jornal do Litoral", "segundo o repórter Rui Lopes, da Rádio X":
    // what an outlet's writer found or reported, credited to the outlet named after the writer. A person's outlet only
    // where the frame credits something to its writer (a reporter of a paper named for another reason cites nothing).
    { id: "pt.colunista_de", frame: "reported", allowUnknown: false, staffOf: true, publication: true, pattern: `${BOW}(?:(?:descobert|revelad|divulgad|publicad|noticiad|antecipad|apurad|mostrad|encontrad)[oa]s?\\s+${BY}|(?:[Ss]egundo|[Cc]onforme|[Dd]e\\s+acordo\\s+com|[Nn]a\\s+coluna\\s+d)\\s*[oa])\\s+(?:${STAFF})\\s+${PERSON},\\s+(?:do|da)\\s+(?:${CUE})?{SRC}{END}`, example: "O post foi descoberto pela colunista Sara Gomes, do Jornal do Litoral.", expect: "Jornal do Litoral" },
    { id: "pt.publicado_por", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:publicad[oa]s?|divulgad[oa]s?|revelad[oa]s?|noticiad[oa]s?|antecipad[oa]s?|informad[oa]s?|avançad[oa]s?|confirmad[oa]s?|reproduzid[oa]s?|partilhad[oa]s?|compartilhad[oa]s?|difundid[oa]s?|repercutid[oa]s?|replicad[oa]s?|republicad[oa]s?)(?:\\s+{DATE})?\\s+(?:primeiro\\s+|depois\\s+|também\\s+)?${BY}\\s+(?:${CUE})?{SRC}{END}`, example: "A notícia, divulgada pelo Diário Serrano, era falsa.", expect: "Diário Serrano" },
    { id: "pt.publicado_em", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicad[oa]s?|divulgad[oa]s?)\\s+(?:(?:ontem|hoje)\\s+)?${ON}\\s+(?:${CUE})?{SRC}{END}`, example: "O estudo, publicado na revista Anais Costeiros, foi desmentido.", expect: "Anais Costeiros" },
    // After a publication noun a title may be written in sentence case.
    { id: "pt.publicado_em.titulo", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicad[oa]s?|divulgad[oa]s?)\\s+(?:(?:ontem|hoje)\\s+)?${ON}\\s+${CUE}(?<name>${SENTENCE_CASE_TITLE}){END}`, example: "O estudo, publicado na revista Anais costeiros do sul, foi desmentido.", expect: "Anais costeiros do sul" },
    { id: "pt.no_site", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:[Nn]o|[Nn]a|[Ee]m\\s+seu|[Ee]m\\s+sua)\\s+(?<cue>site|portal|blog|página)\\s+{SRC}{END}`, example: "O autor escreveu no site ecosdomar.com.br que tudo era piada.", expect: "ecosdomar.com.br" },
    // "Segundo apurou o jornal Público": what an outlet found out.
    // "A agência de checagem de dados X pesquisou a foto e concluiu …": a checker (or a paper, a site) named by its noun is
    // the subject of what it found out; the noun is required, as a person checks and concludes too.
    { id: "pt.checagem_sujeito", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${ART}\\s+)?(?<cue>${FACT_CHECK_NOUN}|jornal|site|portal|revista|blog)\\s+{SRC}\\s+(?:(?:já|também)\\s+)?(?:pesquisou|verificou|checou|apurou|constatou|descobriu|concluiu|mostrou|desmentiu|identificou|rastreou)${EOW}`, example: "A agência de checagem Fatos do Vale pesquisou a foto.", expect: "Fatos do Vale" },
    // "O jornal “Vigia” ouviu dois pescadores", 'o diário espanhol "Gaceta", algum tempo depois, fez manchete': an outlet
    // named after its noun, as the subject of its news work; an aside set off by commas may stand before the verb.
    { id: "pt.jornal_sujeito", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}(?:\\s*,[^,.;:!?«»"“”]{1,80},)?\\s+(?:(?:já|também|depois|ontem|hoje|então)\\s+)?${NEWS_ACTIONS}${EOW}`, example: "Mais tarde, o jornal “Vigia do Norte” contactou o gabinete do autarca.", expect: "Vigia do Norte" },
    // "uma reportagem no semanário regional X", "A primeira notícia saiu no diário X", "fazia manchete no jornal X": the
    // report as a thing printed in the outlet; the outlet noun is required ("uma notícia na Madeira" is a place).
    { id: "pt.noticia_no", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:notícia|notícias|informação|manchete|reportagem|artigo|matéria|crónica|coluna)(?:\\s+(?!${FUNCTION_WORD}${EOW})\\p{Ll}+){0,3}?\\s+(?:no|na|num|numa|em)\\s+${CUE}{SRC}{END}`, example: "A primeira notícia saiu no diário Gaceta Norteña e logo se espalhou.", expect: "Gaceta Norteña" },
    { id: "pt.apurou", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ss]egundo|[Cc]onforme|[Cc]omo)\\s+(?:(?:já|bem|também)\\s+)?(?:apurou|apurado\\s+${BY}|noticiou|avançou|antecipou|mostrou|mostraram|mostrado\\s+${BY}|desmentiu|esclareceu|explicou|verificou|checou)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "Segundo apurou o jornal Gazeta Serrana, o plano está pronto.", expect: "Gazeta Serrana" },
    { id: "pt.citando", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Cc]itando|[Cc]om\\s+base\\s+em|[Cc]om\\s+informações\\s+${OF})\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "O ministério negou, citando a Agência Sul.", expect: "Agência Sul" },
    { id: "pt.citado_por", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:[Cc]omo\\s+)?(?:citad[oa]s?|reproduzid[oa]s?|ouvid[oa]s?|consultad[oa]s?)\\s+${BY}\\s+{SRC}{END}`, example: "O número, citado pelo Eco Mineiro, é duvidoso.", expect: "Eco Mineiro" },
    { id: "pt.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:publicad[oa]|veiculad[oa])\\s+(?:originalmente|originariamente|pela\\s+primeira\\s+vez|inicialmente)\\s+(?:em|no|na|por|pelo|pela)\\s+(?:${CUE})?{SRC}{END}`, example: "Este artigo foi publicado originalmente em The Harbour Review.", expect: "The Harbour Review" },
    // "[Outlet, 18-02-2016]": a bracketed source and date after a passage, as aggregators credit what they took.
    { id: "pt.bracket_source", frame: "according_to", allowUnknown: true, pattern: "[\\[(]{SRC},\\s*\\d{1,2}[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{2,4}[\\])]", example: "Ontem o ministro confirmou [Agência Sul, 18-02-2016].", expect: "Agência Sul" },
  ],
  textVerbs: ["reza", "rezava", "lê-se"],
  speechVerbs: [
    ...speechVerbForms("pt", [
      "declarar", "explicar", "acrescentar", "afirmar", "ressaltar", "destacar", "indicar", "sublinhar", "observar", "alertar",
      "sustentar", "comentar", "relatar", "contar", "confirmar", "lembrar", "frisar", "avaliar", "denunciar", "reiterar",
      "garantir", "advertir", "admitir", "insistir", "reconhecer", "responder", "anunciar", "negar", "desmentir",
      "reafirmar", "questionar", "salientar", "referir", "adiantar", "esclarecer", "revelar", "assegurar", "realçar",
      // A post quotes its writer as a statement does ("tuitou a prefeita", "publicou nas redes"): verbs of posting.
      "tuitar", "postar", "publicar",
      ["escrever", { participle: "escrito" }],
      ["dizer", { present: "diz", presentPlural: "dizem", imperfect: "dizia", imperfectPlural: "diziam", past: "disse", pastPlural: "disseram", participle: "dito" }],
      ["concluir", { present: "conclui", presentPlural: "concluem", imperfect: "concluía", imperfectPlural: "concluíam", past: "concluiu", pastPlural: "concluíram", participle: "concluído" }],
    ]),
  ],
  opinionLeads: ["para", "segundo"],
  articleSelf: ["este", "esta", "uma versão deste"],
  anonymityClauses: ["que (?:pediu|pediram|preferiu|preferiram|solicitou|solicitaram|quis) (?:para )?(?:não ser (?:identificad|nomead|citad)[oa]s?|(?:manter|guardar) o anonimato|anonimato|não se identificar)", "(?:sob|com) (?:a )?(?:condição de |garantia de )?anonimato"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["compartilhe(?:m)?|partilhe(?:m)?|divulgue(?:m)?|passe\\s+adiante", "(?:desejo-(?:lhe|vos)|desejo\\s+a\\s+todos)\\s+um\\s+(?:\\p{L}+\\s+)?dia", "bom\\s+dia|boa\\s+(?:tarde|noite)", "obrigad[oa](?:\\s+a\\s+todos)?"],
  pronouns: { singular: ["ele", "ela"], plural: ["eles", "elas"] },
  dropsSubject: true,
  citingCues: ["citando"],
  anonymousHeads: ["fonte", "fontes", "autoridades", "funcionário", "funcionários", "funcionária", "especialista", "especialistas", "diplomata", "diplomatas", "testemunha", "testemunhas", "morador", "moradores", "residente", "residentes", "porta-voz", "analista", "analistas", "investigador", "investigadores", "oficial", "oficiais", "responsável", "responsáveis", "assessor", "assessores", "servidor", "servidores", "médico", "médicos", "técnico", "técnicos", "técnica", "técnicas"],
  channelPhrases: [`(?:em|num|numa|no|na|durante|através\\s+de|por\\s+meio\\s+de)\\s+(?:(?:um|uma|o|a|seu|sua)\\s+)?(?:comunicados?|notas?|entrevistas?|coletivas?(?:\\s+de\\s+imprensa)?|conferências?\\s+de\\s+imprensa|declarações|declaração|mensagens?|cartas?|discursos?)`],
  determiners: ["um", "uma", "uns", "umas", "vários", "várias", "alguns", "algumas", "dois", "duas", "três", "o", "a", "os", "as", "estes", "estas", "esses", "essas", "outros", "outras", "muitos", "muitas", "diversos", "diversas"],
  possessives: ["seu", "sua", "o seu", "a sua"],
  // "disse à Lusa o porta-voz": whom the speaker told, before an inverted subject.
  mediumPhrases: [`(?:no|na|em)\\s+(?:(?:seu|sua)\\s+)?(?:(?:conta|perfil|página|rede\\s+social)\\s+(?:(?:no|na|do|da|de)\\s+)?)?${MEDIUM_NAME}`, "nas\\s+redes(?:\\s+sociais)?"],
  toldPrepositions: ["à", "ao", "aos", "às", "a"],
  roleNouns: ["especialista", "jornalista", "analista", "porta-voz", "ministro", "ministra", "professor", "professora", "pesquisador", "pesquisadora", "diretor", "diretora", "autor", "autora", "advogado", "advogada", "diplomata", "embaixador", "embaixadora", "historiador", "historiadora", "deputado", "deputada", "senador", "senadora", "prefeito", "prefeita", "presidente", "secretário", "secretária", "assessor", "assessora", "médico", "médica", "economista", "cientista", "correspondente", "redator", "fundador", "responsável", "chefe", "general", "coronel", "governador", "governadora"],
  // "um jornal próximo do Partido X", "um semanário controlado pelo Grupo X": the name describes the noun before it.
  nounDescriptions: [
    { words: ["próxim[oa]s?"], prepositions: ["de", "do", "da", "dos", "das"] },
    { words: ["ligad[oa]s?", "afiliad[oa]s?", "alinhad[oa]s?", "fiel", "fiéis", "leal", "leais", "hostil", "hostis", "contrári[oa]s?"], prepositions: ["a", "ao", "à", "aos", "às"] },
    { words: ["ligad[oa]s?", "alinhad[oa]s?", "vinculad[oa]s?"], prepositions: ["com", "com o", "com a", "com os", "com as"] },
    { words: ["controlad[oa]s?", "financiad[oa]s?", "apoiad[oa]s?", "dirigid[oa]s?", "detid[oa]s?"], prepositions: ["por", "pelo", "pela", "pelos", "pelas"] },
  ],
  organisationCues: ["banco", "ministério", "governo", "exército", "polícia", "ministério público", "procuradoria", "tribunal", "supremo", "conselho", "prefeitura", "câmara", "senado", "universidade", "instituto", "fundação", "associação", "comissão", "agência", "autoridade", "secretaria", "departamento", "partido", "hospital", "vaticano", "onu", "otan"],
  institutions: {
    government: ["governo", "governamental", "governamentais", "Executivo"],
    ministry: ["ministério", "ministerial", "ministeriais"],
    police: ["polícia", "policial", "policiais"],
    military: ["exército", "militar", "militares"],
    intelligence: ["inteligência"],
  },
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "folha", "gazeta", "correio", "estado", "globo", "notícias", "news", "diário", "tribuna", "imprensa", "eco", "voz", "jornal"],
  outletSuffixes: [],
  genericSources: ["imprensa", "imprensa local", "a imprensa", "mídia", "media", "jornais", "veículos", "fontes", "agências", "redes sociais", "rumores", "estudo", "estudos", "especialistas", "relatos"],
  subjectRelatives: ["que", "quem"],
  possessiveStatementLeads: ["a sua declaração", "sua declaração", "a sua mensagem", "sua mensagem", "a sua carta", "sua carta", "o seu comunicado", "seu comunicado"],
  accordingLeads: ["segundo"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["o dado", "os dados", "o número", "os números", "a cifra", "a estimativa", "a percentagem", "a porcentagem", "a estatística", "a foto", "a fotografia", "a imagem", "as imagens", "o vídeo", "a publicação", "a notícia", "o boato", "esse número", "essa foto", "esta foto"],
  studyAuthorLeads: ["estudo", "pesquisa", "inquérito", "investigação", "pesquisadores", "investigadores", "cientistas", "especialistas"].flatMap((n) => [`${n} da`, `${n} do`, `${n} de`]),
  // "As fontes não só confirmaram": "not only", "only" stand between a subject and its verb, no part of the subject.
  beforeVerbWords: ["nos", "lhe", "lhes", "só", "não só", "apenas", "também"],
  verbAdverbs: ["já", "também", "então", "depois", "ainda"],
  ownerPrepositions: ["de", "do", "da", "dos", "das", "por", "pelo", "pela"],
  prepositions: ["ao", "aos", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com", "por", "pelo", "pela", "para", "sobre", "desde", "até", "entre", "durante", "sem"],
  nameStopwords: ["mas", "e", "segundo", "ontem", "hoje", "também", "depois", "antes", "porém", "contudo", "além", "então", "enquanto", "se", "este", "esta", "ele", "ela", "eles", "em", "para", "como", "já", "agora", "ainda"],
  // "Créditos: https://…" gives the address a text was taken from, no picture's maker (lineCitations.ts reads it).
  photoCredits: ["(?:Foto(?:grafia)?|Imagem|Crédito(?:s)?(?!\\s*:\\s*https?:\\/\\/)|Vídeo|Ilustração|Reprodução)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Imagem|Reprodução)\\s*(?::|de)?\\s*[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}", "(?:Foto|Imagem)\\s+(?:de|cortesia\\s+de)\\s+[^\\n.]{0,60}"],
  referenceNouns: ["artigo", "artigos", "art", "parágrafo", "inciso", "alínea", "capítulo", "seção", "secção", "lei", "decreto", "resolução", "diretiva", "regulamento"],
  yearNouns: ["ano"],
  titleCues: ["livro", "intitulado", "intitulada", "título", "manchete", "filme", "documentário", "romance", "relatório", "artigo", "canção", "ensaio", "programa", "reportagem", "rubrica", "segmento", "estudo", "estampou"],
  compositionVerbs: ["escreveu", "escrito", "escreve", "compôs", "composto", "redigiu"],
  without: ["sem"],
  creditLines: [
    NAME_AND_DATE_LINE,
    SIGNATURE_LINE,
    "^\\s*(?:Este|O)\\s+(?:artigo|texto|reportagem)\\s+(?:foi\\s+)?(?:publicad[oa]|veiculad[oa])\\s+(?:originalmente|originariamente|pela\\s+primeira\\s+vez|inicialmente)\\s+(?:em|no|na|por|pelo|pela)\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Fonte|Fontes|Via|Com\\s+informações\\s+d[eoa]s?)\\s*:?\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?<name>(?:\\p{Lu}[\\p{Lu} .&'-]{2,40}))\\s*$",
  ],
  madeByLines: ["(?:Verificação\\s+de\\s+fa(?:c)?tos|Fact[- ]?check|Checagem|Artigo|Texto|Reportagem|Notícia|Investigação|Trabalho)\\s+(?:feit[oa]|realizad[oa]|escrit[oa]|elaborad[oa]|produzid[oa])\\s+(?:por|pel[oa]s?)"],
  newsroomSteps: {
    contact: ["contactou", "contatou", "entrou\\s+em\\s+contac?to", "procurad[oa]s?\\s+pel[oa]", "tentou\\s+contato"],
    noAnswer: ["não\\s+(?:respondeu|retornou|se\\s+pronunciou|deu\\s+resposta)", "sem\\s+resposta", "até\\s+(?:o\\s+)?fecho\\s+desta\\s+edição", "até\\s+o\\s+fechamento\\s+desta\\s+(?:edição|reportagem)"],
    purpose: ["para\\s+(?:comentar|se\\s+posicionar|obter\\s+(?:um\\s+)?(?:posicionamento|comentário))"],
  },
};
