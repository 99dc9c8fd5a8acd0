import { describe, expect, it } from 'vitest';
import { defaultLexiconTable, extractKeywords } from '../../functions/core/classify/index.js';
import { STOPWORDS } from '../../functions/core/classify/stopwords.js';
import { seedExpectations, seedText } from './classify-helpers.js';

const lex = defaultLexiconTable();
const stop = new Set(Object.values(STOPWORDS).flat());

describe('extractKeywords', () => {
  it.each(seedExpectations.map((e) => [e.file, e] as const))('gives 5-10 keywords without stop words for %s', (_f, e) => {
    const { title, body } = seedText(e);
    const kws = extractKeywords(title, body, lex);
    expect(kws.length).toBeGreaterThanOrEqual(5);
    expect(kws.length).toBeLessThanOrEqual(10);
    expect(new Set(kws.map((k) => k.toLowerCase())).size).toBe(kws.length);
    for (const k of kws) {
      for (const w of k.toLowerCase().split(' ')) expect(stop.has(w)).toBe(false);
      expect(k).not.toMatch(/^(?:said|says|reported|according|advertisement|subscribe)$/i);
    }
  });

  it('finds the subject of a story and keeps proper nouns capitalised, other words lowercase', () => {
    const title = 'Drought cuts wheat harvest in Australia';
    const body = [
      'A severe drought has cut the wheat harvest in Australia to its lowest level in a decade, the agriculture ministry said on Tuesday.',
      'Farmers in New South Wales said the drought had destroyed much of the crop, and wheat exports are expected to fall sharply.',
      'Australia is one of the largest wheat exporters in the world, and the drought has pushed up global grain prices.',
    ].join('\n\n');
    const kws = extractKeywords(title, body, lex);
    expect(kws).toEqual(expect.arrayContaining(['drought', 'Australia']));
    expect(kws.some((k) => k.split(' ').includes('wheat'))).toBe(true);
    for (const k of kws) if (k !== 'Australia' && !/^[A-Z]/.test(k)) expect(k).toBe(k.toLowerCase());
  });

  it('reads the word behind an elided article and leaves out filler words in French, Italian and German', () => {
    const fr = extractKeywords(
      "L'arrêt de l'usine inquiète les salariés",
      "L'arrêt de l'usine de Grenoble a été annoncé d'une manière brutale. Selon la direction, l'arrêt durera trois mois. Les salariés de l'usine craignent pour l'emploi, et l'arrêt pèse sur toute la vallée.",
      lex,
      'fr',
    );
    expect(fr.map((k) => k.toLowerCase())).toEqual(expect.arrayContaining(['arrêt', 'usine']));
    for (const k of fr) expect(k).not.toMatch(/^(?:[ld]['’]|d'une|trois)/i);
    const it = extractKeywords(
      "Lo sciopero dell'energia blocca il porto",
      "Lo sciopero dell'energia ha bloccato il porto di Genova per tre giorni. Secondo i sindacati, lo sciopero dell'energia continuerà anche oggi, mentre il porto resta fermo e gli armatori chiedono l'intervento del governo.",
      lex,
      'it',
    );
    for (const word of ['sciopero', 'porto']) expect(it.some((k) => k.toLowerCase().split(' ').includes(word))).toBe(true);
    for (const k of it) for (const w of k.toLowerCase().split(' ')) expect(['tre', 'oggi', 'mentre', "dell'energia", 'secondo']).not.toContain(w);
    const de = extractKeywords(
      'Anmeldung beim Bürgeramt dauert Wochen',
      'Wer eine Anmeldung beim Bürgeramt braucht, wartet in Berlin derzeit sechs Wochen. Die Anmeldung beim Bürgeramt ist Pflicht, sagte eine Sprecherin. Viele Bürger warten zudem auf einen Termin beim Bürgeramt für den Pass.',
      lex,
      'de',
    );
    for (const k of de) for (const w of k.toLowerCase().split(' ')) expect(['beim', 'sechs', 'zudem', 'derzeit', 'sagte']).not.toContain(w);
  });

  it('handles French text with French stop words removed', () => {
    const body = 'Le gouvernement a présenté mercredi une réforme des retraites. Selon le ministre, la réforme des retraites sera votée avant l’été. Les syndicats dénoncent une réforme injuste et appellent à la grève.';
    const kws = extractKeywords('Retraites : le gouvernement présente sa réforme', body, lex);
    expect(kws.length).toBeGreaterThanOrEqual(5);
    for (const k of kws) for (const w of k.toLowerCase().split(' ')) expect(stop.has(w)).toBe(false);
    expect(kws.map((k) => k.toLowerCase()).some((k) => k.includes('réforme') || k.includes('retraites'))).toBe(true);
  });

  it('returns what there is for a very short text', () => {
    expect(extractKeywords('', 'Hello. The and of.', lex)).toEqual(['hello']);
    expect(extractKeywords('', '', lex)).toEqual([]);
  });

  it('prefers nouns in German and drops weekday and month names in every language', () => {
    const body = [
      'Der Streik der Lokführergewerkschaft hat am Montag den Bahnverkehr in weiten Teilen Deutschlands lahmgelegt.',
      'Die Gewerkschaft fordert höhere Löhne. Der Streik soll bis Mittwoch dauern, die Bahn rechnet mit Ausfällen im Februar.',
    ].join('\n\n');
    const kws = extractKeywords('Bahnstreik legt Verkehr lahm', body, lex, 'de');
    expect(kws).toEqual(expect.arrayContaining(['Streik', 'Bahnstreik']));
    for (const w of ['legt', 'lahm', 'weiten', 'Montag', 'Mittwoch', 'Februar']) expect(kws).not.toContain(w);
    // Read as English, the same words rank by frequency alone and the verbs come back.
    expect(extractKeywords('Bahnstreik legt Verkehr lahm', body, lex)).toEqual(expect.arrayContaining(['legt']));
  });
  it('leaves out function words in languages whose words are only filler there', () => {
    const cases: Array<[string, string, string, string[]]> = [
      ['fi', 'Tampereen uimahalli suljetaan remontin ajaksi', 'Kaupunginvaltuusto päätti maanantaina, että uimahalli suljetaan. Päätös syntyi pitkän keskustelun jälkeen, mutta uimahalli avataan taas ensi vuonna, jos remontti etenee. Uimahalli on ollut kaupungin suosituin liikuntapaikka, joka kerää vuosittain noin 300 000 kävijää.', ['että', 'mutta', 'ensi', 'jos', 'joka', 'noin', 'jälkeen', 'maanantaina']],
      ['ro', 'Primăria Clujului modernizează tramvaiele', 'Primăria Cluj-Napoca a anunțat că tramvaiele vor fi modernizate după ce consilierii au votat proiectul. Potrivit primarului, care a prezentat planul marți seară, tramvaiele noi vor circula din luna mai, iar lucrările la linia de tramvai vor dura peste un an.', ['care', 'după', 'din', 'peste', 'potrivit', 'marți', 'seară']],
      ['hr', 'Splitski gradski vijećnici usvojili naplatu parkiranja', 'Gradsko vijeće Splita usvojilo je odluku o naplati parkiranja na Žnjanu, koja će se uvesti tijekom ljeta. Vijećnici koji su glasovali protiv rekli su da naplata parkiranja nije riješenje, ali je odluka ipak prošla, a naplata parkiranja počinje prije sezone.', ['koja', 'koji', 'tijekom', 'ali', 'prije', 'nije', 'rekli']],
      ['da', 'Brøndby taber igen i Parken', 'FC København vandt søndag over Brøndby i Parken, hvor der var udsolgt. Efter kampen sagde træneren, at holdet havde været bedre end Brøndby i hele kampen, og at sejren var fortjent. Brøndby har nu tabt tre kampe i træk i Parken.', ['efter', 'sagde', 'havde', 'været', 'hele', 'søndag', 'tre']],
    ];
    for (const [lang, title, body, filler] of cases) {
      const kws = extractKeywords(title, body, lex, lang).map((k) => k.toLowerCase());
      expect(kws.length, lang).toBeGreaterThanOrEqual(5);
      for (const f of filler) for (const k of kws) expect(k.split(' '), `${lang}: ${k}`).not.toContain(f);
    }
  });
  it('leaves out function words in Swedish, Greek, Indonesian and Turkish', () => {
    const cases: Array<[string, string, string, string[]]> = [
      ['sv', 'Färjetrafiken till Gotland utökas i sommar', 'Rederiet som trafikerar Gotland sätter in extra avgångar och det blir fler turer. Enligt rederiet är det för att efterfrågan har ökat, och det är inte första gången som färjorna fylls. Det säger rederiets chef att man ska se över tidtabellen.', ['och', 'det', 'att', 'som', 'för', 'säger']],
      ['el', 'Νέο ρεκόρ αφίξεων στο λιμάνι του Πειραιά', 'Νέο ρεκόρ αφίξεων κρουαζιερόπλοιων αναμένεται στο λιμάνι του Πειραιά, σύμφωνα με τη διοίκηση. Μετά τις αφίξεις του καλοκαιριού, οι επαγγελματίες ζητούν από τον δήμο καλύτερη οργάνωση για τους επισκέπτες και τα λεωφορεία.', ['και', 'από', 'τους', 'μετά', 'για']],
      [
        'id',
        'Pabrik garmen baru di Boyolali serap ribuan pekerja',
        'Sebuah pabrik garmen baru di Boyolali mulai beroperasi pada hari Senin dan akan menyerap sekitar 5.000 tenaga kerja. Kami mampu memenuhi pesanan ekspor yang meningkat, kata manajer pabrik itu. Pabrik tersebut menggunakan mesin jahit baru dan membayar upah minimum kabupaten.',
        ['baru', 'sekitar', 'sebuah', 'ribuan', 'kami', 'mampu', 'menggunakan'],
      ],
      ['id', 'Banjir rob rendam ratusan rumah di Semarang', 'Banjir rob kembali merendam ratusan rumah warga di pesisir Semarang. Warga mengatakan air laut masuk ke permukiman dan baru surut menjelang pagi, sehingga banyak yang mengungsi. Ini adalah banjir rob ketiga dalam bulan ini, kata warga yang rumahnya terendam.', ['yang', 'ini', 'dalam', 'dan', 'mengatakan', 'baru', 'ketiga', 'banyak', 'sehingga']],
      ['tr', 'Bursa şeftali üreticileri dolu zararını bekliyor', "Bursa'da dolu yağışı şeftali bahçelerinde hasara yol açtı. Üreticiler bu yıl zararın yüzde 50 olduğunu söyledi. Bir üretici, şeftali fiyatlarının geçen yıla göre artacağını belirtti ve bu durumun ihracatı da etkileyeceğini açıkladı.", ['bir', 'bu', 'göre', 'yıl', 'yüzde', 'geçen']],
    ];
    for (const [lang, title, body, filler] of cases) {
      const kws = extractKeywords(title, body, lex, lang).map((k) => k.toLowerCase());
      for (const f of filler) for (const k of kws) expect(k.split(' '), `${lang}: ${k}`).not.toContain(f);
    }
  });

  it('cuts Chinese, Japanese and Thai into words and writes their phrases without spaces', () => {
    const zh = extractKeywords(
      '福建茶企海外订单翻番',
      '福建一家茶业公司发布第三季度报告。报告显示，公司海外订单同比增长一倍，营业收入达到九亿元。公司表示，海外订单主要来自中东和欧洲市场。公司计划明年扩大海外订单的生产能力。',
      lex,
      'zh',
    );
    expect(zh).toContain('海外订单');
    // A keyword is a word or a phrase, never a clause.
    for (const k of zh) expect(k.length, k).toBeLessThanOrEqual(8);
    expect(zh).not.toContain('我们');
    const ja = extractKeywords(
      '高知大学の研究チームが津波の痕跡を解析',
      '高知大学などの研究チームは、土佐湾の海底から採取した堆積物を解析し、過去の津波の痕跡を確認したと発表した。研究チームは津波の規模を推定した。',
      lex,
      'ja',
    );
    expect(ja).toEqual(expect.arrayContaining(['津波', '研究チーム']));
    // Hiragana alone is grammar: particles and endings.
    for (const k of ja) expect(k).not.toMatch(/^[\p{Script=Hiragana}]+$/u);
    const th = extractKeywords(
      'บุรีรัมย์ยูไนเต็ดชนะการท่าเรือ',
      'บุรีรัมย์ยูไนเต็ดเอาชนะการท่าเรือในศึกไทยลีกที่สนามช้างอารีน่า ประตูชัยเกิดขึ้นในนาทีสุดท้าย บุรีรัมย์ยูไนเต็ดขึ้นนำเป็นจ่าฝูง',
      lex,
      'th',
    );
    expect(th.some((k) => k.startsWith('บุรีรัมย์'))).toBe(true);
    for (const k of th) expect(k).not.toMatch(/^(?:ใน|ที่|การ|และ)$/u);
  });

  it('keeps vowel signs inside Hindi and Persian words and reads the Korean noun without its particle', () => {
    const hi = extractKeywords(
      'चमोली में भूस्खलन से बदरीनाथ हाईवे बंद',
      'चमोली जिले में भूस्खलन के बाद बदरीनाथ हाईवे बंद हो गया। बदरीनाथ जाने वाले यात्रियों को रोका गया है। प्रशासन ने कहा कि भूस्खलन का मलबा हटाने में समय लगेगा।',
      lex,
      'hi',
    );
    for (const word of ['बदरीनाथ', 'भूस्खलन']) expect(hi.some((k) => k.split(' ').includes(word)), word).toBe(true);
    for (const k of hi) for (const w of k.split(' ')) expect(['में', 'के', 'को', 'है', 'कि', 'ने'], k).not.toContain(w);
    const fa = extractKeywords(
      'فرونشست دشت اصفهان',
      'داده‌های ماهواره‌ای نشان می‌دهد فرونشست دشت اصفهان در سال گذشته ۱۵ سانتی‌متر بوده است. پژوهشگران می‌گویند فرونشست دشت ادامه دارد.',
      lex,
      'fa',
    );
    expect(fa.join(' ')).toContain('سانتی‌متر');
    for (const k of fa) for (const w of k.split(' ')) expect(['است', 'این', 'های', 'در'], k).not.toContain(w);
    const ko = extractKeywords(
      '강원FC, 제주 꺾고 3연승',
      '강원은 27일 제주와의 경기에서 2-1로 이겼다. 강원은 후반 추가시간에 결승골을 넣었다. 제주는 강원의 역습을 막지 못했다.',
      lex,
      'ko',
    );
    expect(ko).toEqual(expect.arrayContaining(['강원', '제주']));
    expect(ko).not.toContain('강원은');
  });
});
