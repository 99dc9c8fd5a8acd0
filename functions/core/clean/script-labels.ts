/**
 * Page chrome in languages written in their own scripts (Arabic, Persian, Urdu, Hebrew, Devanagari,
 * Bengali, Thai, Chinese, Japanese, Korean): ad labels, read-also links, tag lists, share prompts,
 * rights notices, captions that end in their photo credit and a Chinese desk's editor note.
 * Tried only on lines holding such letters, with string tests, so the phrase lists the Latin-script
 * pages go through stay as they are.
 */

const OWN_SCRIPT_LETTER = /[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether a text holds a letter of one of the scripts this module reads. */
export function holdsOwnScriptLetter(text: string): boolean {
  return OWN_SCRIPT_LETTER.test(text);
}

const AD_WORDS: ReadonlySet<string> = new Set([
  'إعلان', 'اعلان', 'إعلانات', 'مساحة إعلانية', 'تبلیغات', 'آگهی', 'פרסומת', '广告', '廣告', '広告', '광고', 'โฆษณา', 'विज्ञापन', 'বিজ্ঞাপন', 'اشتہار',
]);

const LINK_LABELS: readonly string[] = [
  'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ المزيد', 'بیشتر بخوانید', 'بخوانید', 'קראו גם', 'קרא גם', 'עוד באתר',
  '相关阅读', '相关新闻', '延伸阅读', '推荐阅读', '相關閱讀', '相關新聞', '延伸閱讀', '関連記事', 'あわせて読みたい', '관련기사', '관련 기사',
  'อ่านเพิ่มเติม', 'อ่านข่าวที่เกี่ยวข้อง', 'यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'আরও পড়ুন', 'یہ بھی پڑھیں', 'مزید پڑھیں',
];

const TAG_LABELS: readonly string[] = ['टैग्स', 'टैग', '标签', '標籤', '关键词', 'タグ', '태그', 'الوسوم', 'وسوم', 'كلمات مفتاحية', 'برچسب‌ها', 'برچسب ها', 'برچسب', 'תגיות', 'แท็ก'];

const RIGHTS_PHRASES: readonly string[] = [
  '무단전재', '무단 전재', '재배포 금지', '版权所有', '版權所有', '未经授权', '未經授權', '禁止转载', '無断転載', '無断複製',
  'جميع الحقوق محفوظة', 'כל הזכויות שמורות', 'सर्वाधिकार सुरक्षित', 'สงวนลิขสิทธิ์', 'کلیه حقوق', 'تمامی حقوق',
];

const SHARE_OPENINGS: readonly string[] = ['इस खबर को शेयर करें', '공유하기', '分享到', 'シェアする', 'شارك', 'שתפו', 'שתף', 'اشتراک‌گذاری', 'แชร์'];

/** A Chinese desk's closing note: "（责任编辑：黄美玲）". */
const EDITOR_NOTE = /^[（(]\s*(?:责任编辑|責任編輯|编辑|編輯|审核|校对)\s*[：:]\s*[^（）()]{1,20}[）)]$/;
/** A caption ending in its credit: "… - फोटो : हिमगिरि टाइम्स", "… 사진=강원FC 제공", "…（资料图片 记者 陈志强 摄）". */
const CREDIT_AT_END = /(?:^|[\s\-–—|])(?:फोटो|फ़ोटो|तस्वीर|تصوير|تصویر|عکس|צילום|사진|写真|ภาพ)\s*[:：=]\s*\S[^.!?।]{0,60}$|[（(][^（）()]{0,30}摄[）)]$/u;
/** Korean captions open with a triangle: "▲ 강원FC 변재혁(가운데)이 …". */
const TRIANGLE_CAPTION = /^[▲△▶]\s*\S/;

const MAX_LABELLED_LINK = 200;
const MAX_SHORT_LINE = 160;
const MAX_SHARE_LINE = 40;
const MAX_BYLINE_LINE = 60;

function opensWith(line: string, labels: readonly string[]): string | undefined {
  const t = line.replace(/^[[【〔■●◆▶►\s]+/, '');
  return labels.find((label) => t.startsWith(label) && /^(?:$|[\]】〕:：\s|»›>-])/.test(t.slice(label.length)));
}

/** Whether a line is page chrome written in one of the scripts above. */
export function isOwnScriptChrome(line: string): boolean {
  const t = line.trim();
  if (!holdsOwnScriptLetter(t)) return false;
  if (AD_WORDS.has(t.replace(/^[-–—•*\s[【(]+|[-–—•*\s\]】)]+$/g, ''))) return true;
  if (t.length <= MAX_LABELLED_LINK && opensWith(t, LINK_LABELS)) return true;
  const tag = opensWith(t, TAG_LABELS);
  if (tag && /^[\]】]?\s*[:：]/.test(t.replace(/^[[【\s]+/, '').slice(tag.length))) return true;
  if (t.length <= MAX_SHORT_LINE && RIGHTS_PHRASES.some((p) => t.includes(p))) return true;
  if (t.length <= MAX_SHARE_LINE && !/[.!?।。]$/.test(t) && opensWith(t, SHARE_OPENINGS)) return true;
  if (EDITOR_NOTE.test(t) || TRIANGLE_CAPTION.test(t)) return true;
  // A byline on its own line ("本网讯 记者 林晓雯", "춘천=김도윤 기자 dykim@…").
  if (t.length <= MAX_BYLINE_LINE && !/[.。!?！？।]$/.test(t) && OWN_SCRIPT_BYLINES.some((re) => re.test(t))) return true;
  return t.length <= 300 && CREDIT_AT_END.test(t);
}

/**
 * Bylines in those scripts, whose names no capital marks: "作者:林晓雯", "本网讯 记者 林晓雯", "김도윤 기자",
 * "Published by: रमेश नेगी", "बقلم: …", "נכתב על ידי …", "ผู้เขียน: …". The name is the group.
 */
const OWN_SCRIPT_BYLINES: readonly RegExp[] = [
  /(?:作者|記者|记者|撰文|文)\s*[:：/／]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/u,
  /(?:^|\s)(?:本网讯|本报讯|讯)?\s*(?:记者|記者)\s+([\u4e00-\u9fff]{2,4})(?=\s|$)/u,
  /(?:^|[\s=])([\uac00-\ud7a3]{2,4})\s?기자(?![\uac00-\ud7a3])/u,
  /(?:published by|written by|लेखक|रिपोर्ट|संवाददाता)\s*[:：]\s*([\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2})/iu,
  /(?:بقلم|كتب|كتبت|إعداد)\s*[:：]\s*([\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,3})/u,
  /(?:نویسنده|خبرنگار|گزارش)\s*[:：]\s*([\u0621-\u06cc\u200c]+(?:\s[\u0621-\u06cc\u200c]+){0,2})/u,
  /(?:מאת|כתב|כתבה|נכתב על ידי)\s*[:：]\s*([\u05d0-\u05ea'"׳״-]+(?:\s[\u05d0-\u05ea'"׳״-]+){0,2})/u,
  /(?:ผู้เขียน|เรื่องโดย|รายงานโดย)\s*[:：]\s*([\u0e01-\u0e4e]+(?:\s[\u0e01-\u0e4e]+)?)/u,
];

/** The writer a byline in one of those scripts names, in the first part of a page's text, or null. */
export function ownScriptAuthor(text: string): string | null {
  if (!holdsOwnScriptLetter(text)) return null;
  let first: { at: number; name: string } | null = null;
  for (const re of OWN_SCRIPT_BYLINES) {
    const m = re.exec(text);
    if (m && (first === null || m.index < first.at)) first = { at: m.index, name: m[1]!.trim() };
  }
  return first?.name ?? null;
}
