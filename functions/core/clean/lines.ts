/**
 * Line-level features for plain-text cleaning, shared by the scorer and its training script.
 */

/** Patterns tried on every token and line, built once (a literal inside a function may be rebuilt on each call). */
const UPPER_START = /^\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;

/** Whether a text holds a letter of any script. */
export const hasLetter = (text: string): boolean => ANY_LETTER.test(text);

const STOP = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those ' +
    'he she they we you i his her their our not no will would can could should said says than then there which who whom what when ' +
    'where while after before about into over under more most also only just if so do does did up out one two all some any new ' +
    'le la les un une des et ou de du en dans sur pour par avec est sont été il elle ils qui que pas plus au aux ce cette ' +
    'der die das ein eine und oder zu im am mit von für ist sind war wurde nicht auch sich dem den des er sie es auf bei nach ' +
    'el los las y o del con por para es son fue se no más al lo su sus como pero ' +
    'il gli uno di della dei degli delle nel nella nei tra fra che non è sono ha hanno era anche più ma alla ai sulla dal dalla questo questa ' +
    'os um em na nos nas não são foi ser mais mas ao à seu sua pelo pela ' +
    'het een van op te dat zijn voor niet aan er ook als bij door om naar maar dan wordt werd hij zij ze ' +
    'och att det som på är av för med till den har inte om ett var ska kan efter sig från vid ' +
    'og af ikke til fra efter der blev også kan vil skal eller av etter ble også ' +
    'w z na się do nie że jest to od po za jak przez dla oraz ale już czy są był była było może także ' +
    'и в во не на что с со по к из за от для о об это как но а его ее её он она они также был была были до у же уже ' +
    've bir bu da için ile olarak çok daha gibi ama ki ne olan sonra göre kadar ise şu her ya veya hem ancak değil var yok ' +
    'olduğu olduğunu eden etti ayrıca yaklaşık bütün tüm bazı önce üzere dedi söyledi belirtti açıkladı ' +
    'και το τα της του των η ο οι σε να με για από που στο στην στη στον στα τον την τις τους ότι θα είναι δεν ένα μια ως ' +
    'yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada oleh sebagai atau bahwa telah sudah karena mereka ' +
    'antara lain tersebut menjadi bagi saat setelah namun hingga serta seperti secara agar dapat bisa harus masih lebih kepada ' +
    'semua beberapa setiap kata ujar mengatakan menyatakan ' +
    'v ve se je s ze k ke pro jako které který která také jsou byl bylo byla není ale podle ' +
    // Finnish, Estonian, Hungarian, Romanian, Croatian/Bosnian/Serbian and Slovenian, Slovak,
    // Lithuanian, Latvian, Catalan, Galician; words that are also English ("care", "per", "mint")
    // are left out, so that an English line's share of function words stays what it was.
    'ja on ei että oli ovat kun mutta myös tai jo hän joka jotka mikä sen siitä sekä kuin vain ole olla ' +
    'et see ka kui mis aga või ning oma nad seda mida ' +
    'és az hogy nem egy meg már csak volt lesz azt ezt amely ' +
    'și în cu pe este sunt fost din pentru sau dar că ' +
    'u su za od iz sa koji koja koje što kao ali ili će bi biti bio bila in ki so tudi ter kot ' +
    'sa aj ako alebo ktorý ktorá ktoré však už len ' +
    'ir yra kad iš tai jis buvo bus nuo iki apie kaip taip ' +
    'un ir ka uz ar kas arī tas bija būs lai vai kā pēc ' +
    'els les dels amb però més també és unha non máis tamén dos das ' +
    // Icelandic, Welsh, Irish, Basque, Albanian, Maltese, Afrikaans, Swahili, Hausa, Somali, Yoruba,
    // Zulu and Xhosa, Tagalog, Luxembourgish and Vietnamese, so that a story in one of them reads as prose. Words
    // that are also English words or given names ("sin", "don", "bat", "me", "theo", "hadi") are
    // left out, as above.
    'að í á sem við ekki með það hann hún fyrir frá eftir hefur hafa verið sagði eru ' +
    'yr yn ac gan mae roedd bod ei eu ond wedi fel hefyd bydd sydd oedd gyda mewn ddim ' +
    'agus ag bhí tá sé sí siad seo ó faoi leis chun nach gur beidh atá ní ach freisin ' +
    'eta ez du ere zen dira baina bere izan dute egin ditu dela duela beste oso behar gisa ' +
    'dhe të në një që nga është për nuk por edhe ishte kanë ' +
    'ta li għal minn huwa hija kien kienet biex wara fuq bejn jew iżda ukoll ' +
    'nie vir hy sy hul ons gesê ' +
    'ya wa kwa katika ni za cha kuwa hiyo huo hii pia lakini alisema amesema ambao ambayo kwamba baada zaidi wakati ' +
    'kuma domin amma yana tana wanda cikin daga zuwa wani wata ' +
    'iyo ku oo waa uu ay ee ayaa soo kala ugu waxaa kale kuwa ' +
    'ati awọn lati naa yii ninu ' +
    'futhi kodwa ukuthi uma noma kusho ngoba lapho kanye kakhulu manje ukuze kuphela kanti wathi bathi kwaye ukuba okanye ' +
    'ang ng mga ay ni ito hindi kay nang siya sila noong rin kung dahil upang ' +
    'vun fir mat gëtt huet hunn gouf dës awer wéi ' +
    'của và các có là được trong với đã không những người này một để khi từ đến tại về cũng sẽ đang nhiều như vào trên hơn thì nhưng bị ' +
    // Hindi (and the Devanagari words Marathi and Nepali share), Bengali, Urdu, Arabic, Persian,
    // Hebrew and Korean: scripts without capitals, whose prose the other features alone miss.
    'है हैं के में की और से को ने का पर यह कि भी था थे थी गया गई किया लिए इस उन्होंने जो तक वह हो रहा रही रहे कहा बताया साथ बाद आहे आणि छ र ' +
    'এবং ও এই করে হয় থেকে জন্য না তিনি বলেন হয়েছে ' +
    'ہے کے میں کی اور سے کو نے کا پر یہ کہ بھی تھا ' +
    'في من على إلى أن عن مع التي الذي هذا هذه كان قد لا وقال قال أو بين بعد كما حيث ذلك وفي إن خلال ' +
    'و در به از که این با را است برای آن یک شده می تا بر هم شد کرد خود نیز اما ' +
    'של את על כי לא זה גם עם הוא היא אם כל אבל או היה יותר אמר בין אחרי לפני כך ' +
    '및 등 또한 그러나 하지만 이번 지난 수 것 있다 했다 밝혔다 말했다 있는 위해 대한 통해 따라 함께 이후 가장 더 또 그는 이날'
  ).split(' '),
);

/**
 * Chinese, Japanese, Thai and the like write no spaces between words: a run of their letters counts as
 * one word in every two characters (Han and kana) or four (Thai, Lao, Khmer, Burmese), and their
 * commonest particles ("的", "の", "ที่") stand for function words.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAN_KANA_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu;
const SOUTHEAST_ASIAN_CHARS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const UNSPACED_PARTICLES = /[的了在是和与也将对为等这中][^的了在是和与也将对为等这中]?|[のにはをがでとも](?=[\p{Script=Han}\p{Script=Katakana}])|ที่|และ|ของ|ได้|จะ|ว่า|ให้|เป็น|การ/gu;

/**
 * A Korean word ending in a case or topic particle ("강원은", "경기에서", "골망을"): Korean joins
 * to the word what other languages write as function words.
 */
const HANGUL = /\p{Script=Hangul}/u;
const HANGUL_WITH_PARTICLE = /\p{Script=Hangul}(?:은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|에게|까지|부터|보다)$/u;

/** A line ending in a Thai, Lao or Khmer letter or mark, scripts that end sentences with a space. */
const NO_FULL_STOP_END = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]$/u;
const MIN_UNPUNCTUATED_SENTENCE_WORDS = 12;

/** Words and function words of a token written without spaces between its words. */
function unspacedCounts(token: string): { words: number; stops: number } {
  const hanKana = token.match(HAN_KANA_CHARS)?.length ?? 0;
  const southeast = token.match(SOUTHEAST_ASIAN_CHARS)?.length ?? 0;
  const words = Math.max(1, Math.round(hanKana / 2 + southeast / 4));
  const stops = Math.min(words, token.match(UNSPACED_PARTICLES)?.length ?? 0);
  return { words, stops };
}

/** Whether a word is a function word ("the", "der", "de", "och", "и", "ve", ...) in one of the languages read. */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

const LANG_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'said'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'avec'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se'],
  it: ['il', 'della', 'che', 'di', 'per', 'non', 'sono', 'gli', 'nel', 'delle'],
  pt: ['não', 'uma', 'os', 'em', 'da', 'do', 'que', 'para', 'com', 'dos'],
  nl: ['het', 'een', 'van', 'en', 'dat', 'niet', 'zijn', 'voor', 'op', 'ook'],
  sv: ['och', 'att', 'det', 'som', 'är', 'på', 'för', 'med', 'inte', 'ett'],
  da: ['og', 'af', 'ikke', 'det', 'til', 'som', 'med', 'har', 'fra', 'efter'],
  no: ['og', 'av', 'ikke', 'det', 'til', 'som', 'med', 'har', 'fra', 'etter'],
  pl: ['się', 'nie', 'że', 'na', 'jest', 'do', 'przez', 'dla', 'oraz', 'już'],
  cs: ['se', 'je', 'že', 'na', 'které', 'jako', 'pro', 'také', 'jsou', 'podle'],
  // Croatian, Bosnian and Serbian: Croatian month names mean other months than Czech and Polish ones.
  hr: ['i', 'u', 'je', 'su', 'da', 'za', 'od', 'koji', 'koja', 'kao'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'для'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'da'],
  el: ['και', 'το', 'της', 'του', 'των', 'να', 'σε', 'για', 'από', 'που'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'pada', 'dalam'],
};

/** Fewest words a text needs for its function words to tell its language. */
const MIN_WORDS_TO_TELL = 30;

/** Shares of a text's words that are each language's function words; null when it is too short to tell. */
function functionWordShares(text: string): Array<[string, number]> | null {
  const words = text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_TELL) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return Object.entries(LANG_WORDS).map(([lang, list]) => [lang, list.reduce((s, w) => s + (counts.get(w) ?? 0), 0) / words.length]);
}

/** A rough guess among en/fr/de/es/it/pt/nl/sv/da/no/pl/cs/hr/ru/tr/el/id from function words (hr standing for Croatian, Bosnian and Serbian); null when the text is too short to tell or in none of them. */
export function guessLanguage(text: string): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, score] of functionWordShares(text) ?? []) if (score > bestScore) [best, bestScore] = [lang, score];
  return bestScore > 0.05 ? best : null;
}

/** Whether a text long enough to tell is plainly not English: English function words are almost absent from it. */
export function plainlyNotEnglish(text: string): boolean {
  const english = functionWordShares(text)?.find(([lang]) => lang === 'en')?.[1];
  return english !== undefined && english < 0.02;
}

export interface LineStats {
  words: number;
  chars: number;
  stopRatio: number;
  capRatio: number;
  endsSentence: boolean;
  hasLetters: boolean;
  digitRatio: number;
  pipes: number;
}

export function lineStats(line: string): LineStats {
  const tokens = line.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\u200c'’?-]|\u200d)*/gu) ?? [];
  let stop = 0;
  let caps = 0;
  let words = 0;
  const unspaced = UNSPACED.test(line);
  const korean = HANGUL.test(line);
  for (const t of tokens) {
    if (unspaced && t.length > 1 && UNSPACED.test(t)) {
      const counts = unspacedCounts(t);
      words += counts.words;
      stop += counts.stops;
      continue;
    }
    words++;
    const lower = t.toLowerCase();
    if (STOP.has(lower) || (korean && t.length > 2 && HANGUL_WITH_PARTICLE.test(t))) stop++;
    if (UPPER_START.test(t)) caps++;
  }
  const n = words || 1;
  const digits = line.match(/\d/g)?.length ?? 0;
  return {
    words,
    chars: line.length,
    stopRatio: stop / n,
    capRatio: caps / n,
    // Thai, Lao and Khmer write no full stop: a long line of them ending in a word ends a sentence.
    endsSentence: /[.!?…।॥؟۔。！？．]["'”’»«“」』)）\]]*$|[.!?]\s*\?$|[:"”]$/u.test(line.trim()) || (words >= MIN_UNPUNCTUATED_SENTENCE_WORDS && NO_FULL_STOP_END.test(line.trim())),
    hasLetters: ANY_LETTER.test(line),
    digitRatio: digits / Math.max(1, line.length),
    // (A bullet a wrong decoding turned into "?" separates a menu's items too: "Football ? Formula 1 ? Golf".)
    pipes: line.match(/[|»›•·]|\s[-/]\s|(?<=\p{L}) \? (?=\p{Lu})/gu)?.length ?? 0,
  };
}

/** Line that reads like running prose: long enough, ends like a sentence, made of ordinary words. */
export function isProse(s: LineStats): boolean {
  if (!s.hasLetters || s.pipes >= 3) return false;
  if (s.words >= 12 && s.endsSentence && s.stopRatio >= 0.15) return true;
  if (s.words >= 25 && s.stopRatio >= 0.25 && s.capRatio < 0.5) return true;
  // Languages that build words where others use function words (Turkish, Indonesian, Finnish) show
  // few of them: a long sentence in lower case is still prose there.
  if (s.words >= 15 && s.endsSentence && s.capRatio < 0.25 && s.stopRatio >= 0.05) return true;
  // Estonian or Uzbek sport and science copy may hold none of the listed function words at all and
  // many names: a long sentence with a lower-case majority and few figures (not a results line).
  if (s.words >= 18 && s.endsSentence && s.capRatio < 0.4 && s.digitRatio < 0.05) return true;
  return false;
}

/** A short line that still reads as a sentence (one-line quotes, one-sentence paragraphs). */
export function isShortSentence(s: LineStats): boolean {
  return s.hasLetters && s.words >= 4 && s.endsSentence && s.stopRatio >= 0.1 && s.pipes < 2;
}
