import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { findDates } from '../../functions/core/clean/dates.js';
import { isProse, lineStats } from '../../functions/core/clean/lines.js';
import { isOwnScriptChrome, ownScriptAuthor } from '../../functions/core/clean/script-labels.js';
import { normalizeSpace } from '../../functions/core/clean/text-utils.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });

describe('zero-width joiners', () => {
  it('stay inside Persian words and go where they join nothing', () => {
    expect(normalizeSpace('داده‌های سال‌های گذشته')).toBe('داده‌های سال‌های گذشته');
    expect(normalizeSpace('news\u200c \u200bwire\u200d')).toBe('news wire');
  });
});

describe('prose in scripts without capitals or spaces', () => {
  it('reads a Hindi sentence ending in a danda as prose', () => {
    const line = 'जिला आपदा प्रबंधन कार्यालय के अनुसार रात करीब साढ़े ग्यारह बजे पहाड़ी से भारी मलबा सड़क पर गिरा और यातायात पूरी तरह बंद हो गया।';
    expect(isProse(lineStats(line))).toBe(true);
  });

  it('counts the words of a Chinese sentence and reads it as prose', () => {
    const line = '今年前三季度，公司实现营业收入九亿多元，同比增长百分之二十三，其中海外订单的增长最为明显，公司表示将继续扩大在东南亚市场的销售网络。';
    const stats = lineStats(line);
    expect(stats.words).toBeGreaterThan(20);
    expect(isProse(stats)).toBe(true);
  });

  it('reads a Korean sentence whose words carry their particles as prose', () => {
    const line = '강원은 8일 춘천 주경기장에서 열린 홈경기에서 후반 추가시간에 터진 결승골로 제주를 2-1로 이기고 리그 3위 자리를 지켰다.';
    expect(isProse(lineStats(line))).toBe(true);
  });

  it('reads a long Thai line, which ends its sentence with a space and no full stop, as prose', () => {
    expect(isProse(lineStats('เจ้าถิ่นได้ประตูขึ้นนำตั้งแต่นาทีที่ 9 จากลูกโหม่งของกองหน้า หลังรับลูกเตะมุมจากทางด้านซ้ายของสนาม'))).toBe(true);
  });

  it('keeps every paragraph of a Hindi story in a plain-text page', async () => {
    const paragraphs = [
      'चमोली जिले में गुरुवार देर रात हुए भूस्खलन के कारण बदरीनाथ राष्ट्रीय राजमार्ग बीस घंटे तक बंद रहा और सैकड़ों यात्री रास्ते में फंसे रहे।',
      'जिला आपदा प्रबंधन कार्यालय के अनुसार रात करीब साढ़े ग्यारह बजे पहाड़ी से भारी मलबा सड़क पर गिरा। हादसे के समय सड़क पर कोई वाहन नहीं था।',
      'सीमा सड़क संगठन ने शुक्रवार सुबह छह बजे से मशीनें लगाकर मलबा हटाना शुरू किया और शाम करीब सात बजे छोटे वाहनों के लिए मार्ग खोल दिया गया।',
      'मौसम विज्ञान केंद्र ने अगले दो दिनों में ऊंचाई वाले इलाकों में हल्की बर्फबारी की संभावना जताई है और यात्रियों से सावधानी बरतने को कहा है।',
    ];
    const page = ['हिमगिरि टाइम्स', '', 'चमोली में भूस्खलन से बदरीनाथ हाईवे बंद', '', paragraphs[0], '', paragraphs[1], '', 'विज्ञापन', '', paragraphs[2], '', 'यह भी पढ़ें: गंगोत्री हाईवे पर फिर दरकी पहाड़ी', '', paragraphs[3], '', 'टैग्स: चमोली बदरीनाथ भूस्खलन'].join('\n');
    const cleaned = await clean(page, 'chamoli.txt');
    expect(cleaned.paragraphs).toEqual(paragraphs);
  });
});

describe('page chrome in other scripts', () => {
  it('reads ad labels, read-also links, tag lists, rights notices, captions and an editor note as chrome', () => {
    for (const line of [
      'إعلان',
      '广告',
      '광고',
      'विज्ञापन',
      'اقرأ أيضاً: أمطار غزيرة تغلق طريق صلالة',
      '相关阅读：安溪秋茶开采 茶青收购价同比上涨一成',
      '[관련기사] 강원FC, 홈 최종전 행사 연다',
      'यह भी पढ़ें: गंगोत्री हाईवे पर फिर दरकी पहाड़ी',
      'תגיות: כלכלה, תעשייה',
      'टैग्स: चमोली बदरीनाथ',
      '저작권자 © 강원스포츠데일리 무단전재 및 재배포 금지',
      '（责任编辑：黄美玲）',
      '铁观峰茶业感德生产基地的工人正在分拣秋茶。（资料图片 记者 陈志强 摄）',
      '▲ 강원FC 변재혁이 결승골을 넣은 뒤 동료들과 기뻐하고 있다.',
      'हेलंग के पास राजमार्ग से मलबा हटाती मशीनें। - फोटो : हिमगिरि टाइम्स',
    ]) {
      expect(isOwnScriptChrome(line), line).toBe(true);
    }
  });

  it('leaves sentences that open with the same words alone', () => {
    for (const line of [
      'شارك آلاف المواطنين في حملة التنظيف التي نظمتها البلدية يوم الجمعة.',
      '广告行业的收入今年增长了百分之十二，主要来自短视频平台。',
      'The board met on Monday.',
    ]) {
      expect(isOwnScriptChrome(line), line).toBe(false);
    }
  });
});

describe('dates in other scripts and calendars', () => {
  const dateOf = (text: string): string | undefined => findDates(text, { now: NOW, lang: null })[0]?.iso;
  it('reads their month names, their digits and a Buddhist-era year', () => {
    expect(dateOf('© हिमगिरि टाइम्स | ०६ अक्टूबर २०२६')).toBe('2026-10-06');
    expect(dateOf('เผยแพร่: 15 ต.ค. 2569 21:40 น.')).toBe('2026-10-15');
    expect(dateOf('15 ตุลาคม 2569')).toBe('2026-10-15');
    expect(dateOf('٤ أكتوبر ٢٠٢٦')).toBe('2026-10-04');
    expect(dateOf('۱۲ اکتبر ۲۰۲۶')).toBe('2026-10-12');
    expect(dateOf('פורסם: 4 באוקטובר 2026')).toBe('2026-10-04');
    expect(dateOf('12 mars 2026')).toBe('2026-03-12');
  });
});

describe('bylines in scripts without capitals', () => {
  it('name the writer after a label or before the word for reporter, and are chrome on their own line', () => {
    expect(ownScriptAuthor('时间:2026-10-28 10:20 来源:清溪资讯网 作者:林晓雯 点击:12次')).toBe('林晓雯');
    expect(ownScriptAuthor('입력 2026.11.08 19:47\n김도윤 기자\n강원FC가 안방에서 제주를 꺾었다.')).toBe('김도윤');
    expect(ownScriptAuthor('हिमगिरि टाइम्स Published by: रमेश नेगी Updated Fri, 06 Nov 2026')).toBe('रमेश नेगी');
    expect(ownScriptAuthor('The council met on Monday. By Jane Doe')).toBeNull();
    expect(isOwnScriptChrome('本网讯 记者 林晓雯')).toBe(true);
    expect(isOwnScriptChrome('춘천=김도윤 기자 dykim@example.kr')).toBe(true);
  });
});
