/**
 * Two names a stretch of ground runs between, outside English: "zwischen Niedernsill und Mittersill",
 * "entre Toulões e Salvaterra do Extremo", "van Aalten tot Groenlo", "Da Gallio a Roana". Where one end
 * is a place the article or the lists know, the other is a place too. Languages that write a case on
 * the name ("między Krakowem a Katowicami") are left to their own rules.
 */

/** Per language: the word for "between" and the "and" that joins its two ends; "from" and "to". */
interface PairWords {
  between: string;
  and: string;
  from: string;
  to: string;
}

const PAIR_WORDS: Readonly<Record<string, PairWords>> = {
  fr: { between: 'entre', and: 'et', from: 'de|d[’\']|depuis', to: 'à|jusqu[’\']à' },
  es: { between: 'entre', and: 'y|e', from: 'de|desde', to: 'a|hasta' },
  pt: { between: 'entre', and: 'e', from: 'de|desde', to: 'a|até' },
  it: { between: 'tra|fra', and: 'e|ed', from: 'da', to: 'a|fino a' },
  ca: { between: 'entre', and: 'i', from: 'de|des de', to: 'a|fins a' },
  gl: { between: 'entre', and: 'e', from: 'de|dende', to: 'a|ata' },
  nl: { between: 'tussen', and: 'en', from: 'van', to: 'tot|naar' },
  de: { between: 'zwischen', and: 'und', from: 'von', to: 'bis|nach' },
  sv: { between: 'mellan', and: 'och', from: 'från', to: 'till' },
  da: { between: 'mellem', and: 'og', from: 'fra', to: 'til' },
  nb: { between: 'mellom', and: 'og', from: 'fra', to: 'til' },
  no: { between: 'mellom', and: 'og', from: 'fra', to: 'til' },
  ro: { between: 'între', and: 'și|şi', from: 'de la', to: 'la|până la' },
};

/** A name of up to four words, capitalised, with the small words place names hold ("Salvaterra do Extremo"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|du|la|le|el|am|an|im|ob|sur|sul|aan|op)\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
/** An article some languages set before a place's name ("le Sentier", "la Laguna"). */
const ARTICLE = String.raw`(?:(?:le|la|les|l['’]|el|los|las|il|lo|o|a|os|as|het|de)\s*)?`;

interface PairShape {
  /** The words right before the name open the pair ("zwischen", "Da"). */
  opens: RegExp;
  /** The word is the first end: what follows it, with the second end in group 1. */
  first: RegExp;
  /** The word is the second end: what precedes it, with the first end in group 1. */
  second: RegExp;
}

/** Each alternative with its first letter in either case: "Da Gallio a Roana" opens a sentence. */
const eitherCase = (alternatives: string): string => alternatives.split('|').map((a) => `[${a[0]!}${a[0]!.toUpperCase()}]${a.slice(1)}`).join('|');

const shapes = new Map<string, PairShape[]>();

function pairShapes(language: string): PairShape[] | undefined {
  const words = PAIR_WORDS[language];
  if (words === undefined) return undefined;
  let made = shapes.get(language);
  if (made === undefined) {
    const open = (w: string): string => `(?:^|[^\\p{L}])(?:${eitherCase(w)})\\s*`;
    made = [
      {
        opens: new RegExp(`${open(words.between)}${ARTICLE}$`, 'u'),
        first: new RegExp(`^\\s+(?:${words.and})\\s+${ARTICLE}(${NAME})`, 'u'),
        second: new RegExp(`${open(words.between)}${ARTICLE}(${NAME})\\s+(?:${words.and})\\s+${ARTICLE}$`, 'u'),
      },
      {
        opens: new RegExp(`${open(words.from)}${ARTICLE}$`, 'u'),
        first: new RegExp(`^\\s+(?:${words.to})\\s+${ARTICLE}(${NAME})`, 'u'),
        second: new RegExp(`${open(words.from)}${ARTICLE}(${NAME})\\s+(?:${words.to})\\s+${ARTICLE}$`, 'u'),
      },
    ];
    shapes.set(language, made);
  }
  return made;
}

/**
 * Whether the lone name `word` at `at` is one end of a span whose other end `isPlace` accepts:
 * "zwischen Niedernsill und Mittersill" gives Mittersill when Niedernsill is known, and the reverse.
 */
export function pairedWithPlace(body: string, at: number, word: string, language: string | undefined, isPlace: (name: string) => boolean): boolean {
  const list = pairShapes(language ?? '');
  if (list === undefined) return false;
  const after = body.slice(at + word.length, at + word.length + 60);
  const before = body.slice(Math.max(0, at - 80), at);
  for (const shape of list) {
    const other = shape.opens.test(body.slice(Math.max(0, at - 16), at)) ? shape.first.exec(after)?.[1] : undefined;
    if (other !== undefined && isPlace(other)) return true;
    const earlier = shape.second.exec(before)?.[1];
    if (earlier !== undefined && isPlace(earlier)) return true;
  }
  return false;
}
