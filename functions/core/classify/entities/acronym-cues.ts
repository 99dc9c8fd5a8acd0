/**
 * Whether an English article's unknown acronym names a body. Most unknown acronyms are terms,
 * programmes or exams (EBITDA, TARP, NEET), so an acronym alone is no name; these are the contexts
 * only a body stands in: a kind of body before it, an apposition naming one after it, a place's
 * possessive before it, a body beside it, an exchange's listing, and a body's acts or belongings.
 */
import { GAZ, norm } from './tables.js';

/** Letters only, three to seven: "A350", "H3" and "4G" are models and standards. */
const ACRONYM_SHAPED = /^\p{Lu}{3,7}$/u;

/**
 * Nouns naming a kind of body. Wider than org-cues' list, which must not take a person for a body
 * ("camera operator Sean Ryan", "the station's Ann Lee"): no person is named by an acronym.
 */
const BODY_NOUN =
  '(?:operator|centre|center|authority|bureau|corporation|service|board|commission|council|institute|observatory|laboratory|provider|utility|regulator|broadcaster|agency|company|firm|group|bank|lender|fund|charity|union|exchange|organi[sz]ation|association|federation|insurer|carrier|airline|miner|network|consortium|cooperative|co-operative|station|club|party|university|college|school|hospital|society|foundation|trust|watchdog|body)';

/** "the telecoms operator HKT", "the German research centre DESY", "the state weather bureau, PAGASA,". */
const BODY_NOUN_BEFORE = new RegExp(String.raw`\bthe\s+(?:[\p{Ll}-]+\s+){0,3}${BODY_NOUN}\s*,?\s+$`, 'u');

/** ", the country’s biggest pension fund,", ", the German development agency": an apposition headed by a body's noun. */
const BODY_APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}\p{N}'’.&-]+\s+){0,6}?${BODY_NOUN}(?:\s*[,.;:)]|\s+(?:that|which|based|in|of|for|with|and)\b)`, 'u');

/** "organised by JAMPRO", "run by ZESCO": the agent of what a body does. */
const AGENT_BEFORE = /\b(?:organi[sz]ed|run|operated|funded|financed|owned|managed|commissioned|sponsored|backed|hosted|published|issued|licensed|regulated)\s+by\s+(?:the\s+)?$/u;

/** "shares closed at ₹286.40 on the BSE", "listed on the NZX since 2004", "a filing to the BSE": an exchange. */
const EXCHANGE_BEFORE = /\b(?:listed|listing|shares|stock|traded|trading|debut|filing)\b[^.!?\n]{0,80}\b(?:on|to)\s+(?:both\s+)?(?:the\s+)?$/iu;

/**
 * "ZESCO has rationed electricity", "The RSPCA is taking in pets", "HDB will extend the trial", "KTOO
 * streamed every game": the acronym acting, as the subject of an active verb (a term is more often
 * acted on: "the LEAC was raised").
 */
const ACTS_AFTER =
  /^\s+(?:(?:is|was)\s+(?:also\s+|now\s+|already\s+|not\s+)?\p{Ll}{2,}ing|(?:has|had)\s+(?:also\s+|now\s+|already\s+|not\s+)?\p{Ll}{2,}ed|(?:will|would)\s+(?:also\s+|now\s+|not\s+)?(?:extend|open|close|take|pay|run|offer|build|invest|cut|raise|hire|provide|review|launch|publish|appeal|decide)|\p{Ll}{3,}ed\s+(?:the|its|a|an|every|all|more|\d))\b/u;
/** Where a clause's subject starts: a sentence's or a line's start, a comma or a conjunction, maybe with "the". */
const SUBJECT_BEFORE = /(?:^|[.!?;:]\s+|\n\s*|,\s+|\b(?:and|but|while|after|because|since|when|as)\s+)(?:the\s+|The\s+)?$/u;

/** "AESC’s plant at Sunderland", "ZESCO’s engineers": what a body has. */
const BODY_POSSESSION =
  /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:plant|factory|mill|mine|refinery|smelter|depot|headquarters|staff|workers|employees|engineers|board|chief|boss|network|services|website|figures|data|forecast|statement|spokesperson|spokesman|spokeswoman|officials|shares|budget)\b/u;

/** "Singapore’s SMRT": a place's possessive right before. */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+$/u;

/** Capitalised words (with inner "of", "for", "and", "the") right after "and": the name beside the acronym. */
const NAME_AFTER_AND = /^\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the)?\s*\p{Lu}[\p{L}'’.&-]*)*)/u;
/** The same right before "and". */
const NAME_BEFORE_AND = /(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the)?\s*\p{Lu}[\p{L}'’.&-]*)*)\s+and\s+(?:the\s+)?$/u;

/** Whether some run of words ending (`fromEnd`) or starting the name is a body. */
function namesBody(name: string, isBody: (name: string) => boolean, fromEnd: boolean): boolean {
  const words = name.split(/\s+/u);
  for (let n = words.length; n >= 1; n--) {
    const part = (fromEnd ? words.slice(words.length - n) : words.slice(0, n)).join(' ');
    if (isBody(part)) return true;
  }
  return false;
}

/**
 * Whether the unknown acronym `word`, written at `at` in `body`, names a body by its context.
 * `isBody` says whether a name is a known body or one the article names.
 */
export function acronymCuedAsBody(body: string, at: number, word: string, isBody: (name: string) => boolean): boolean {
  if (!ACRONYM_SHAPED.test(word)) return false;
  const end = at + word.length;
  const before = body.slice(Math.max(0, at - 120), at);
  const after = body.slice(end, end + 90);
  if (BODY_NOUN_BEFORE.test(before) || AGENT_BEFORE.test(before) || EXCHANGE_BEFORE.test(before)) return true;
  if (BODY_APPOSITION.test(after) || BODY_POSSESSION.test(after) || (ACTS_AFTER.test(after) && SUBJECT_BEFORE.test(before))) return true;
  const owner = POSSESSIVE_BEFORE.exec(before)?.[1];
  if (owner !== undefined && GAZ.get(norm(owner))?.kind === 'place') return true;
  const next = NAME_AFTER_AND.exec(after)?.[1];
  if (next !== undefined && namesBody(next, isBody, false)) return true;
  const previous = NAME_BEFORE_AND.exec(before)?.[1];
  return previous !== undefined && namesBody(previous, isBody, true);
}
