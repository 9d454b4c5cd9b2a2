/** Portuguese stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const pt: StanceWords = {
  ...NEGATION_WORDS.pt,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("não"), example: "Não, o prefeito de Harlow não renunciou." },
    // A story called an urban legend is called doubtful.
    { cue: "lendas?\\s+urbanas?|mitos?\\s+urbanos?", example: "A história do clube da meia-noite é talvez uma lenda urbana." },
    { cue: "errata|re(?:c)?tificação", example: "Errata: o porto não vai fechar." },
    { cue: "uma\\s+vers[ãa]o\\s+anterior\\s+(?:desta|deste)\\s+(?:mat[ée]ria|reportagem|not[íi]cia|texto|artigo)\\s+(?:informava|afirmava|dizia|informou|afirmou)|lamentamos\\s+o\\s+erro", example: "Uma versão anterior desta matéria informava que o porto fecharia. Lamentamos o erro.", retraction: true },
    { cue: "boatos?", example: "A notícia da ponte é um boato." },
    // A report found not to hold ("não é verdade", "não corresponde à verdade"): the negation is the verdict's own.
    { cue: "não\\s+(?:é|era|foi|são)\\s+(?:verdade|verdadeir[oa]s?)|não\\s+corresponde(?:m)?\\s+à\\s+(?:verdade|realidade)", example: "A notícia da ponte não é verdade." },
    { cue: "fals(?:o|a|os|as)", example: "A declaração do prefeito é falsa." },
    { cue: "fake(?: news)?", example: "O estudo era fake." },
    // A fact-check's label opening its headline ("Checamos: …"), as "fact-check" is in English.
    { cue: "checamos(?=\\s*:)", example: "Checamos: a ponte de Harlow não foi fechada em março." },
    { cue: "s[aá]t[ií]r(?:a|ico|ica|icos|icas)", example: "O texto veio de um site satírico.", satire: true },
    { cue: "par[oó]di(?:a|as)", example: "O vídeo era uma paródia.", satire: true },
    { cue: "piadas?|brincadeiras?", example: "O prêmio era uma piada.", satire: true },
    { cue: "enganad(?:o|a|os|as)|engan(?:o|ou)", example: "Os leitores foram enganados." },
    { cue: "desmentid(?:o|a)|desment(?:e|iu)", example: "O clube desmentiu a notícia.", denial: true },
    { cue: "(?:rejeit(?:a|am|ou|aram|ado)|refut(?:a|am|ou|aram))\\s+(?:as\\s+|essas\\s+|estas\\s+)?(?:afirmações|alegações|notícias|acusações|informações|rumores)", example: "O sindicato rejeita as afirmações de que o depósito vai fechar.", denial: true },
    { cue: "neg(?:ou|aram|ado|ada)|nega(?:m)?", example: "O clube negou ter recebido uma oferta." },
    { cue: "(?:sem|nenhuma) provas?", example: "Não há nenhuma prova do encontro." },
    // No evidence for the story ("Não há evidências de que …", "sem indícios"): the negation is the verdict's own.
    { cue: "(?:não\\s+(?:há|havia|existem?|foram\\s+encontrad(?:a|o)s)|sem|nenhuma?)\\s+(?:qualquer\\s+|quaisquer\\s+)?(?:evidências?|indícios?)|não\\s+há\\s+provas?", example: "Não há evidências de que o prefeito tenha renunciado." },
    { cue: "mentiras?|mentiros(?:o|a|os|as)", example: "A história do prefeito é mais uma mentira." },
    { cue: "infundad(?:o|a|os|as)|sem\\s+(?:qualquer\\s+)?fundamento", example: "A notícia da morte do prefeito é infundada." },
    { cue: "inventad(?:o|a|os|as)", example: "A citação foi inventada." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    { cue: "(?:gerad|criad|feit|fabricad|produzid)(?:o|a|os|as)\\s+(?:com|por)\\s+(?:uma?\\s+|a\\s+)?(?:intelig[êe]ncia\\s+artificial|IA)", example: "A imagem da praça alagada foi criada com inteligência artificial." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "n[ãa]o\\s+(?:aparece|aparecem|consta|constam|figura|figuram)\\s+em\\s+(?:nenhum(?:a)?|lugar\\s+nenhum)", example: "A frase não aparece em nenhum dos seus discursos.", saying: true },
    // A quotation itself called fake or only claimed ("uma citação falsa", "supostamente disse"): its words were not said.
    { cue: "(?:citaç(?:ão|ões)|declaraç(?:ão|ões)|frases?) (?:falsas?|inventadas?|apócrifas?)|falsas? (?:citaç(?:ão|ões)|declaraç(?:ão|ões))", example: "A publicação traz uma citação falsa do prefeito.", saying: true },
    { cue: "supostamente (?:disse|declarou|escreveu|publicou|assinou)", example: "A frase que o prefeito supostamente disse circula nas redes.", saying: true },
    { cue: "rumor(?:es)?", example: "O rumor sobre o clube não se confirma." },
    { cue: "não existe|nunca existiu", example: "O instituto não existe." },
    { cue: "realmente(?=[^.!?]*\\?)", example: "O prefeito realmente renunciou?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "na verdade", example: "Na verdade, a ponte vai fechar por duas semanas." },
    { cue: "na realidade", example: "Na realidade, o conselho aprovou doze vagas." },
    { cue: "o que\\s+(?:[\\p{L}'’-]+\\s+){1,4}(?:realmente\\s+|de fato\\s+)?(?:disse|afirmou|declarou)", example: "O que a prefeita realmente disse foi que a balsa vai operar até maio." },
  ],
  hedge: [
    // The conditional perfect of a report ("teria cancelado"), not in reported speech after "que".
    { cue: "(?<!(?<![\\p{L}])que\\s[^.!?;,]{0,60})teriam?\\s+\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)", example: "A companhia teria cancelado a encomenda de doze aviões." },
    { cue: "supostamente|alegadamente", example: "A companhia supostamente cancelou a encomenda de doze aviões." },
    { cue: "(?:não\\s+(?:foi|foram)|sem\\s+ser)\\s+(?:confirmad|verificad)[oa]s?|sem\\s+confirmação", example: "A companhia cancelou a encomenda. A informação não foi confirmada." },
  ],
  possibility: [
    { cue: "poderia(?:m)?|pode(?:m)?", example: "O café com extrato de bardana pode aliviar a enxaqueca." },
    { cue: "possivelmente|provavelmente|talvez|eventualmente", example: "A ponte provavelmente vai fechar no inverno." },
    { cue: "parece(?:m)?|sugere(?:m)?(?=\\s+que(?![\\p{L}]))", example: "Um estudo sugere que o pão de aveia protege o coração." },
    { cue: "preliminar(?:es)?|primeiros\\s+resultados", example: "Os resultados preliminares mostram que a vacina funciona." },
    { cue: "em\\s+(?:ratos|camundongos|animais)", example: "A pílula reverteu o envelhecimento em camundongos." },
  ],
  condition: [{ cue: "(?<=(?:^|[,;:(])[\\s\"“«]*)(?:se|caso)|desde\\s+que|a\\s+menos\\s+que", example: "Se o ensaio se confirmar, o café pode aliviar a enxaqueca." }],
  concession: [{ cue: "(?:pode|poderia|podem)\\s+parecer|parece(?:m)?|à\\s+primeira\\s+vista", example: "Pode parecer uma piada, mas é verdade." }],
  affirmation: [{ cue: "(?:é|são|era)\\s+(?:(?:tudo|totalmente|mesmo)\\s+)?(?:verdade|verdadeir[oa]s?|real|reais)", example: "Pode parecer uma piada, mas é verdade." }],
  contrast: CONTRAST_WORDS.pt,
  nonexistence: [{ cue: "n[ãa]o\\s+(?:existe|existiu|existia|aconteceu)|nunca\\s+(?:existiu|houve|aconteceu)", example: "Nunca houve um menino chamado Pim na escola Olmos." }],
  fabrication: [
    { cue: "(?:espalh|divulg|difund|propag)\\p{L}*\\s+(?:uma\\s+|a\\s+|as\\s+|os\\s+)?(?:not[íi]cias?\\s+falsas?|fake\\s+news|mentiras?|desinforma[çc][ãa]o)", example: "O vereador Rui Paz foi acusado de espalhar notícias falsas sobre o incêndio da escola Olmos." },
    { cue: "invent(?:ou|aram)\\s+(?:a|essa|esta)\\s+hist[óo]ria|admitiu\\s+(?:ter\\s+)?mentido", example: "A cantora admitiu ter mentido sobre o ataque em Vila Nova." },
  ],
  // The noun a debunk adjective follows may stand between ("contra las noticias falsas").
  topicPreposition: [{ cue: "(?:contra(?:\\s+(?:as|os|a|o))?|sobre(?:\\s+(?:as|os))?)(?:\\s+\\p{L}+)?", example: "O julgamento sobre notícias falsas no Facebook começou na segunda-feira em Vilaverde." }],
  aboutPreposition: [{ cue: "sobre|acerca\\s+d(?:e|o|a|os|as)|contra", example: "O tribunal examina notícias falsas sobre o padeiro João Rask." }],
  backReference: [{ cue: "(?:est|ess|aquel)(?:es|as|e|a)(?:\\s+\\p{L}+)?|tais", example: "As mensagens diziam que o padeiro tinha queimado a ponte. Essas notícias falsas foram partilhadas milhares de vezes." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:o\\s+|a\\s+)?(?:(?:boato|not[íi]cia|informa[çc][ãa]o|afirma[çc][ãa]o|den[úu]ncia)s?(?:\\s+falsas?)?|mentiras?|farsas?)\\s+(?:de\\s+que|segundo\\s+(?:a|o)\\s+qual)", example: "Circulou a notícia de que a ponte de Harlow tinha desabado.", nominal: true },
    { cue: "(?:afirm|inform|denunci|public)(?:ou|aram)\\s+que", example: "O Correio de Tessby informou que a ponte de Harlow tinha desabado." },
    // A message's words printed after a colon ("a mensagem diz: «P»"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:mensage(?:m|ns)|textos?|publica[çc](?:ão|ões)|[áa]udios?|correntes?|posts?)(?![\\p{L}])[^.:;!?«»“”\"]{0,80}?\\s(?:diz|dizia|afirma|afirmava)\\s*:\\s*[«“\"]?", example: "A mensagem diz: «A ponte de Harlow desabou na segunda-feira de manhã»." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "(?:acreditava|dizia|pensava|julgava)-se\\s+que|(?:muitos|muitas|as\\s+pessoas|os\\s+leitores|os\\s+utilizadores|os\\s+usu[áa]rios)(?:\\s+\\p{L}+)?\\s+(?:acreditavam|pensavam|julgavam)\\s+que", example: "Durante semanas acreditava-se que a ponte de Harlow tinha desabado.", belief: true },
  ],
  withdrawal: [
    { cue: "(?:pediu|pediram|pede|pedem)\\s+desculpas\\s+(?:pela|pelo|pelas|pelos)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:notícia|reportagem|artigo|matéria|publicação|informação)s?(?![\\p{L}])", example: "O Jornal de Vilaverde pediu desculpas pela notícia sobre um motim no mercado." },
    { cue: "(?:retirou|retiraram)\\s+(?:a|o)\\s+(?:notícia|reportagem|artigo|matéria)(?![\\p{L}])", example: "O Jornal de Vilaverde retirou a notícia sobre um motim no mercado." },
  ],
  admission: [{ cue: "(?:admitiu|reconheceu|admite|reconhece)", example: "A mulher que denunciou que a polícia lhe partiu o braço em Harlow admite que exagerou." }],
  complementiser: "que",
  verdictLink: "é|era|são|eram|foi|foram|(?:tem|têm|tinha|tinham)\\s+sido|revelou-se|revelaram-se|se\\s+revelou|se\\s+revelaram",
  rumouredEvent: {
    frame: "(?:boatos?|rumores?|not[íi]cias?|informaç(?:ão|ões))\\s+(?:sobre|acerca\\s+d(?:e|a|o|as|os)|de|da|do|das|dos)",
    event: "morte|falecimento|pris[ãa]o|detenç[ãa]o|ren[úu]ncia|demiss[ãa]o|assassinato|execuç[ãa]o|sequestro|desaparecimento|captura|fuga|internaç[ãa]o|internamento|div[óo]rcio|casamento|gravidez|aposentadoria|libertaç[ãa]o|fechamento|encerramento|fal[êe]ncia|colapso|cancelamento|proibiç[ãa]o|venda|compra|fus[ãa]o|invas[ãa]o|explos[ãa]o",
    of: "de|da|do|das|dos",
    example: "A prefeitura desmentiu os boatos sobre a morte do prefeito Rui Quintela, que chamou de falsos.",
    phrase: "a morte do prefeito Rui Quintela",
  },
  circulation: [
    { cue: "circula(?:m|va|vam)?|viraliz(?:ou|aram|ando)|corrente\\s+de\\s+(?:whatsapp|mensagens)", example: "Circula nas redes uma mensagem segundo a qual o ferry vai deixar de navegar." },
  ],
  plain: ["O prefeito renunciou na terça-feira.", "O chá ajuda a dormir melhor, segundo um estudo."],
};
