/**
 * Places, bodies and people named in Chinese and Japanese text, which writes no capitals and no
 * spaces: found by the word that closes a name ("安溪县", "北京证券交易所", "須崎市", "高知大学") or by
 * the role or verb beside a person ("董事长王建德", "岡村健太郎准教授"). Words come from the ICU word
 * breaker built into Node (`Intl.Segmenter`), which splits a name it does not know into single
 * characters ("感|德|镇"); the name is what stands before its closing word back to a function word,
 * a particle or punctuation.
 */
import { wordSegmenter } from '../../words.js';
import { GAZ, type Kind, type Mention } from './tables.js';

export const HAN_NAME_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja']);

interface Piece {
  text: string;
  start: number;
}

const HAN_OR_KATAKANA = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;
/** A word written in Chinese characters alone, as Chinese and Japanese names are. */
export const HAN_SCRIPT = /^\p{Script=Han}+$/u;

interface LanguageRules {
  /** Words that close a place's name: an administrative unit or a landform. */
  placeEnds: ReadonlySet<string>;
  /** Words that close a body's name. */
  orgEnds: readonly string[];
  /** Closing words that also end everyday words ("一部", "全局"): the name before them must be longer. */
  shortOrgEnds: ReadonlySet<string>;
  /** Words a name never holds: function words, determiners, numerals, time words, generic nouns. */
  stops: ReadonlySet<string>;
  /** Words ending in a closing word that are no body's ("北部", northern part; "全部"). */
  notOrgEnds: ReadonlySet<string>;
  /** Words that alone before a closing word make no name ("研究センター", a research centre). */
  generic: ReadonlySet<string>;
  /** Role words right before a person ("董事长", "教授") or after one ("准教授", "監督"). */
  rolesBefore: ReadonlySet<string>;
  rolesAfter: ReadonlySet<string>;
  /** Verbs of saying right after a person ("说", "表示"). */
  saysAfter: ReadonlySet<string>;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const RULES: Readonly<Record<string, LanguageRules>> = {
  zh: {
    placeEnds: words('省 市 县 区 镇 乡 村 州 岛 湾'),
    orgEnds: ['股份有限公司', '有限公司', '公司', '集团', '大学', '学院', '交易所', '银行', '委员会', '协会', '研究院', '研究所', '医院', '法院', '检察院', '政府', '局', '厅'],
    shortOrgEnds: words('局 厅 公司'),
    stops: words(
      '的 在 和 与 及 以及 是 了 对 从 向 将 于 等 为 由 把 被 也 都 又 就 这 那 其 各 该 本 全 每 已 并 而 或 据 同 比 位于 来自 面向 通过 包括 其中 目前 今年 去年 明年 当天 近日 日前 此前 上市 企业 一家 这家 多家 国内 本地 当地 地方 我们 他们 记者 本网 集中 开发 保护 风景 工业 示范 试验 高新 核心 功能 服务 重点 居住 商业 城 山 县城 城区 市区 乡镇 运营方 投资方 合作方 承建方 业主 联合 团队 所属 旗下 下属 携手 牵头 一 二 两 三 四 五 六 七 八 九 十 百 千 万 亿 第 季度 年度 半年 胜 负 败 平 锁定',
    ),
    notOrgEnds: words('北部 南部 东部 西部 中部 全部 内部 外部 局部 干部 结局 格局 布局 胜局 开局 平局 出局'),
    generic: words('研究 技术 开发 科学 管理 信息 服务 中心 物流 人民'),
    rolesBefore: words('董事长 总经理 经理 主任 局长 县长 市长 省长 镇长 村长 书记 教授 研究员 工程师 记者 负责人 院长 校长 主席 总裁 总监 队长 教练 部长 处长 所长 厂长 会长 秘书长 发言人'),
    rolesAfter: words('教授 先生 女士'),
    saysAfter: words('说 表示 称 介绍 指出 认为 告诉 坦言 透露 强调 说道'),
  },
  ja: {
    placeEnds: words('都 府 県 市 区 町 村 郡 湾 岬 島 港 半島 諸島 トラフ 海峡 平野 盆地'),
    orgEnds: ['株式会社', '大学', '大学院', '機構', '研究所', '研究センター', 'センター', '庁', '省', '部', '局', '会社', '銀行', '協会', '委員会', '財団', '病院', '裁判所', '議会', '学院', '学園', '高校', '組合', '連盟'],
    shortOrgEnds: words('部 局 省 会社'),
    stops: words('同 各 全 本 当 両 約 第 前 後 元 新 旧 計 国 今年 昨年 来年 今回 同日 当日 一部 全国 男子 女子 都道府県 市町村 選挙区 選挙'),
    notOrgEnds: words('北部 南部 東部 西部 中部 全部 一部 内部 外部 幹部 上部 下部'),
    generic: words('研究 センター 技術 開発 総合 国際 科学 情報 管理 物流 運送 建設 保険'),
    rolesBefore: words('FW MF DF GK 主将 投手 捕手'),
    rolesAfter: words('教授 准教授 氏 さん 監督 選手 社長 会長 所長 部長 課長 市長 町長 村長 知事 代表 理事長 学長 院長 主将 記者 容疑者 被告'),
    saysAfter: words(''),
  },
};

/** Prefixes written before a role after a name: "岡村健太郎准教授", "副社長". */
const ROLE_PREFIXES = words('准 副 元 前 名誉 特任');

/** Family names that open most Chinese names, written in simplified characters. */
const CHINESE_FAMILY_NAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'],
);

function piecesOf(text: string, language: string): Piece[] {
  return [...wordSegmenter(language).segment(text)].map((s) => ({ text: s.segment, start: s.index }));
}

/** The pieces before index `end` that a name can hold, back to a stop, a particle or punctuation. */
function nameBefore(pieces: readonly Piece[], end: number, rules: LanguageRules, maxPieces: number): number {
  let from = end;
  while (from > 0 && end - from < maxPieces && nameWord(pieces[from - 1]!.text, rules)) from--;
  return from;
}

/** A number or an ordinal written in characters ("两", "第二"): a count, not part of a name. */
const COUNTED = /^第?[一二两三四五六七八九十百千万亿零\d]+$/u;
/** Whether a word can stand inside a name. */
const nameWord = (text: string, rules: LanguageRules): boolean => HAN_OR_KATAKANA.test(text) && !rules.stops.has(text) && !COUNTED.test(text);

const joined = (pieces: readonly Piece[], from: number, to: number): string => pieces.slice(from, to).map((p) => p.text).join('');

/** Mentions of places, bodies and people in Chinese or Japanese `text`. */
export function hanNameMentions(text: string, language: string): Mention[] {
  const rules = RULES[language];
  if (!rules) return [];
  const pieces = piecesOf(text, language);
  const out: Mention[] = [];
  const push = (kind: Kind, from: number, to: number): void => {
    out.push({ kind, name: joined(pieces, from, to), pos: pieces[from]!.start, fixed: true });
  };
  // "浙江省" is Zhejiang, which the gazetteer knows as "浙江": one entity, one feed.
  const pushPlace = (from: number, to: number, end: string): void => {
    const name = joined(pieces, from, to);
    const known = GAZ.get(name) ?? GAZ.get(name.slice(0, name.length - end.length));
    if (known?.kind === 'place') out.push({ kind: 'place', name: known.canonical, pos: pieces[from]!.start, fixed: true });
    else push('place', from, to);
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!.text;
    if (!HAN_OR_KATAKANA.test(piece)) continue;
    const orgEnd = rules.notOrgEnds.has(piece) ? undefined : rules.orgEnds.find((end) => piece.endsWith(end) && !COUNTED.test(piece.slice(0, piece.length - end.length)));
    // Japanese ends a name before a particle: "大学|駅伝" goes on into another word.
    const goesOn = language === 'ja' && HAN_OR_KATAKANA.test(pieces[k + 1]?.text ?? '');
    if (orgEnd !== undefined && !goesOn) {
      let from = nameBefore(pieces, k, rules, 8);
      // "经济和信息化厅": an "and" inside the name, where the word before it closes no name of its own ("农业局和林业局" are two).
      const inner = pieces[from - 1]?.text ?? '';
      const beforeInner = pieces[from - 2]?.text ?? '';
      if (language === 'zh' && (inner === '和' || inner === '与') && nameWord(beforeInner, rules) && !rules.orgEnds.some((end) => beforeInner.endsWith(end))) {
        from = nameBefore(pieces, from - 1, rules, 4);
      }
      // "市|农业局": a lone unit word opening the name is "the city's", not a name.
      if (from < k && rules.placeEnds.has(pieces[from]!.text)) from++;
      const ownPrefix = piece.slice(0, piece.length - orgEnd.length);
      const before = joined(pieces, from, k) + ownPrefix;
      const onlyGeneric = pieces.slice(from, k).every((p) => rules.generic.has(p.text)) && (ownPrefix === '' || rules.generic.has(ownPrefix));
      // "サッカー部" is a school's team, "危機管理部" a prefecture's department.
      const enough = !onlyGeneric && (rules.shortOrgEnds.has(orgEnd) ? before.length >= 3 && /\p{Script=Han}/u.test(before) : before.length >= 2);
      if (enough) {
        // "浙江大学|海洋|学院": the longer name holds the shorter one found first.
        const last = out[out.length - 1];
        if (last?.kind === 'org' && last.pos >= pieces[from]!.start) out.pop();
        push('org', from, k + 1);
        continue;
      }
    }
    // "泉州市", "土佐湾": the word breaker knew the whole name.
    const placeEnd = [...rules.placeEnds].find((end) => piece.length >= end.length + 2 && piece.endsWith(end));
    if (placeEnd !== undefined && !rules.stops.has(piece[0]!) && !rules.stops.has(piece)) {
      pushPlace(k, k + 1, placeEnd);
      continue;
    }
    if (rules.placeEnds.has(piece)) {
      // "安溪|县", "感|德|镇", "須崎|市": the two characters or the word before the closing word.
      let from = k;
      // Most Chinese county and town names are two characters: the walk stops there, and at another unit's word ("县|感|德|镇").
      while (from > 0 && joined(pieces, from, k).length < 2 && nameWord(pieces[from - 1]!.text, rules) && !rules.placeEnds.has(pieces[from - 1]!.text)) from--;
      const name = joined(pieces, from, k);
      if (name.length >= 2) pushPlace(from, k + 1, piece);
      continue;
    }
    if ((rules.rolesAfter.has(piece) && !ROLE_PREFIXES.has(pieces[k - 1]?.text ?? '')) || (ROLE_PREFIXES.has(piece) && rules.rolesAfter.has(pieces[k + 1]?.text ?? ''))) {
      // "平井|誠|監督", "岡村|健太郎|准|教授": the name right before the role.
      const from = nameBefore(pieces, k, rules, 3);
      const name = joined(pieces, from, k);
      // "高知県代表" is a prefecture's team: a person's name ends on no unit's word.
      if (name.length >= 2 && name.length <= 5 && HAN_SCRIPT.test(name) && !rules.placeEnds.has(pieces[k - 1]!.text) && !rules.placeEnds.has(name.slice(-1))) push('person', from, k);
      continue;
    }
    if (language === 'zh' && piece.length === 1 && CHINESE_FAMILY_NAMES.has(piece)) {
      // "董事长|王|建德", "教授|梁|启|航|说": a family name and one or two characters, after a role or before a verb of saying.
      const next = pieces[k + 1]?.text ?? '';
      const afterNext = pieces[k + 2]?.text ?? '';
      let to = k;
      if (HAN_SCRIPT.test(next) && next.length === 2) to = k + 2;
      else if (HAN_SCRIPT.test(next) && next.length === 1) to = HAN_SCRIPT.test(afterNext) && afterNext.length === 1 && !rules.saysAfter.has(afterNext) && !rules.stops.has(afterNext) ? k + 3 : k + 2;
      if (to === k) continue;
      const roleBefore = [...rules.rolesBefore].some((role) => joined(pieces, Math.max(0, k - 2), k).endsWith(role));
      if (roleBefore || rules.saysAfter.has(pieces[to]?.text ?? '')) {
        push('person', k, to);
        k = to - 1;
      }
      continue;
    }
    if (language === 'ja' && rules.rolesBefore.has(piece)) {
      // "FW|石黒|蓮|が": a position, then the player's name up to the particle.
      let to = k + 1;
      while (to < pieces.length && to - k <= 3 && HAN_SCRIPT.test(pieces[to]!.text)) to++;
      const name = joined(pieces, k + 1, to);
      if (name.length >= 2 && name.length <= 5) {
        push('person', k + 1, to);
        k = to - 1;
      }
    }
  }
  // "岡村" after "岡村健太郎": a family name alone is the person named in full.
  const people = out.filter((m) => m.kind === 'person');
  for (const m of people) m.name = people.find((full) => full.name.length > m.name.length && full.name.startsWith(m.name))?.name ?? m.name;
  return out;
}
