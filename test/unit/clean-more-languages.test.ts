import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { cleanDocument } from '../../functions/core/clean/index.js';
import { findDates } from '../../functions/core/clean/dates.js';
import { junkKind, splitDateline } from '../../functions/core/clean/boilerplate.js';
import { extractFromText } from '../../functions/core/clean/text.js';
import { extractFromHtml } from '../../functions/core/clean/html.js';
import { detectLanguage } from '../../functions/core/classify/language.js';

const NOW = new Date('2026-11-01T00:00:00Z');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const clean = (text: string, key: string) => cleanDocument(decodeDocument(utf8(text), { key }), { now: NOW });
const dateOf = (text: string): string | undefined => findDates(text, { now: NOW, lang: null })[0]?.iso;

describe('dates in more languages', () => {
  it('reads month names of languages without rules of their own', () => {
    expect(dateOf('18. ágúst 2026 kl. 21:47')).toBe('2026-08-18');
    expect(dateOf('Dydd Mawrth 25 Awst 2026, 10:15')).toBe('2026-08-25');
    expect(dateOf('Gepubliseer: 22 Augustus 2026 om 19:48')).toBe('2026-08-22');
    expect(dateOf('Imechapishwa: 5 Machi 2026')).toBe('2026-03-05');
    expect(dateOf('Ippubblikat: 20 ta’ Awwissu 2026')).toBe('2026-08-20');
    expect(dateOf('Nai-publish: Setyembre 4, 2026')).toBe('2026-09-04');
    expect(dateOf('ngày 20 tháng 8 năm 2026')).toBe('2026-08-20');
    expect(dateOf('Foilsithe: 12 Lúnasa 2026')).toBe('2026-08-12');
  });

  it('reads the Somali months as they are spelled in more than one way', () => {
    expect(dateOf('Beledweyne (Webi Shabeelle News) – 9 Nofeembar 2025')).toBe('2025-11-09');
    expect(dateOf('3 Noofeembar 2025')).toBe('2025-11-03');
    expect(dateOf('14 Desembar 2025')).toBe('2025-12-14');
    expect(dateOf('2 Agoosto 2026')).toBe('2026-08-02');
  });

  it("gives a Markdown page the date of a long byline line whose update clause makes it long", async () => {
    const md = [
      '- ## Untung suku ketiga Lada Borneo melonjak 62 peratus',
      '- Oleh [Farah Wahida Jamil](https://example.my/penulis/farah) · Khamis, 1 Oktober 2026 6:42 ptg · Dikemas kini: Jumaat, 2 Oktober 2026 9:15 pg · 3 minit bacaan',
      '- **KUCHING:** Lada Borneo Berhad mencatatkan keuntungan bersih sebanyak RM48.6 juta bagi suku ketiga berakhir 31 Ogos, meningkat 62 peratus berbanding tempoh yang sama tahun lalu.',
      '- Pengarah urusannya berkata syarikat itu akan membina kilang kedua di Sarikei tahun depan bagi memenuhi permintaan pembeli dari Jepun dan Eropah.',
      '- Harga lada hitam di pasaran dunia dijangka kekal tinggi sehingga pertengahan tahun depan, menurut lembaga lada.',
    ].join('\n');
    const r = await clean(md, 'lada.md');
    expect(r.published).toBe('2026-10-01');
    expect(r.author).toBe('Farah Wahida Jamil');
    expect(r.paragraphs[0]).toMatch(/^Lada Borneo Berhad mencatatkan/);
  });

  it('reads a numeric day-first date in the front matter of a page in a language not told by name', async () => {
    const md = [
      '---',
      "title: 'Fatahaadda Webiga Shabeelle oo barakicisay kumanaan qof'",
      "date: '12-11-2025 15:30'",
      '---',
      '',
      'Fatahaadda Webiga Shabeelle ayaa ku qasabtay in ka badan 45,000 oo qof inay ka barakacaan guryahooda magaalada Beledweyne ee gobolka Hiiraan, sida ay sheegtay hay’adda maareynta musiibooyinka.',
      '',
      'Biyaha ayaa xalay iyo maanta galay xaafadaha Koosaar iyo Bundaweyn, kuwaas oo ku yaalla dhanka bari ee webiga. Guryaha qaarkood ayaa biyuhu gaareen ilaa daaqadaha.',
    ].join('\n');
    expect((await clean(md, 'fatahaad.md')).published).toBe('2025-11-12');
  });

  it('reads the Basque year-first date with its endings', () => {
    expect(dateOf('2026ko abuztuaren 20a')).toBe('2026-08-20');
    expect(dateOf('2026(e)ko martxoaren 5(a)')).toBe('2026-03-05');
  });

  it('keeps the months the older tables give when a new language spells another month alike', () => {
    // "mars" is March in French, Swedish, Icelandic and Albanian alike; "listopad" stays November.
    expect(dateOf('12 mars 2026')).toBe('2026-03-12');
    expect(dateOf('12 listopada 2025')).toBe('2025-11-12');
  });

  it('keeps the clock after "kl."', () => {
    expect(findDates('18. ágúst 2026 kl. 21:47 GMT', { now: NOW, lang: null })[0]?.iso).toBe('2026-08-18T21:47:00+00:00');
  });
});

const VIETNAMESE_PAGE = [
  'TIN TỨC VÙNG CAO',
  '',
  'Trang chủ | Thời sự | Kinh tế | Thể thao',
  '',
  'Mưa lớn gây sạt lở trên quốc lộ 4D, hàng trăm xe bị mắc kẹt',
  '',
  'Thứ Năm, 17/09/2026, 08:40 (GMT+7)',
  '',
  '(TVC) - Mưa lớn kéo dài từ đêm 16/9 đã gây sạt lở nghiêm trọng tại nhiều điểm trên quốc lộ 4D, khiến hàng trăm xe bị mắc kẹt trong nhiều giờ.',
  '',
  'Theo báo cáo của lực lượng chức năng, có ít nhất 12 điểm sạt lở với tổng khối lượng đất đá khoảng 3.000 mét khối, trong đó điểm nặng nhất nằm ở đoạn đèo.',
  '',
  'Lực lượng công an đã phân luồng giao thông và đề nghị người dân không đi vào khu vực nguy hiểm cho đến khi các điểm sạt lở được khắc phục hoàn toàn.',
  '',
  'Các đơn vị quản lý đường bộ cho biết sẽ huy động thêm máy móc để thông tuyến trong ngày, nhưng mưa vẫn có thể tiếp tục trong hai ngày tới.',
  '',
  'Từ khóa: sạt lở | quốc lộ 4D',
].join('\n');

describe('a story in a language whose function words the cleaner did not count', () => {
  it('is read as prose: its headline over the date, the date, the body without the outlet’s tag', async () => {
    const r = extractFromText(VIETNAMESE_PAGE, NOW);
    expect(r.title).toBe('Mưa lớn gây sạt lở trên quốc lộ 4D, hàng trăm xe bị mắc kẹt');
    expect(r.published).toBe('2026-09-17T08:40:00+07:00');
    const a = await clean(VIETNAMESE_PAGE, 'incoming/sat-lo.txt');
    expect(a.paragraphs[0]).toMatch(/^Mưa lớn kéo dài từ đêm 16\/9/);
    expect(a.paragraphs).toHaveLength(4);
  });
});

const ICELANDIC_PAGE = [
  'Fréttir af Vestfjörðum',
  '',
  'Þessi vefur notar vafrakökur til að bæta upplifun notenda. [Samþykkja] [Stillingar]',
  '',
  'Ný brú yfir Dynjandisvog verður opnuð fyrir jól',
  '',
  'Jón Ólafur Gunnarsson skrifar',
  '3. september 2026 kl. 14:05',
  '',
  'Brúin yfir Dynjandisvog verður 120 metra löng. Mynd: Vegagerðin',
  '',
  'Vegagerðin hefur samið við verktaka um smíði nýrrar brúar yfir Dynjandisvog og er stefnt að því að hún verði opnuð fyrir jól.',
  '',
  'Kostnaður við verkið er áætlaður um 1,8 milljarðar króna og er það hluti af endurbótum á Vestfjarðavegi sem hafa staðið yfir í nokkur ár.',
  '',
  'LESTU EINNIG: Vegurinn um Dynjandisheiði lokaður vegna snjóa',
  '',
  '„Þetta breytir miklu fyrir íbúa svæðisins og alla sem aka um veginn á veturna,“ sagði sveitarstjóri eftir undirritun samningsins í dag.',
  '',
  'AUGLÝSING',
  'Vélaverkstæði Ísafjarðar – dekk, smurning og viðgerðir. Opið alla virka daga.',
  '',
  'Framkvæmdir hefjast í október og er gert ráð fyrir að umferð verði hleypt á brúna um miðjan desember ef veður leyfir.',
  '',
  'Skráðu þig á póstlistann og fáðu fréttir af Vestfjörðum í pósthólfið á hverjum morgni.',
].join('\n');

describe('an Icelandic page', () => {
  it('gives the headline, the writer of "NAME skrifar", the date, and drops caption, link, ad and prompt', () => {
    const r = extractFromText(ICELANDIC_PAGE, NOW);
    expect(r.title).toBe('Ný brú yfir Dynjandisvog verður opnuð fyrir jól');
    expect(r.author).toBe('Jón Ólafur Gunnarsson');
    expect(r.published).toBe('2026-09-03');
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs.join('\n')).not.toMatch(/Mynd:|LESTU EINNIG|AUGLÝSING|Vélaverkstæði|póstlistann/);
  });
});

describe('bylines that open with "Deur" or "Gan"', () => {
  it('name the writer without the word', () => {
    const page = (by: string): string => ['Kimberley se nuwe swembad open in Desember', '', by, '15 September 2026', '',
      'Die munisipaliteit het Maandag bevestig dat die nuwe swembad in Galeshewe teen Desember vir die publiek oopgemaak sal word, ná twee jaar se bouwerk.',
      '', 'Die projek het R38 miljoen gekos en sal ook ’n kleiner swembad vir kinders en ’n nuwe kleedkamer insluit, het die burgemeester gesê.',
      '', 'Inwoners het die nuus verwelkom, maar sommige het gevra dat die toegangsfooie laag gehou word sodat gesinne die swembad kan gebruik.'].join('\n');
    expect(extractFromText(page('Deur Annelie Botha', ), NOW).author).toBe('Annelie Botha');
    expect(extractFromText(page('Gan Elin Haf Roberts'), NOW).author).toBe('Elin Haf Roberts');
  });
});

describe('Afrikaans', () => {
  it('is told from Dutch by the words only it writes', () => {
    for (const text of [
      'Die munisipaliteit het Maandag bevestig dat die nuwe swembad in Galeshewe teen Desember vir die publiek oopgemaak sal word. Die projek ' +
        'het R38 miljoen gekos en sal ook ’n kleiner swembad vir kinders insluit, het die burgemeester gesê. Inwoners het die nuus verwelkom, ' +
        'maar sommige het gevra dat die fooie laag gehou word.',
      'Boere in die Noord-Kaap het vanjaar ’n goeie oes gehad ná die reën in Februarie. Volgens die landbou-unie het die mielie-oes met 12 ' +
        'persent gestyg. Die boere sê hulle is bekommerd oor die prys van diesel, wat in die afgelope maand weer gestyg het.',
    ]) expect(detectLanguage(text)).toBe('af');
    expect(detectLanguage('De gemeenteraad heeft dinsdag besloten dat het nieuwe zwembad in december opengaat. Volgens de wethouder zijn de kosten ' +
      'hoger dan verwacht, maar het project wordt niet uitgesteld omdat de bouw al ver gevorderd is.')).toBe('nl');
  });
});

const LYNX_DUMP = [
  '   #[1]The Harbour Light » Feed [2]The Harbour Light » Comments Feed',
  '',
  '   [3]Skip to content',
  '',
  '     * [4]News',
  '     * [5]Sport',
  '     * [6]Business',
  '',
  'Ferry timetable cut as crew shortage hits winter sailings',
  '',
  '   By [7]Martin Ozanne',
  '   Tuesday 8 September 2026 · 6:10pm',
  '',
  '   [8]Share on Facebook [9]Share on X [10]Share by email',
  '',
  '   [ferry-harbour.jpg]',
  '   The ferry leaving St Peter Port on Monday. Photo: Harbour Light',
  '',
  '   The island’s ferry operator will cut two of its four daily sailings this winter because it cannot recruit enough crew, it said on Tuesday.',
  '',
  '   The company said the reduced timetable would run from November to March and that passengers already booked would be moved to other sailings.',
  '',
  '   ADVERTISEMENT',
  '   [11][IMG] Ozanne Marine – engine servicing and moorings, Castle Pier. Call 01481 700100',
  '',
  '   The harbour master said the decision was disappointing but that safety rules left the operator no choice while crews were short.',
  '',
  'References',
  '',
  '   1. https://harbourlight.example/feed/',
  '   2. https://harbourlight.example/comments/feed/',
].join('\n');

describe('a text browser’s dump', () => {
  it('is read without its link numbers, image labels and reference list', () => {
    const r = extractFromText(LYNX_DUMP, NOW);
    expect(r.title).toBe('Ferry timetable cut as crew shortage hits winter sailings');
    expect(r.author).toBe('Martin Ozanne');
    expect(r.published).toBe('2026-09-08');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs.join('\n')).not.toMatch(/\[\d+\]|Ozanne Marine|https:/);
  });

  it('leaves a text with a few bracketed numbers as it is', () => {
    const text = 'Budget row deepens\n\nThe report [1] and its annex [2] were published on Monday, and councillors said the figures did not add up.';
    expect(extractFromText(text, NOW).paragraphs[0]).toContain('[1]');
  });
});

describe('a label in capitals before a headline', () => {
  it('is a link to another story between the paragraphs, and the headline when it tops the page', () => {
    const text = [
      'ΕΛΣΤΑΤ: Στο 8,6% υποχώρησε η ανεργία τον Σεπτέμβριο',
      '',
      'Η ανεργία υποχώρησε στο 8,6% τον Σεπτέμβριο από 8,9% τον Αύγουστο, σύμφωνα με τα στοιχεία που ανακοίνωσε σήμερα η ΕΛΣΤΑΤ για την αγορά εργασίας.',
      '',
      'ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ: Νέα μέτρα στήριξης για τους ανέργους νέους',
      '',
      'Ο αριθμός των απασχολουμένων αυξήθηκε κατά 52.000 άτομα σε σχέση με τον ίδιο μήνα του προηγούμενου έτους, με τη μεγαλύτερη άνοδο στον τουρισμό.',
    ].join('\n');
    const r = extractFromText(text, NOW);
    expect(r.title).toBe('ΕΛΣΤΑΤ: Στο 8,6% υποχώρησε η ανεργία τον Σεπτέμβριο');
    expect(r.paragraphs).toHaveLength(2);
  });
});

describe('what surrounds a story on a newsletter or a blog platform', () => {
  const story = [
    'The regional council approved a new bus route between the two towns on Thursday, the first new route in the district for a decade.',
    'Buses will run every hour from 6am to 8pm on weekdays and every two hours at weekends, starting in February next year.',
    'The council said the route would cost about $400,000 a year to run, half of it paid by the national transport agency.',
  ];

  it('drops a greeting to new subscribers, a sign-off asking for replies and a paid-subscriber note', async () => {
    const html = `<html><head><title>Bus route approved</title></head><body><article><h1>Bus route approved</h1>
      <p><em>Kia ora koutou, and welcome to the 23 new subscribers who joined this week. Paid subscribers: the meeting audio is at the bottom.</em></p><hr>
      ${story.map((p) => `<p>${p}</p>`).join('')}<hr>
      <p><em>Ngā mihi, Aroha. Got a tip? Just reply to this email.</em></p></article></body></html>`;
    const a = await clean(html, 'incoming/bus.html');
    expect(a.paragraphs).toEqual(story);
  });

  it('drops a byline box’s "Published in" and a reading time run into the date', () => {
    const html = `<html><head><title>Bus route approved</title></head><body><article><h1>Bus route approved</h1>
      <div><span>Published in</span><a href="/pub"></a></div><div><span>6 min read</span><span>Aug 24, 2026</span></div>
      ${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extractFromHtml(html, NOW, null).paragraphs).toEqual(story);
  });

  it('drops the desk’s initials after the last sentence, in the text and the markup', async () => {
    const html = `<html><head><title>Bus route approved</title></head><body><article><h1>Bus route approved</h1>
      ${story.map((p, i) => `<p>${p}${i === story.length - 1 ? ' (ant/hm)' : ''}</p>`).join('')}</article></body></html>`;
    const a = await clean(html, 'incoming/bus.html');
    expect(a.paragraphs).toEqual(story);
    expect(a.bodyHtml).not.toContain('(ant/hm)');
  });
});

describe('labels of more languages under a story', () => {
  it('reads share rows, related-story and comment headers as chrome', async () => {
    const { junkKind, isListMarker } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('Rhannu’r stori: Facebook · X · WhatsApp · E-bost')).not.toBeNull();
    expect(junkKind('Chia sẻ: Facebook | Zalo | Sao chép liên kết')).not.toBeNull();
    expect(junkKind('The club thanked fans on Facebook, X and WhatsApp for their support during the long season.')).toBeNull();
    for (const header of ['Straeon eraill', 'Tin liên quan', 'Habari zinazohusiana', 'Lajme të ngjashme']) expect(isListMarker(header), header).toBe(true);
    const html = `<html><head><title>Antxoa iparralderantz</title></head><body><article><h1>Antxoa iparralderantz</h1>
      <p>Bizkaiko golkoa berotzen ari da, eta antxoa iparralderantz mugitzen ari da, AZTIren azken kanpainaren arabera, eta arrantzaleak kezkatuta daude.</p>
      <p>Arrautzen herena Loiraren iparraldean aurkitu dute aurten, inoiz baino gehiago, eta zientzialariek uraren tenperatura jotzen dute kausatzat.</p>
      <h3>Mezuak</h3><p>Aitonak esaten zuen antxoa Kantauriko altxorra zela. Laster frantsesena izango da!</p></article></body></html>`;
    const a = await clean(html, 'incoming/antxoa.html');
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('the headline a page marks as such', () => {
  it('is the title when the metadata wrote another for search and sharing', () => {
    const body = '<p>Visitor arrivals rose 12 percent in July from a year earlier, the bureau said, with Korea and Japan leading the way for the island.</p>'.repeat(3);
    const page = (marks: string): string => `<html><head><title>Guam visitor arrivals jump 12% in July | Business</title>
      <meta property="og:title" content="Guam visitor arrivals jump 12% in July"></head><body>
      <article><h1 class="headline"><span itemprop="headline">Korea, Japan lift Guam to best month for tourism since the pandemic</span></h1>${body}</article>${marks}</body></html>`;
    expect(extractFromHtml(page(''), NOW, null).title).toBe('Korea, Japan lift Guam to best month for tourism since the pandemic');
    // A page that marks every teaser's headline says nothing about its <h1>.
    const teasers = '<aside><h3 itemprop="headline">Another story</h3><h3 itemprop="headline">A third story</h3></aside>';
    expect(extractFromHtml(page(teasers), NOW, null).title).toBe('Guam visitor arrivals jump 12% in July');
  });

  it('is the title when the theme names it the entry\'s title by its class, under the site\'s name in another <h1>', () => {
    const body = '<p>Visitor arrivals rose 12 percent in July from a year earlier, the bureau said, with Korea and Japan leading the way for the island.</p>'.repeat(3);
    const page = (cls: string): string => `<html><head><title>Guam visitor arrivals jump 12% in July – Island Ledger</title>
      <meta property="og:title" content="Guam visitor arrivals jump 12% in July"></head><body><header><h1 class="site-title">Island Ledger</h1></header>
      <article><h1 class="${cls}">Korea, Japan lift Guam to best month for tourism since the pandemic</h1>${body}</article></body></html>`;
    expect(extractFromHtml(page('entry-title single-entry-title'), NOW, null).title).toBe('Korea, Japan lift Guam to best month for tourism since the pandemic');
    // A class any heading may carry says nothing.
    expect(extractFromHtml(page('heading'), NOW, null).title).toBe('Guam visitor arrivals jump 12% in July');
  });
});

describe('Maltese and Luxembourgish', () => {
  it('are told from the languages that share their short words', () => {
    expect(detectLanguage('Il-Ħamrun Spartans rebħu l-kampjonat wara rebħa ta’ 2-1 kontra l-Floriana fil-Ta’ Qali. Il-kowċ qal li huwa kburi ħafna ' +
      'bil-plejers għax kienet sena diffiċli, iżda t-tim wera karattru kbir u issa jista’ jilgħab fl-Ewropa.')).toBe('mt');
    expect(detectLanguage('De Gemengerot vun Ettelbréck huet e Méindeg decidéiert, datt d’Grand-Rue eng Foussgängerzon gëtt. D’Aarbechte sollen am ' +
      'Januar ufänken, an d’Geschäftsleit hunn awer Bedenke wéinst de Parkplazen, déi wegfalen.')).toBe('lb');
  });
});

describe('bylines, credits and ads in more languages', () => {
  it('name the writer after "Ni", "Nga", "Daga" and "Report and photos:"', () => {
    const page = (by: string): string => ['Itinaas ang alert level ng Bulkang Mayon sa Albay', '', by, '3 Oktubre 2026', '',
      'Itinaas ng PHIVOLCS sa Alert Level 3 ang Bulkang Mayon sa Albay nitong Huwebes matapos ang sunod-sunod na pagbuga ng lava sa bunganga nito.',
      '', 'Mahigit labing-apat na libong residente na ang inilikas mula sa mga barangay na nasa loob ng anim na kilometrong permanenteng danger zone.',
      '', 'Sinabi ng mga opisyal na tatagal ang paglikas hangga’t hindi bumababa ang aktibidad ng bulkan sa mga susunod na linggo.'].join('\n');
    for (const [by, name] of [['Ni Karla Mae Nicerio', 'Karla Mae Nicerio'], ['Nga Blerina Çela', 'Blerina Çela'], ['Daga Zainab Musa', 'Zainab Musa'],
      ['Report and photos: Shanice Alleyne', 'Shanice Alleyne']] as const) expect(extractFromText(page(by), NOW).author, by).toBe(name);
  });

  it('drop an ad under its label when the ad’s image stands between', () => {
    const para = (n: number): string => `Paragraph ${n} of the report says what the council decided on Tuesday and what residents told the meeting afterwards.`;
    const text = ['Council votes on harbour plan', '', para(1), '', para(2), '', 'PATALASTAS', '[banner-bicolandia-hardware]',
      'Bicolandia Hardware – yero, semento at tarpaulin. Libreng delivery sa buong Albay.', '', para(3)].join('\n');
    expect(extractFromText(text, NOW).paragraphs).toEqual([para(1), para(2), para(3)]);
  });

  it('read a Malay "Dikemas kini" line as an update and a caption credited after a dash as a caption', async () => {
    const { publishedPart } = await import('../../functions/core/clean/dates.js');
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    expect(publishedPart('Dikemas kini: Jumaat, 2 Oktober 2026 9:15')).toBeNull();
    expect(publishedPart('Khamis, 1 Oktober 2026 · Dikemas kini: Jumaat, 2 Oktober 2026')).toBe('Khamis, 1 Oktober 2026');
    expect(junkKind('Pekerja menyusun guni lada putih di gudang di Kuching. – Gambar: Lada Borneo Berhad')).not.toBeNull();
  });

  it('take a content file’s "Title:" label off the headline, and a podcast player’s clock and apps out of the body', async () => {
    expect(extractFromText(['Title: St Ives backs a limit on new holiday lets', '', '----', '',
      'St Ives Town Council voted on Thursday to ask Cornwall Council to refuse new holiday lets unless an existing one becomes a home.'].join('\n'), NOW).title)
      .toBe('St Ives backs a limit on new holiday lets');
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('0:00 / 24:12')).not.toBeNull();
    expect(junkKind('Subscribe: Apple Podcasts · Spotify · RSS')).not.toBeNull();
  });
});

describe('an outliner’s page as Markdown', () => {
  it('is read without its properties, block references and highlight marks', async () => {
    const md = ['title:: Lada Borneo catat untung', 'tags:: keratan, [[Sarawak]]', '',
      '- # Lada Borneo catat untung RM48.6 juta',
      '- Lada Borneo Berhad mencatatkan keuntungan bersih sebanyak ^^RM48.6 juta^^ bagi suku ketiga berakhir 31 Ogos, meningkat 62 peratus.',
      '  id:: 6519f3a2-4c1e-4b8a-9d2f-7a10c3e5b811',
      '- Syarikat itu berkata hasilnya meningkat 38 peratus kepada RM412 juta, dan eksport naik kepada 9,870 tan ((6519f3a2-4c1e-4b8a-9d2f-7a10c3e5b811)).',
    ].join('\n');
    const a = await clean(md, 'incoming/lada.md');
    const text = a.paragraphs.join('\n');
    expect(text).toContain('sebanyak RM48.6 juta bagi');
    expect(text).not.toMatch(/id::|\(\(|\^\^|tags::/);
  });
});

describe('a blog engine’s nested dates', () => {
  it('read MkDocs Material’s "date: created:" as the publication date', async () => {
    const md = ['---', 'date:', '  created: 2026-09-10', '  updated: 2026-09-12', 'authors:', '  - vanuatu-desk', '---', '',
      '# Marum’s lava lake is back', '',
      'Drone surveys of Marum crater on Ambrym have confirmed that its lava lake has refilled, eight years after the 2018 eruption drained it.', '',
      'The flights, run by the geohazards department with a university team, mapped the crater floor in three dimensions.'].join('\n');
    expect((await clean(md, 'incoming/marum.md')).published).toBe('2026-09-10');
  });
});

describe('a Zulu newsletter', () => {
  it('reads the Zulu story as the body, not the English mail footer', () => {
    const text = ['Izindaba zesonto', '', 'Izinzwa ezintsha zithola ukungcola olwandle ngamahora amabili kuphela', '',
      'Abacwaningi base-University of KwaZulu-Natal bathi izinzwa ezintsha abazakhile zingathola ukungcola emanzini olwandle ngamahora amabili kuphela, kodwa ukuhlolwa kwamanje kuthatha izinsuku ezintathu.', '',
      '“Uma umuntu engena olwandle ngoMgqibelo ekuseni, kufanele azi ukuthi amanzi aphephile ngaleso sikhathi,” kusho uSolwazi Nomvula Mthembu, ohola iqembu labacwaningi.', '',
      'Kodwa inhlangano yezemvelo ithi izinzwa azanele uma kungalungiswa izikhungo zokuhlanza amanzi angcolile ezisedolobheni futhi kumele umasipala asebenze ngokushesha.', '',
      'Our mailing address is: Izwi LaseThekwini, 112 Anton Lembede Street, Durban 4001, South Africa. Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.',
    ].join('\n');
    const r = extractFromText(text, NOW);
    expect(r.paragraphs.map((p) => p.slice(0, 11))).toEqual(['Abacwaningi', '“Uma umuntu', 'Kodwa inhla']);
  });
});

describe('an editor’s account in the metadata', () => {
  it('gives way to the writer the page prints when the page credits that account as its editor', () => {
    const body = '<p>PT Gayo Arabika Lestari Tbk membukukan laba bersih Rp 48,2 miliar pada semester pertama 2026, naik 37 persen dari periode yang sama tahun lalu.</p>'.repeat(3);
    const page = (credit: string): string => `<html><head><title>Laba kopi Gayo naik</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Laba kopi Gayo naik","author":{"@type":"Person","name":"Teuku Fadli"}}</script></head>
      <body><article><h1>Laba kopi Gayo naik</h1><div class="detail__author-name">${credit}</div>${body}</article></body></html>`;
    expect(extractFromHtml(page('Penulis: <a href="/p/cut">Cut Rahmawati</a> | Editor: <a href="/p/teuku">Teuku Fadli</a>'), NOW, null).author).toBe('Cut Rahmawati');
    expect(extractFromHtml(page('Penulis: <a href="/p/teuku">Teuku Fadli</a>'), NOW, null).author).toBe('Teuku Fadli');
  });
});

describe('channels, newsletters and embedded posts', () => {
  it('take a pictograph off a headline', async () => {
    const text = ['🛰 Satellite images show half the planted saxaul has become forest', '',
      'Scientists in Karakalpakstan say nearly half of the saxaul planted on the dry bed of the Aral Sea since 2019 has grown into forest, according to satellite images.', '',
      'The researchers compared images from 2019 and 2026 and found that the forest cover was thickest on the sandy former islands near Moynaq.'].join('\n');
    expect((await clean(text, 'incoming/saxaul.txt')).title).toBe('Satellite images show half the planted saxaul has become forest');
  });

  it('drop a newsletter’s greeting, its section labels and its poll, and an embedded tweet’s signature', async () => {
    const { junkKind, isListMarker } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('👋 Evening, Whitehorse. One story tonight, and it’s a big one if you were planning a Skagway run this week.')).not.toBeNull();
    expect(junkKind('What did you think of tonight’s edition?')).not.toBeNull();
    expect(junkKind('— Janakpur Bolts (@JanakpurBolts) November 22, 2026')).not.toBeNull();
    for (const label of ['In today’s edition', 'The quick version:', 'From our sponsor:']) expect(isListMarker(label), label).toBe(true);
    expect(junkKind('Good morning, everyone. The council met on Tuesday and agreed to raise rates by 4 percent.')).toBeNull();
  });

  it('drop Azerbaijani and Frisian labels and a German contributor’s credit', async () => {
    const { junkKind, isTailMarker } = await import('../../functions/core/clean/boilerplate.js');
    expect(isTailMarker('Ən çox oxunanlar')).toBe(true);
    for (const line of ['Teqlər: fındıq, ixrac', 'Advertinsje', 'Mitarbeit: Sophia Mair']) expect(junkKind(line), line).not.toBeNull();
  });
});

describe('Frisian and Cebuano', () => {
  it('are named: Frisian by its own words, Cebuano by its three-letter code', () => {
    expect(detectLanguage('Grutto’s út Fryslân bliuwe hieltyd langer yn West-Afrika foardat se nei harren briedgebieten weromkomme, docht bliken út ûndersyk mei lytse sendertsjes. ' +
      'De ûndersikers hawwe de fûgels trije jier lang folge en sjogge dat se no gemiddeld tsien dagen letter weromkomme as earder.')).toBe('fy');
    expect(detectLanguage('Gidaog sa University of Cebu Webmasters ang University of San Jose-Recoletos sa ilang duwa niadtong Sabado sa gabii. Matod pa sa ilang ' +
      'coach, dili sayon ang duwa tungod kay kusgan usab ang mga Jaguars. Apan kini nga kadaugan nagpakita nga andam na ang Webmasters alang sa championship, ug ' +
      'nalipay kaayo ang ilang mga fans nga miadto sa coliseum.')).toBe('ceb');
  });
});

describe('a page printed to PDF and read back as text', () => {
  it('loses its page furniture, joins a paragraph a page break cut and undoes hyphenation', () => {
    const text = [
      '   29/10/2026 08:14              Mine returns to profit | Caillou Éco', '', '',
      '         Mine returns to profit as Korea buys more ore', '',
      '         The mining company on the east coast posted a net profit of 1.9 billion',
      '         francs in the first half, after two years of losses, and said its 640 workers',
      '         would be paid a one-off bonus before the end of the year.', '',
      '         It exported 1.48 million tonnes of ore in the six months, 410,000 tonnes',
      '         more than in the same months of the year before, which ended in the first half of', '',
      '   https://www.caillou-eco.nc/mines/nickel-results-2026                     1/2',
      '\f   29/10/2026 08:14              Mine returns to profit | Caillou Éco', '', '',
      '         2025. Two thirds went to the ferronickel plant at Gwangyang, in South Ko-',
      '         rea, whose main shareholder is the steelmaker POSCO, the company said.', '',
      '         The company plans to hire 45 people by the end of the year and to reopen',
      '         a second site on the coast in the spring, its chairman told reporters.', '',
      '   https://www.caillou-eco.nc/mines/nickel-results-2026                     2/2', '\f',
    ].join('\n');
    const r = extractFromText(text, NOW);
    expect(r.title).toBe('Mine returns to profit as Korea buys more ore');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[1]).toContain('first half of 2025. Two thirds went');
    expect(r.paragraphs[1]).toContain('in South Korea, whose');
    expect(r.paragraphs.join('\n')).not.toMatch(/https:|1\/2|08:14/);
  });

  it('loses the same furniture read back by OCR, one space between its parts', () => {
    const text = [
      '05.02.2027, 10:14 Mine returns to profit | Caillou Éco', '',
      'Mine returns to profit as Korea buys more ore', '',
      'The mining company on the east coast posted a net profit of 1.9 billion francs in the first half, after two years of losses.', '',
      'It exported 1.48 million tonnes of ore in the six months, 410,000 tonnes more than in the same months of the year before.', '',
      'https://www.caillou-eco.nc/mines/nickel-results-2026 1/2', '',
      '05.02.2027, 10:14 Mine returns to profit | Caillou Éco', '',
      'The company plans to hire 45 people by the end of the year and to reopen a second site on the coast in the spring.', '',
      'https://www.caillou-eco.nc/mines/nickel-results-2026 2/2',
    ].join('\n');
    const r = extractFromText(text, NOW);
    expect(r.title).toBe('Mine returns to profit as Korea buys more ore');
    expect(r.paragraphs.join('\n')).not.toMatch(/https:|1\/2|10:14/);
  });
});

describe('a Danish wire story on a regional site', () => {
  const story = [
    'Omkring 300 beboere i Nakskov og omegn blev natten til torsdag evakueret, da en kraftig stormflod pressede vandet op i Nakskov Fjord.',
    'Ifølge DMI nåede vandstanden i Nakskov op på 1,86 meter over daglig vande klokken 03.40, det højeste siden oktober 2023.',
    'Husejere, der har fået vand i kælderen, skal anmelde skaden til deres forsikringsselskab hurtigst muligt, lyder rådet fra Forsikring & Pension.',
  ];
  it('reads the agency\'s byline as no writer, leaves out the "manchet" standfirst and the closing "/ritzau/"', async () => {
    const html = [
      '<html><head><title>Stormflod rammer Lolland</title></head><body><article><header>',
      '<h1>Stormflod rammer Lolland: Hundredvis evakueret i Nakskov</h1>',
      '<p class="article__manchet">Vandet i Nakskov Fjord nåede 1,86 meter over daglig vande. Beredskabet har kørt fra dør til dør.</p>',
      '<div class="article__byline">', '  <span class="article__author">Af Ritzau</span>',
      '  <time datetime="2026-10-08T06:12:00+02:00">Torsdag 8. oktober 2026 kl. 06.12</time>', '</div></header>',
      '<div class="article__body">', ...story.map((p) => `<p>${p}</p>`), '<p>/ritzau/</p>', '</div></article></body></html>',
    ].join('\n');
    const a = await clean(html, 'stormflod.html');
    expect(a.author).toBeNull();
    expect(a.published).toBe('2026-10-08T06:12:00+02:00');
    expect(a.paragraphs).toEqual(story);
  });
});

describe('a Lithuanian sports page', () => {
  const story = [
    'Šiaulių „Šiauliai“ sekmadienį LKL čempionato trečiojo turo rungtynėse namuose po pratęsimo 91:86 įveikė Panevėžio „Lietkabelį“.',
    'Svečiai geriau pradėjo rungtynes ir po pirmojo kėlinio pirmavo dešimčia taškų, tačiau antrajame kėlinyje šeimininkai atsitiesė.',
    'Kitą savaitę „Šiauliai“ išvyks į Vilnių, kur susitiks su sostinės „Rytu“, o „Lietkabelis“ namuose priims Klaipėdos „Neptūną“.',
  ];
  it('leaves out the intro under the headline and reads the photographer in the caption as no writer', async () => {
    const html = [
      '<html><head><title>„Šiauliai“ palaužė „Lietkabelį“</title></head><body><article>',
      '<h1 class="straipsnis__antraste">„Šiauliai“ po pratęsimo palaužė „Lietkabelį“</h1>',
      '<p class="straipsnis__ivadas">Šeimininkai didžiąją rungtynių dalį vijosi svečius, tačiau pratęsime nepaliko panevėžiečiams vilties.</p>',
      '<div class="straipsnis__info"><span class="autorius">Saulės miesto sporto inf.</span><time datetime="2026-10-11T21:40:00+03:00">2026-10-11 21:40</time></div>',
      '<figure><img src="a.jpg" alt=""><figcaption>Erikas Jonušas buvo rezultatyviausias. <span class="nuotr-autorius">Nuotr. Rimantas Lazdynas</span></figcaption></figure>',
      '<div class="straipsnis__tekstas">', ...story.map((p) => `<p>${p}</p>`), '</div></article></body></html>',
    ].join('\n');
    const a = await clean(html, 'lkl.html');
    expect(a.author).toBeNull();
    expect(a.paragraphs).toEqual(story);
  });
});

describe('an Indonesian regional page signed by its newsroom', () => {
  const story = [
    'Gunung Lokon di Kota Tomohon kembali erupsi pada Sabtu pagi dan melontarkan abu setinggi 1.500 meter di atas puncak kawah Tompaluan.',
    'Pos Pengamatan Gunung Api Lokon mencatat letusan terjadi pukul 05.12 WITA dengan durasi sekitar empat menit, menurut petugas di lapangan.',
    'Warga diminta tidak mendekati kawah dalam radius tiga kilometer dan hanya mengikuti informasi resmi dari pemerintah daerah serta pos pengamatan.',
  ];
  it('reads the team named after the site as no writer, the editor as none either, and drops the Google News prompt', async () => {
    const html = [
      '<html><head><title>Gunung Lokon erupsi - Warta Minahasa</title><meta property="og:site_name" content="Warta Minahasa"></head><body><article>',
      '<h1>Gunung Lokon Erupsi, Abu Vulkanik Setinggi 1.500 Meter</h1>',
      '<div class="penci-entry-meta"><span class="entry-meta-item penci-byline">Penulis: <span class="author vcard"><a class="url fn n" href="https://wartaminahasa.id/author/redaksi/">Tim Warta Minahasa</a></span></span>',
      '<span class="entry-meta-item penci-editor">Editor: <a href="https://wartaminahasa.id/author/rsumampouw/">Rivaldo Sumampouw</a></span>',
      '<time datetime="2026-08-22T06:30:00+08:00">Sabtu, 22 Agustus 2026</time></div>',
      '<div class="penci-entry-content">', ...story.map((p) => `<p>${p}</p>`),
      '<p><em>Ikuti berita terkini Warta Minahasa di <a href="https://news.google.com/">Google News</a>. Dapatkan juga update berita pilihan setiap hari dengan bergabung di saluran WhatsApp Warta Minahasa.</em></p>',
      '</div></article></body></html>',
    ].join('\n');
    const a = await clean(html, 'lokon.html');
    expect(a.author).toBeNull();
    expect(a.paragraphs).toEqual(story);
  });
});

describe('a page printed to PDF from Firefox and turned into HTML by pdftohtml', () => {
  it('reads the lines as text: the furniture goes, wrapped lines are joined and a caption and an ad stand apart', async () => {
    const header = 'Mine returns to profit as Korea buys more ore :: Caillou…&#160;&#160;&#160;https://www.caillou-eco.nc/mines/nickel-results-2026-mine-ret…<br/>';
    const footer = (n: number) => `Page ${n} of 2${'&#160;'.repeat(40)}29/10/2026, 08:14<br/>`;
    const html = [
      '<html><head><title>Mine returns to profit :: Caillou Éco</title><meta name="generator" content="pdftohtml 0.36"/></head><body>',
      '<a name=1></a>' + header, '<b>Caillou Éco</b><br/>', 'Mine returns to profit as Korea buys more ore<br/>', '28/10/2026<br/>',
      'The nickel mine at Thio in the east of the main island. Photo: Caillou Éco<br/>',
      'The mining company on the east coast posted a net profit of 1.9 billion francs in the first<br/>',
      'half, after two years of losses, and said its 640 workers would be paid a one-off bonus before<br/>',
      'the end of the year, its chairman told reporters at the company&#39;s offices in Nouméa on Tuesday.<br/>',
      'It exported 1.48 million tonnes of ore in the six months, 410,000 tonnes more than in the same<br/>',
      footer(1), '<hr/>', '<a name=2></a>' + header,
      'months of the year before. Two thirds went to the ferronickel plant at Gwangyang, in South<br/>',
      'Korea.<br/>', '<b>Advertisement</b><br/>', 'Pacific Tyres – new tyres fitted while you wait, Monday to Saturday. Open 7am–5pm.<br/>',
      'The company plans to hire 45 people by the end of the year and to reopen a second site on the<br/>',
      'coast in the spring, after the wet season, if the price of nickel holds above its level of<br/>', 'June.<br/>',
      footer(2), '</body></html>',
    ].join('\n');
    const a = await clean(html, 'print.html');
    expect(a.title).toBe('Mine returns to profit as Korea buys more ore');
    expect(a.published).toBe('2026-10-28');
    expect(a.paragraphs).toEqual([
      'The mining company on the east coast posted a net profit of 1.9 billion francs in the first half, after two years of losses, and said its 640 workers would be paid a one-off bonus before the end of the year, its chairman told reporters at the company\'s offices in Nouméa on Tuesday.',
      'It exported 1.48 million tonnes of ore in the six months, 410,000 tonnes more than in the same months of the year before. Two thirds went to the ferronickel plant at Gwangyang, in South Korea.',
      'The company plans to hire 45 people by the end of the year and to reopen a second site on the coast in the spring, after the wet season, if the price of nickel holds above its level of June.',
    ]);
  });
});

describe('a page pasted as text into a note and exported as HTML (Google Keep Takeout)', () => {
  it('reads the note’s lines as text: the note’s own lines, the site’s menus and the byline’s “Submitted by” are parted from the story', async () => {
    const story = [
      'The harbour board will spend £12 million lengthening the east quay so that it can take ships up to 200 metres long, after a record year for cargo.',
      'Work is due to start in March, subject to approval from the district council, and should take eighteen months to finish.',
      'The board said about 30 jobs would be created once the longer quay was open, most of them in cargo handling.',
    ];
    const lines = [
      'For the Thursday meeting. Copied from the Harbour Courier website.', '----------', 'Skip to main content', 'Log in', 'Subscribe', 'Harbour Courier',
      'Home', 'News', 'Shipping', 'Property', 'Jobs', 'Home » Shipping', 'Harbour board to lengthen east quay after record cargo year',
      'Submitted by Ellen Marwick on Tue, 06/16/2026 - 09:30', ...story.flatMap((p) => [p, '']),
      'Tags: Harbour, Shipping', 'Log in or register to post comments', 'Most read', 'Ferry timetable changes for winter', '----------', 'TODO', '- ask about berth fees',
    ];
    const html = [
      '<?xml version="1.0" ?>', '<html><head><meta charset="UTF-8"/><title>Quay plan – meeting</title><style>.note { width: 600px; }</style></head><body>',
      '<div class="note"><div class="heading">Jun 17, 2026, 8:41:17 AM</div>', '<div class="title">Quay plan – meeting</div>',
      `<div class="content">${lines.join('<br>')}</div>`, '<div class="labels"><span class="label">Board</span><span class="label">Shipping</span></div></div></body></html>',
    ].join('\n');
    const a = await clean(html, 'Quay plan – meeting.html');
    expect(a.title).toBe('Harbour board to lengthen east quay after record cargo year');
    expect(a.published).toBe('2026-06-16');
    expect(a.author).toBe('Ellen Marwick');
    expect(a.paragraphs).toEqual(story);
  });
});

describe('a newsletter post clipped to Markdown', () => {
  it('loses the clipper’s excerpt, the page’s controls and the platform’s footer', async () => {
    const story = [
      'Highway 1 was closed in both directions between Abbotsford and Chilliwack on Sunday after a second atmospheric river in a week.',
      'The City of Abbotsford ordered the evacuation of 240 properties on the prairie at 11 a.m., after the river rose faster than forecast.',
      'Farmers on the prairie spent the day moving cattle and poultry to higher ground for the second time in six days.',
    ];
    const md = [
      '---', 'source: https://ledger.example.ca/p/highway-1', 'author: Jasleen Dhaliwal', '---', '',
      '# Highway 1 closed as atmospheric river floods Sumas Prairie', '',
      '> ## Excerpt', '> The second atmospheric river in a week dropped 190 mm on parts of the Fraser Valley.', '',
      'SubscribeSign in', '', 'Copy link', '',
      ...story.flatMap((p) => [p, '']),
      'Subscribe', '', 'Discover more from The Fraser Ledger', '', 'Over 11,000 subscribers', '', '42 Likes∙', '', 'Discussion about this post', '', 'Reply', '',
      'This post is free. If you’d like to support local news in the Fraser Valley, consider a paid subscription.', '', 'Ready for more?',
    ].join('\n');
    expect((await clean(md, 'clip.md')).paragraphs).toEqual(story);
  });
});

describe('a business page copied as Markdown with an ad banner and a related list', () => {
  it('loses the banner with its copy, and the related stories with their dates and the heading over them', async () => {
    const story = [
      'Fiskeforarbejdningsvirksomheden Skagerrak Sild A/S lukker sin fabrik i Hirtshals og flytter produktionen til Słupsk i Polen, oplyste selskabet tirsdag.',
      'Hjørring Kommune vil sammen med Jobcenter Hjørring oprette en særlig indsats for de afskedigede, oplyser borgmesteren.',
      'Medarbejderne blev orienteret på et stormøde på fabrikken tirsdag klokken 7, og de første afskedigelser ventes i første kvartal af 2027.',
    ];
    const md = [
      '# Skagerrak Sild lukker i Hirtshals', '',
      story[0], '',
      '[![](https://assets.example.dk/ad-banners/vjef-640x200.jpg)](https://adclick.kapital.example.dk/c/88213)', '',
      'Fastforrentet erhvervslån fra 4,9 % – få svar inden for 24 timer hos Vestjysk Erhvervsfinans', '',
      story[1], '', story[2], '',
      '## Mere om fiskeindustrien', '',
      '- [Sildekvoten i Skagerrak skæres med 30 procent](https://kapital.example.dk/a) 12. dec. 2025',
      '- [Fiskeeksporten falder for tredje år i træk](https://kapital.example.dk/b) 27. aug. 2026',
    ].join('\n');
    expect((await clean(md, 'kapital.md')).paragraphs).toEqual(story);
  });

  it('loses a section\'s list of other stories whose links and dates a dash parts ("… i Aarhus – 27. maj 2026"), and the heading over it', async () => {
    const story = [
      'Svendborg Rabbits vandt lørdag aften den afgørende finale mod Bakken Bears med fem point og er danske mestre for første gang siden 2009.',
      'Holdet lå ni point efter i fjerde quarter, men en serie på 14-2 i de sidste fire minutter vendte kampen foran 2.100 tilskuere i Idrætscentret.',
      'Den nye sæson i Basketligaen begynder i slutningen af september.',
    ];
    const md = [
      '# Svendborg Rabbits er danske mestre', '', ...story.flatMap((p) => [p, '']), '## Mere basketball', '',
      '-   [Rabbits udligner i finaleserien efter overtidsdrama i Aarhus](https://sport.example.dk/a) – 27. maj 2026', '',
      '-   [Nyt gulv i Idrætscentret klar til slutspillet](https://sport.example.dk/b) – 2. april 2026', '',
    ].join('\n');
    expect((await clean(md, 'rabbits.md')).paragraphs).toEqual(story);
  });

  it('loses copy that names the banner\'s advertiser even when it ends in a full stop, and an ad server named in the page\'s language', async () => {
    const story = [
      'Sondre Myrvang vant etappen til Narvik etter et langt brudd over Bjørnfjell, og tok samtidig ledelsen i sammendraget.',
      'Narvik kommune hadde stengt sentrum for trafikk fra klokken ti, og tusenvis av tilskuere sto langs Kongens gate da rytterne kom inn.',
    ];
    const md = [
      '# Myrvang vant hjemme i Narvik', '',
      story[0], '',
      '[![Ofoten Bil](https://annonse.example.no/bannere/ofoten-bil-980x150.jpg)](https://annonse.example.no/klikk/772)', '',
      'Ny bil? Sjekk kampanjetilbudene på elbil hos Ofoten Bil i Narvik.', '',
      story[1],
    ].join('\n');
    expect((await clean(md, 'ofoten.md')).paragraphs).toEqual(story);
  });

  it('keeps a paragraph of the story under a picture that links elsewhere, and a list of sources with its heading', async () => {
    const md = [
      '# Flood defences hold in Calabar', '',
      'The new walls along the Great Kwa River held on Sunday after two days of heavy rain, the state emergency agency said.', '',
      '[![](https://cdn.example.ng/photos/walls.jpg)](https://example.ng/gallery/walls)', '',
      'Residents of Anantigha returned home by evening', '',
      '## Where the money came from', '',
      'The walls were paid for by the state and a federal ecological fund, which shared the cost of 4.2 billion naira equally.',
    ].join('\n');
    const paragraphs = (await clean(md, 'calabar.md')).paragraphs;
    expect(paragraphs).toContain('Residents of Anantigha returned home by evening');
    expect(paragraphs).toContain('Where the money came from');
  });
});

describe('a blog platform\'s page clipped to a note under the note\'s own title', () => {
  it('takes the headline under the site\'s name, and the writer linked to a profile above the headline', async () => {
    const story = [
      'Jevon Charles took nine wickets in the match as the Windward Islands Volcanoes beat the Barbados Pride by an innings and 41 runs on Saturday.',
      'The 24-year-old off-spinner from Gouyave took 5-38 in the first innings and 4-61 in the second, on a pitch that turned from the second morning.',
    ];
    const md = [
      '# Volcanoes v Pride - Sentinel (copied 10 Mar 2026)', '',
      '[Skip to Main Content](https://www.sentinel.example/post/charles-spins#SITE_PAGES)', '',
      '# The Spice Isle Sentinel', '', 'Grenada’s community weekly since 1998', '',
      '- [Home](https://www.sentinel.example)', '- [News](https://www.sentinel.example/news)', '- [Sports](https://www.sentinel.example/sports)', '',
      '[Log In](https://www.sentinel.example/account/login)', '',
      '![Writer\'s picture](https://static.example.com/media/avatar.jpg)', '',
      '[Shane Antoine](https://www.sentinel.example/profile/shaneantoine/profile)', '',
      '- Mar 8', '- 3 min read', '', 'Updated: Mar 9', '',
      '# Charles spins Volcanoes to innings win over Pride', '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const read = await clean(md, 'sentinel.md');
    expect(read.title).toBe('Charles spins Volcanoes to innings win over Pride');
    expect(read.author).toBe('Shane Antoine');
    expect(read.paragraphs).toEqual(story);
    // "Mar 8" without its year, dated by the day the note says it was copied, never by the clock.
    expect(read.published).toBe('2026-03-08');
    const undated = md.replace(' (copied 10 Mar 2026)', '');
    expect((await clean(undated, 'sentinel.md')).published).toBeNull();
  });
});

describe('a live page\'s summary box', () => {
  it('loses the box\'s label and its bullet points, in English and in French, and keeps a list of the story under another label', async () => {
    const story = [
      'Thousands of people have fled their homes in Calabar after the Great Kwa River burst its banks following two days of torrential rain.',
      'The state emergency agency said 14,600 people had registered at the 11 camps opened since Wednesday night.',
    ];
    for (const label of ['**Key points**', '**L’essentiel :**']) {
      const md = ['# Calabar floods: thousands flee homes', '', label, '', '* Great Kwa and Calabar rivers overflow after two days of rain', '* More than 14,000 people in 11 camps', '', ...story.flatMap((p) => [p, ''])].join('\n');
      expect((await clean(md, 'live.md')).paragraphs, label).toEqual(story);
    }
    const kept = ['# Calabar floods: thousands flee homes', '', story[0], '', '**Camps open tonight**', '', '* U. J. Esuene Stadium', '* Calabar South town hall', '', story[1]].join('\n');
    expect((await clean(kept, 'camps.md')).paragraphs).toContain('U. J. Esuene Stadium');
  });
});

describe('a fact box set inside a story', () => {
  const story = [
    'The inquest heard that the dinghy capsized in a squall off the dam wall shortly after four o’clock, when the club’s only safety boat was out of service.',
    'The coroner said she would write to the sailing club and the national body asking how members are told that cover has been withdrawn.',
    'His daughter said her father had sailed on the reservoir in every weather for thirty years.',
  ];
  it('loses its label and its points in a saved page, and the paragraphs around it stay', async () => {
    const box = '<div class="side-box"><h3>What happens next</h3><ul><li>The club has 56 days to reply to the coroner’s report.</li><li>The replies will be published online.</li></ul></div>';
    const html = `<html><head><title>Sailor died after safety boat was withdrawn</title></head><body><article><h1>Sailor died after safety boat was withdrawn</h1><p>${story[0]}</p><p>${story[1]}</p>${box}<p>${story[2]}</p></article></body></html>`;
    expect((await clean(html, 'inquest.html')).paragraphs).toEqual(story);
  });
  it('loses its label and its points in a Markdown copy', async () => {
    const md = ['# Sailor died after safety boat was withdrawn', '', story[0], '', story[1], '', '**Key facts**', '', '- Reservoir: 1,255 hectares', '- Club founded: 1976', '- Safety boats: one, now two', '', story[2]].join('\n');
    expect((await clean(md, 'inquest.md')).paragraphs).toEqual(story);
  });
  it('loses a box that names what it sums up, and keeps a heading that only starts like one', async () => {
    for (const label of ['**About the study**', '**What the study found**', '**Results at a glance**', '**Fleet at a glance**', '📊 **Results in brief (half year, unaudited)**', '**Club regatta 2026 – results**']) {
      const md = ['# Sailor died after safety boat was withdrawn', '', story[0], '', story[1], '', label, '', '- 240 samples from 4 reservoirs', '- Club founded: 1976', '- Safety boats: one, now two', '', story[2]].join('\n');
      expect((await clean(md, 'inquest.md')).paragraphs, label).toEqual(story);
    }
    const kept = ['# Sailor died after safety boat was withdrawn', '', story[0], '', story[1], '', '**About the club’s boats**', '', '- Two safety boats, one of them on loan', '- A new boat due in May', '', story[2]].join('\n');
    expect((await clean(kept, 'inquest.md')).paragraphs).toContain('A new boat due in May');
  });
});

describe('a box of figures under a heading of its own in a saved page', () => {
  it('goes with its heading and its note, and the story goes on', async () => {
    const story = [
      'Curers in Kushalnagar and Virajpet said arrivals were about 30% below normal for early February, and one large works has cut its second shift.',
      'A partner at a Gonikoppal trading firm said buyers had also become more demanding about where and how the coffee had been grown.',
    ];
    const box = '<div class="box"><h4>Market prices (Monday, Gonikoppal)</h4><ul><li>Robusta cherry: Rs 196–205 a kg</li><li>Arabica parchment: Rs 24,800 per 50 kg bag</li><li>Pepper (garbled): Rs 660 a kg</li></ul><p class="note">Source: traders’ rates at 4 pm</p></div>';
    const html = `<html><head><title>Growers hold robusta stocks</title></head><body><article><h1>Growers hold robusta stocks as prices fall</h1><p>${story[0]}</p>${box}<p>${story[1]}</p></article></body></html>`;
    expect((await clean(html, 'prices.html')).paragraphs).toEqual(story);
  });
  it('leaves a section heading whose list the story keeps', async () => {
    const html = '<html><head><title>Camps open</title></head><body><article><h1>Thousands flee floods in Calabar</h1><p>The state emergency agency said 14,600 people had registered at the camps opened since Wednesday night.</p><h3>Where to find the camps</h3><ul><li>U. J. Esuene Stadium, on the road to the airport</li><li>Calabar South town hall, behind the market</li></ul><p>Officials said more camps would open on Friday if the river kept rising through the night, as forecasters expected.</p></article></body></html>';
    expect((await clean(html, 'camps.html')).paragraphs).toContain('Where to find the camps');
  });
  it('a text-message alert service is chrome, a sentence about text messages is not', () => {
    expect(junkKind('Text NEWS to 242-555-0199 for breaking news alerts.')).toBe('boilerplate');
    expect(junkKind('Text messages sent to 911 were lost for two hours on Monday, the county said.')).toBeNull();
  });
});

describe('an advertiser\'s line between paragraphs, with no label', () => {
  it('is chrome in the languages read: its name, a colon and an offer', () => {
    for (const ad of [
      'Termas del Daymán: escapadas de fin de semana con 20 % de descuento para socios. Reservá en termasdaymanescapadas.uy',
      'Frantoio Del Vecchio: olio extravergine del Gargano, spedizioni in tutta Italia in 48 ore.',
      'Bouwcenter Vermandel: 15 % korting op isolatie tot eind november. Kom langs in Tielt of Izegem.',
    ]) expect(junkKind(ad), ad).toBe('boilerplate');
  });
  it('is not a speaker\'s words, nor a linked story in a list', () => {
    expect(junkKind('Kavanagh: We offered members a 20 % discount last year, and the club lost money on it.')).toBeNull();
    expect(junkKind('Netball: Sunshine Girls name squad for Fast5 series<https://example.com.jm/netball/fast5-squad>')).toBeNull();
  });
  it('SPIP\'s "In the same section" over other stories closes the story', async () => {
    const story = [
      'Seagrass meadows in the lagoon hold about twice as much carbon in their sediments as earlier estimates suggested, a study has found.',
      'The team plans to repeat the survey in two more lagoons next year, its leader said.',
    ];
    const md = ['# Seagrass stores twice as much carbon as thought', '', ...story.flatMap((p) => [p, '']), 'In the same section', '', '- [Octopus season reopens after eight-week closure](https://example.mu/spip.php?article4102) – 6 March 2026', '- [Coral bleaching alert lifted](https://example.mu/spip.php?article4088) – 27 February 2026'].join('\n');
    expect((await clean(md, 'spip.md')).paragraphs).toEqual(story);
  });
});

describe('wire, date and caption forms of Italian and Spanish pages', () => {
  it('an agency\'s tag before the place\'s own dateline goes with it ("(ANSA) - BARI, 14 OTT - …")', () => {
    const read = splitDateline('(ANSA) - BARI, 14 OTT - Il Tribunale amministrativo regionale per la Puglia ha sospeso la delibera.');
    expect(read).toEqual({ text: 'Il Tribunale amministrativo regionale per la Puglia ha sospeso la delibera.', agency: 'ANSA', place: 'BARI' });
  });
  it('a Milenium page\'s day in middle dots is a date ("12·05·26 | 06:00")', () => {
    expect(dateOf('Avilés | 12·05·26 | 06:00 | Actualizado a las 13:25h')).toBe('2026-05-12');
  });
  it('a caption closed by its credit after a bar is chrome', () => {
    expect(junkKind('Soldadores en la nave de calderería de Talleres Quirós, en Gijón. | Mara Villamil')).toBe('boilerplate');
    expect(junkKind('Los trabajadores votaron el convenio el martes y la empresa lo firmará en junio.')).toBeNull();
  });
});

describe('a summary or help box inside a scraped text story', () => {
  const story = [
    'The Bureau of Meteorology has issued a major flood warning for the Katherine River, which is expected to peak at about 18.4 metres at Katherine early on Monday.',
    'Residents of Katherine East and Katherine South have been told to prepare to leave, and an evacuation centre opened at the high school at midday on Sunday.',
    'The Stuart Highway was closed at the river bridge at 11am, cutting the main road between Darwin and the south, and police said it would stay shut overnight.',
    'The river has been rising since Thursday, when a monsoon low stalled over the Top End and dropped more than 300 millimetres of rain on the upper catchment in two days.',
    'A senior hydrologist with the bureau said the forecast could still change because more heavy rain was expected on Monday across the catchment.',
    'The power company said it might have to switch off supply to parts of the town if water reached its substations, and asked residents to keep torches ready.',
    'The bureau will issue its next warning at 9pm, and the evacuation centre will stay open overnight.',
  ];
  it('goes with its label, and the story on both sides of it is one', async () => {
    const box = ['WHAT YOU NEED TO KNOW', 'Major flood warning for the Katherine River', 'Peak of about 18.4m forecast for early Monday', 'Evacuation centre open at the high school', 'Stuart Highway closed at the river bridge', ''];
    const help = ['At a glance: how to get help', 'Flood and storm emergencies: 132 500', 'Road closures: securent.nt.gov.au', ''];
    const text = ['Katherine River expected to peak near 18.4 metres', 'By Nick Pavlou in Katherine', '', story[0], '', story[1], '', ...box, ...story.slice(2, 5).flatMap((p) => [p, '']), ...help, ...story.slice(5).flatMap((p) => [p, ''])].join('\n');
    expect((await clean(text, 'flood.txt')).paragraphs).toEqual(story);
  });
});

describe('Joomla K2\'s counter and category under a story copied as Markdown', () => {
  it('are not the story\'s last paragraphs', async () => {
    const story = [
      'Lanka Coastal Air will begin daily scheduled flights between Colombo and Batticaloa on July 1, the carrier’s first route to the Eastern Province.',
      'The group’s chairman said it had no plans to list the airline separately. “First we have to prove the route,” he said.',
    ];
    const md = ['## Coastal airline to fly Colombo–Batticaloa daily', '', ...story.flatMap((p) => [p, '']), 'Read 1482 times', '', 'Published in [Aviation & Tourism](https://www.example.lk/aviation-tourism)', ''].join('\n');
    expect((await clean(md, 'k2.md')).paragraphs).toEqual(story);
  });
  it('in other languages too, while a sentence about where a study was published stays', () => {
    expect(junkKind('Letto 312 volte')).toBe('boilerplate');
    expect(junkKind('Gelesen 95 mal')).toBe('boilerplate');
    expect(junkKind('Published in Nature Climate Change on Monday, the study tracked wells across the region.')).toBeNull();
  });
  it('a publication stamp is chrome, a sentence opening on the same word with a figure further on is not', () => {
    for (const stamp of ['Published: 12 March 2026, 10:30', 'Updated 5 hours ago', 'Posted on March 4, 2026 by John Smith', 'Last updated on Tuesday, the 4th of March at 10:30']) expect(junkKind(stamp), stamp).toBe('boilerplate');
    expect(junkKind('Published in Nature Climate Change on Monday, the study tracked 1,200 wells.')).toBeNull();
    expect(junkKind('Updated figures released on Monday show 1,200 more cases.')).toBeNull();
  });
});

describe('two writers linked to their pages over the date in a Markdown copy', () => {
  it('are the byline, joined as a byline joins them', async () => {
    const story = ['The Fort McMurray Oil Barons are champions of the Alberta Junior Hockey League after Ty Morrissette scored 6:41 into the second overtime on Saturday night.'];
    const md = [
      '# Oil Barons edge Okotoks in double overtime to win AJHL championship', '',
      '[Jenna Kowalchuk](https://www.example.ca/writers/jenna-kowalchuk) and [Darnell Ahenakew](https://www.example.ca/writers/darnell-ahenakew)\\',
      'Apr 25, 2026 11:58 PM\\', 'Updated Apr 26, 2026 9:10 AM', '', ...story,
    ].join('\n');
    const read = await clean(md, 'barons.md');
    expect(read.author).toBe('Jenna Kowalchuk and Darnell Ahenakew');
    expect(read.published).toBe('2026-04-25');
  });
});

describe('a poll inside a story copied as Markdown', () => {
  it('loses the poll\'s label, question, options and buttons, and keeps the paragraph after them', async () => {
    const story = [
      'Visiting yachts raced in separate classes. The cruising class was won by a crew from Barbados, and a team from Martinique took the racing class.',
      'Lennox Ollivierre, the club’s commodore, said entries had recovered after several years in which the cost of new sails had kept boats ashore.',
    ];
    const md = ['# Bequia regatta draws record fleet', '', story[0], '', '**POLL**', '', 'Which class gave the best racing at this year’s regatta?', '', '28-foot two-bow boats', '', 'Visiting yachts', '', 'Model boats', '', 'Vote', '', '[View results](https://example.com/poll#results)', '', story[1]].join('\n');
    expect((await clean(md, 'regatta.md')).paragraphs).toEqual(story);
  });
});

describe('a writer named in front matter by an account', () => {
  const body = ['Lucayan Provisions Ltd, the Freeport-based food wholesaler, said on Friday that its third-quarter profit rose 38% as cruise calls returned.', '', 'The company said it would open a second warehouse near the harbour next year, adding forty jobs.'].join('\n');
  it('is the name an initial-and-surname id stands for, written on the page', async () => {
    const md = ['---', 'title: Cruise traffic lifts Lucayan Provisions profit', 'author: kmunnings', '---', '', body, '', '*Kaylah Munnings is the business reporter.*'].join('\n');
    expect((await clean(md, 'post.md')).author).toBe('Kaylah Munnings');
  });
  it('gives way to the byline the page prints when it is the newsroom’s account', async () => {
    const md = ['---', 'title: Camber Fisheries posts record profit', 'author: SBR Newsroom', 'sourceURL: https://sbr.example.fk/camber', '---', '', 'By **Hannah Clifton** | 12 November 2026', '', body].join('\n');
    expect((await clean(md, 'clip.md')).author).toBe('Hannah Clifton');
  });
});

describe('a clipped page’s header in Markdown', () => {
  it('reads the date line under the deck, the picture and the writer, and leaves the deck out of the body', async () => {
    const body = [
      'Une équipe de chercheurs de l’Université Laval a mis au point un modèle capable de reconnaître individuellement les bélugas sur des images prises par drone.',
      'Les résultats ont été publiés mardi dans une revue d’écologie, et le modèle reconnaît neuf bélugas sur dix à partir de leurs cicatrices.',
      'Les chercheurs comptent suivre la population de l’estuaire pendant cinq ans, entre Rivière-du-Loup et Saint-Siméon.',
    ];
    const md = [
      '---', 'title: "Des drones et l’intelligence artificielle pour suivre chaque béluga | Le Quotidien du Fleuve"', 'source: "https://example.ca/sciences/belugas"', '---', '',
      '## Des drones et l’intelligence artificielle pour suivre chaque béluga', '',
      'Une équipe de l’Université Laval a appris à un logiciel à reconnaître les baleines blanches à leurs cicatrices', '',
      '![Un béluga photographié par drone.](https://example.ca/beluga.jpg)', '',
      'Un béluga photographié par drone près de Tadoussac, en août 2026. (Photo fournie par l’Université Laval)', '',
      '[Marie-Ève Gagnon](https://example.ca/auteurs/marie-eve-gagnon)', '',
      'Publié le 23 octobre 2026 à 23 h 30 Mis à jour le 24 octobre 2026 à 10 h 12', '',
      ...body.flatMap((p) => [p, '']),
    ].join('\n');
    const cleaned = await clean(md, 'clip.md');
    expect(cleaned.paragraphs).toEqual(body);
    expect(cleaned.author).toBe('Marie-Ève Gagnon');
    expect(cleaned.published?.slice(0, 10)).toBe('2026-10-23');
  });
});

describe('chrome, ads and captions of mid-sized languages', () => {
  it('reads skip links, follow prompts and photo credits in other languages as junk, and news beside them as content', async () => {
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    for (const line of ['Přeskočit na hlavní obsah', 'Ga naar de inhoud', 'Перейти к содержанию', 'Zum Inhalt springen', 'Przejdź do treści', 'Μετάβαση στο περιεχόμενο', 'Підписуйтеся на наш Telegram-канал', 'Снимка: МУ-Пловдив / Стефан Димитров'])
      expect(junkKind(line), line).not.toBeNull();
    for (const line of ['Přeskočit na hlavní obsah zápasu nešlo, řekl trenér Třince po utkání s Vítkovicemi.', 'Снимката показва пострадалия мост край Пловдив след бурята.'])
      expect(junkKind(line), line).toBeNull();
  });

  const paragraphs = [
    'Na trati mezi Kutnem a Łowiczem vykolejil v noci nákladní vlak s dvaceti vagony uhlí, doprava stojí.',
    'Podle hasičů nikdo nebyl zraněn, ale oprava koleje potrvá nejméně do středy, uvedl mluvčí správy železnic.',
    'Cestující přepravují náhradní autobusy, které jezdí každou hodinu z nádraží v Kutnu do Łowicze.',
    'Příčinu nehody vyšetřuje drážní inspekce, která na místě odebrala vzorky a zajistila záznamy.',
  ];

  it('drops the ad copy under a label in a block of its own when it reads like an ad', () => {
    const text = ['Vlak vykolejil u Kutna', '', paragraphs[0], '', paragraphs[1], '', '- Reklama -', '', 'Zimní pneumatiky Pneu Hořava Frýdek-Místek – přezutí zdarma při nákupu sady.', '', paragraphs[2], '', paragraphs[3]].join('\n');
    const r = extractFromText(text, NOW);
    expect(r.paragraphs.join('\n')).not.toContain('Hořava');
    expect(r.paragraphs).toEqual(expect.arrayContaining(paragraphs));
  });

  it('drops a caption over its credit line under an image placeholder', () => {
    const text = ['Vlak vykolejil u Kutna', '', paragraphs[0], '', '[image]', 'Nákladní vagony s uhlím leží po nehodě vedle koleje u Kutna, kde je ráno fotografoval náš reportér.', 'Foto: Jan Novák / ČTK', '', paragraphs[1], '', paragraphs[2], '', paragraphs[3]].join('\n');
    expect(extractFromText(text, NOW).paragraphs.join('\n')).not.toContain('Nákladní vagony s uhlím');
  });

  it('keeps the year of a Hungarian date at the start of a Markdown line', async () => {
    const md = ['# Új gyártócsarnok épül Debrecenben', '', '2026. október 7. 14:32 · Frissítve: 2026. október 7. 18:05', '', 'Csaknem 22 milliárd forintos beruházással új gyártócsarnokot épít Debrecen déli ipari parkjában egy autóipari beszállító.', '', 'A cég négyszáz új munkahelyet teremt, a termelés 2028-ban indul, közölte a vállalat vezérigazgatója szerdán.', '', 'A beruházást a kormány 6 milliárd forint vissza nem térítendő támogatással segíti, írta a minisztérium.'].join('\n');
    const r = await clean(md, 'debrecen.md');
    expect(r.published?.slice(0, 10)).toBe('2026-10-07');
    expect(r.paragraphs[0]).toMatch(/^Csaknem 22 milliárd/);
  });
});

describe('a headline the metadata disagrees about', () => {
  const body = ['Astronómovia z observatória v Modre objavili novú planétku, ktorá sa v roku 2031 priblíži k Zemi na vzdialenosť desiatich miliónov kilometrov.', 'Objekt má priemer približne tristo metrov a podľa výpočtov Zemi nehrozí, uviedol vedúci tímu na tlačovej konferencii v Bratislave.', 'Pozorovania budú pokračovať aj v zime, keď bude planétka najlepšie viditeľná z južnej pologule, dodali vedci z univerzity.'];
  const page = (h1: string): string =>
    `<html><head><title>Nový objekt TK3 preletí okolo nás | Správy Slovenska</title><meta property="og:title" content="Slováci majú ďalší vesmírny úspech"></head><body><header><h1>${h1}</h1></header><article>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('takes the printed <h1> when the <title> and og:title name two other headlines', async () => {
    const r = await clean(page('Astronómovia z Modry objavili planétku, ktorá sa v roku 2031 priblíži k Zemi'), 'planetka.html');
    expect(r.title).toBe('Astronómovia z Modry objavili planétku, ktorá sa v roku 2031 priblíži k Zemi');
  });

  it('does not take an <h1> that names the site', async () => {
    const r = await clean(page('Vitajte na stránke Správy Slovenska'), 'planetka.html');
    expect(r.title).not.toMatch(/Vitajte/);
  });
});

describe('a converter that wraps headlines', () => {
  it('reads a Markdown headline wrapped onto a second line as one headline', async () => {
    const md = ['# Κακοκαιρία στη Μαγνησία: κατολισθήσεις έκοψαν τον δρόμο Βόλου–Ζαγοράς,', 'κλειστά τα σχολεία στο Πήλιο', '', 'Σε κατάσταση έκτακτης ανάγκης κηρύχθηκαν την Τρίτη δύο δήμοι του Πηλίου μετά από τις πλημμύρες που προκάλεσε η κακοκαιρία.', '', 'Κατολισθήσεις έκοψαν τον δρόμο προς τη Ζαγορά σε τρία σημεία, ενώ τα σχολεία θα μείνουν κλειστά έως την Πέμπτη, ανακοίνωσε η Περιφέρεια.', '', 'Συνεργεία του δήμου εργάζονται όλη τη νύχτα για να απομακρύνουν τα φερτά υλικά από το οδικό δίκτυο, είπε ο αντιδήμαρχος.'].join('\n');
    const r = await clean(md, 'pilio.md');
    expect(r.title).toBe('Κακοκαιρία στη Μαγνησία: κατολισθήσεις έκοψαν τον δρόμο Βόλου–Ζαγοράς, κλειστά τα σχολεία στο Πήλιο');
    expect(r.paragraphs[0]).toMatch(/^Σε κατάσταση/);
  });

  it('leaves a short heading and the paragraph under it apart', async () => {
    const md = ['# Storm cuts power', 'Thousands of homes lost power overnight as the storm moved north.', '', 'Crews expect to restore most of it by the evening, the utility said on Tuesday morning.', '', 'Schools in the valley stay closed until Thursday, the district announced in a statement.'].join('\n');
    const r = await clean(md, 'storm.md');
    expect(r.title).toBe('Storm cuts power');
  });
});

describe('ads, captions and bylines in scripts without capitals', () => {
  it('reads ad labels, report-a-mistake prompts and photo credits of more languages as junk', async () => {
    const { isAdCopy, isAdLabel, isCreditedCaption, isTailMarker, junkKind } = await import('../../functions/core/clean/boilerplate.js');
    for (const label of ['विज्ञापन', 'โฆษณา', 'إعلان', '广告', '広告', '광고']) expect(isAdLabel(label), label).toBe(true);
    expect(isAdCopy('**सुपर ड्रीम 11 – आज ही टीम बनाएं और जीतें ₹1 करोड़ तक। T&C लागू।**')).toBe(true);
    expect(isAdCopy('ประกันภัยรถยนต์ชั้น 1 ผ่อน 0% นาน 10 เดือน คุ้มครองน้ำท่วม คลิกเลย')).toBe(true);
    expect(isAdCopy('उत्तर प्रदेश ने रणजी ट्रॉफी के मुकाबले में रविवार को बंगाल को छह विकेट से हरा दिया।')).toBe(false);
    for (const line of ['Vous avez repéré une erreur ? Signalez-la', 'Fehler gefunden? Jetzt melden.', 'Spotted an error? Let us know.']) {
      expect(junkKind(line), line).not.toBeNull();
      expect(isTailMarker(line), line).toBe(true);
    }
    for (const caption of [
      '대성마린텍 부산 강서구 공장에서 직원들이 LNG 연료탱크 내부 단열재를 시공하고 있다. 대성마린텍 제공',
      'فريق البحث يثبّت عوامة لقياس جودة المياه قبالة ساحل خورفكان (من المصدر)',
      'Saskatchewan Roughriders kicker Brett Lindqvist celebrates after his winning field goal at Mosaic Stadium in Regina on Sunday. HEYWOOD YU/THE NATIONAL COURIER',
      'Navy personnel move residents out of flooded houses in Akuressa on Tuesday. Pic by Sampath Dharmadasa',
      'Simone Marinelli esulta sotto la curva dopo il gol del 2-1. Foto Pescara Sport 24 / Luca Ciammaichella',
    ])
      expect(isCreditedCaption(caption), caption).toBe(true);
    expect(isCreditedCaption('The minister said the plan would be reviewed in March. The council agreed.')).toBe(false);
    expect(isCreditedCaption('He scored twice in the 2-1 win. Pictures of the match will follow on Monday.')).toBe(false);
  });

  it("takes the reporter's title off a Korean, Japanese or Chinese byline", async () => {
    const { withoutReporterTitle } = await import('../../functions/core/clean/byline.js');
    expect(withoutReporterTitle('김도윤 기자')).toBe('김도윤');
    expect(withoutReporterTitle('山岸翔太記者')).toBe('山岸翔太');
    expect(withoutReporterTitle('记者 王鹏')).toBe('王鹏');
    expect(withoutReporterTitle('Jane Doe')).toBe('Jane Doe');
  });
});

describe('a story signed at its end', () => {
  it('takes a Japanese signature in brackets after the last sentence for the author, and out of the body', async () => {
    const text = ['富山城南が初優勝 高校サッカー富山県大会', '', '全国高校サッカー選手権富山県大会の決勝が1日、富山市の県総合運動公園陸上競技場で行われ、富山城南が延長戦の末に2―1で勝ち、初優勝を果たした。', '', '延長後半に1年生の村瀬が決勝点を挙げた。監督は「選手たちが最後まで走り切ってくれた」と語った。', '', '富山城南は2009年に男子サッカー部を創部した。昨年度は県大会の準決勝で敗れたが、夏以降は守備の立て直しに時間を割いてきた。全国大会の組み合わせ抽選会は11月16日に東京都内で行われる。（山岸翔太）'].join('\n');
    const r = await clean(text, 'toyama.txt');
    expect(r.author).toBe('山岸翔太');
    expect(r.paragraphs.at(-1)).toMatch(/東京都内で行われる。$/u);
  });

  it('leaves a closing mark that names no one', async () => {
    const text = ['富山城南が初優勝 高校サッカー富山県大会', '', '全国高校サッカー選手権富山県大会の決勝が1日、富山市の県総合運動公園陸上競技場で行われ、富山城南が延長戦の末に2―1で勝ち、初優勝を果たした。', '', '延長後半に1年生の村瀬が決勝点を挙げた。監督は「選手たちが最後まで走り切ってくれた」と語った。（完）'].join('\n');
    const r = await clean(text, 'toyama.txt');
    expect(r.author).not.toBe('完');
  });
});

describe('byline labels of more languages', () => {
  it('reads a Greek, Indonesian or Turkish label before the name', async () => {
    const { bylineAuthor } = await import('../../functions/core/clean/byline.js');
    expect(bylineAuthor('Συντάκτης: Γιώργος Παπαθανασίου', null)).toBe('Γιώργος Παπαθανασίου');
    expect(bylineAuthor('Penulis: Fauzan Hidayat', null)).toBe('Fauzan Hidayat');
    expect(bylineAuthor('Yazar: Mehmet Yılmaz', null)).toBe('Mehmet Yılmaz');
  });

  it('reads an Azerbaijani, Uzbek, Somali, Swahili or Hausa label before the name', async () => {
    const { bylineAuthor } = await import('../../functions/core/clean/byline.js');
    expect(bylineAuthor('Müəllif: Aynur Quliyeva', null)).toBe('Aynur Quliyeva');
    expect(bylineAuthor('Muallif: Dilnoza Rahimova', null)).toBe('Dilnoza Rahimova');
    expect(bylineAuthor('Qoraa: Cabdiraxmaan Xasan Cilmi, Beledweyne', null)).toBe('Cabdiraxmaan Xasan Cilmi');
    expect(bylineAuthor('Mwandishi: Asha Salum', null)).toBe('Asha Salum');
    expect(bylineAuthor('Marubuci: Zainab Abdullahi Musa', null)).toBe('Zainab Abdullahi Musa');
  });
});

describe('paragraphs without a letter', () => {
  it("drops a post's like and comment counts above its text", async () => {
    const md = ['# Counting gannets from the air', '', 'Oct 14, 2026', '', '18', '', '3', '', 'Every summer for the past two decades, somebody has had to count the gannets on Little Skellig by hand.', '', 'This year a drone did it in an afternoon, and the count came within two per cent of the ranger\'s tally.', '', 'The survey team plans to repeat the flights every June, weather allowing, the wildlife service said.'].join('\n');
    const r = await clean(md, 'gannets.md');
    expect(r.paragraphs[0]).toMatch(/^Every summer/);
  });
});

describe('an article going on past a video, a read-also link and a discussion prompt in more languages', () => {
  it('reads them as the page’s, not the article’s', async () => {
    const { isListMarker, isRelatedHeader, isTailMarker, junkKind } = await import('../../functions/core/clean/boilerplate.js');
    for (const line of ['Dalszy ciąg artykułu pod materiałem wideo', 'Story continues below advertisement', 'Der Artikel geht unter dem Video weiter']) expect(junkKind(line), line).not.toBeNull();
    expect(isRelatedHeader('Bunu da okuyun:') || isListMarker('Bunu da okuyun:')).toBe(true);
    for (const label of ['Læs også:', 'Les også:', 'Lue myös:', 'Citește și:']) expect(isRelatedHeader(label), label).toBe(true);
    expect(isTailMarker('Dołącz do dyskusji (27)')).toBe(true);
    expect(junkKind('Dalszy ciąg prac zaplanowano na wiosnę, gdy morze się uspokoi.')).toBeNull();
  });
});
