import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../functions/core/decode/index.js';
import { guessLegacyCharset } from '../../functions/core/decode/legacy-charset.js';
import { encodeLegacy } from '../../bench/lib/legacy-encode.js';

/** Short news passages, each in the set an old editor of its language saved it in. */
const PASSAGES: readonly [string, string, string][] = [
  ['Russian', 'windows-1251', 'Городская дума Томска в четверг утвердила бюджет на следующий год. Расходы составят 31 миллиард рублей, сообщила председатель комиссии Ольга Сергеевна Лебедева. Основная часть средств пойдет на ремонт школ, мостов и дорог в Кировском и Советском районах. Депутаты от оппозиции раскритиковали документ и указали на рост долга города.'],
  ['Russian', 'koi8-r', 'В субботу в Архангельске открылся новый речной вокзал. На церемонии губернатор области заявил, что теплоходы будут ходить до Соловецких островов два раза в неделю. Билеты подорожают на десять процентов, а для пенсионеров и студентов сохранятся скидки. Строительство заняло почти три года.'],
  ['Ukrainian', 'windows-1251', 'Міська рада Чернігова у вівторок ухвалила програму ремонту житлових будинків. На неї виділять понад двісті мільйонів гривень, повідомив заступник міського голови. Першими відремонтують дахи та ліфти у будинках, які постраждали взимку. Мешканці скаржаться, що роботи затягуються.'],
  ['Bulgarian', 'windows-1251', 'Общинският съвет във Варна одобри в четвъртък новия план за градския транспорт. Според кмета автобусите ще се движат по-често през лятото, а билетите няма да поскъпват. Опозицията поиска повече линии до крайните квартали и по-добра връзка с летището.'],
  ['Czech', 'windows-1250', 'Zastupitelstvo Olomouce ve čtvrtek schválilo rozpočet na příští rok. Město plánuje vydat přes čtyři miliardy korun, z toho třetinu na opravy škol, mostů a silnic. Náměstek primátora uvedl, že dluh se nezvýší. Opozice kritizovala, že na kulturu zbude méně peněz než letos a že tramvajová trať do Nových Sadů se opět odkládá.'],
  ['Polish', 'iso-8859-2', 'Rada Miasta Lublina przyjęła w czwartek budżet na przyszły rok. Miasto wyda ponad trzy miliardy złotych, z czego znaczna część trafi na remonty szkół i dróg. Zastępca prezydenta powiedział, że zadłużenie nie wzrośnie. Radni opozycji skrytykowali brak pieniędzy na nowe ścieżki rowerowe i żłobki.'],
  ['Polish', 'windows-1250', 'W sobotę w Gdyni otwarto nowy terminal promowy. Według zarządu portu statki będą pływać do Szwecji codziennie, także zimą. Bilety zdrożeją o kilka procent, ale zniżki dla studentów i emerytów zostaną utrzymane. Budowa trwała prawie trzy lata i kosztowała ponad pół miliarda złotych.'],
  ['Hungarian', 'windows-1250', 'A szegedi közgyűlés csütörtökön elfogadta a város jövő évi költségvetését. Az önkormányzat több mint ötvenmilliárd forintot költ, főként iskolák, hidak és utak felújítására. Az alpolgármester szerint az adósság nem nő. Az ellenzék bírálta, hogy kevesebb pénz jut a kultúrára és a tömegközlekedésre.'],
  ['Croatian', 'windows-1250', 'Gradsko vijeće Osijeka u četvrtak je usvojilo proračun za iduću godinu. Grad će potrošiti više od milijardu eura, najviše na obnovu škola, mostova i cesta. Zamjenik gradonačelnika rekao je da se dug neće povećati. Oporba je kritizirala što će za kulturu ostati manje novca nego ove godine.'],
  ['Turkish', 'windows-1254', 'Eskişehir Büyükşehir Belediye Meclisi perşembe günü gelecek yılın bütçesini kabul etti. Belediye, okulların, köprülerin ve yolların onarımı için on milyar liradan fazla harcayacak. Başkan yardımcısı borcun artmayacağını söyledi. Muhalefet ise kültüre ayrılan payın düştüğünü eleştirdi.'],
  ['Lithuanian', 'windows-1257', 'Kauno miesto taryba ketvirtadienį patvirtino kitų metų biudžetą. Savivaldybė išleis daugiau nei pusę milijardo eurų, daugiausia mokyklų, tiltų ir kelių remontui. Mero pavaduotojas sakė, kad skola nedidės. Opozicija kritikavo, kad kultūrai liks mažiau pinigų nei šiemet.'],
  ['Greek', 'windows-1253', 'Το δημοτικό συμβούλιο της Πάτρας ενέκρινε την Πέμπτη τον προϋπολογισμό του επόμενου έτους. Ο δήμος θα διαθέσει περισσότερα από διακόσια εκατομμύρια ευρώ, κυρίως για επισκευές σχολείων, γεφυρών και δρόμων. Ο αντιδήμαρχος δήλωσε ότι το χρέος δεν θα αυξηθεί.'],
  ['Japanese', 'shift_jis', '金沢市議会は十二日、来年度の一般会計予算案を可決した。総額は二千億円を超え、学校や橋、道路の改修に重点を置く。副市長は記者会見で、借金は増えないと説明した。野党は文化事業の予算が減ったことを批判している。'],
  ['Japanese', 'euc-jp', '仙台市では土曜日、新しいバスターミナルが開業した。市長は式典で、空港までの直行便を一日十本に増やすと述べた。運賃は少し上がるが、学生と高齢者の割引は続ける。工事には三年近くかかった。'],
  ['Chinese', 'gb18030', '昆明市人大常委会周四通过了明年的财政预算。全市将投入超过三百亿元，主要用于学校、桥梁和道路的维修。副市长表示，政府债务不会增加。部分代表批评文化项目的资金比今年减少。'],
  ['Chinese', 'big5', '台南市議會週四通過明年度總預算。市府將投入超過八百億元，主要用於學校、橋梁與道路的修繕。副市長表示，市府債務不會增加。部分議員批評文化預算比今年減少。'],
  ['Korean', 'euc-kr', '대구시의회는 목요일 내년도 예산안을 통과시켰다. 시는 학교와 다리, 도로 보수에 삼조 원 이상을 쓸 계획이다. 부시장은 부채가 늘지 않을 것이라고 말했다. 야당은 문화 예산이 올해보다 줄었다고 비판했다.'],
];

/** Western texts that must stay Windows-1252: their accents read as letters of other sets too. */
const WESTERN: readonly [string, string][] = [
  ['French', 'Le conseil municipal de Besançon a adopté jeudi le budget de l’année prochaine. La ville dépensera plus de trois cents millions d’euros, surtout pour rénover les écoles, les ponts et les routes. Le premier adjoint a précisé que la dette n’augmentera pas. L’opposition a critiqué la baisse des crédits consacrés à la culture et à la bibliothèque de Planoise.'],
  ['Spanish', 'El pleno del Ayuntamiento de Logroño aprobó el jueves el presupuesto del año próximo. La ciudad gastará más de doscientos millones de euros, sobre todo en la reforma de colegios, puentes y calles. El teniente de alcalde aseguró que la deuda no crecerá. La oposición criticó que la cultura recibirá menos dinero que este año.'],
  ['German', 'Der Gemeinderat von Lörrach hat am Donnerstag den Haushalt für das kommende Jahr beschlossen. Die Stadt gibt mehr als zweihundert Millionen Euro aus, vor allem für Schulen, Brücken und Straßen. Der Bürgermeister betonte, die Schulden würden nicht steigen. Die Opposition kritisierte Kürzungen bei der Kultur.'],
  ['Portuguese', 'A Câmara Municipal de Évora aprovou na quinta-feira o orçamento do próximo ano. O município vai gastar mais de cem milhões de euros, sobretudo na reabilitação de escolas, pontes e estradas. O vice-presidente garantiu que a dívida não aumentará. A oposição criticou a redução das verbas para a cultura.'],
  ['Norwegian', 'Bystyret i Tromsø vedtok torsdag budsjettet for neste år. Kommunen skal bruke mer enn fire milliarder kroner, først og fremst på skoler, bruer og veier. Varaordføreren sa at gjelden ikke vil øke. Opposisjonen kritiserte at kulturen får mindre penger enn i år.'],
  ['English with a few marks', 'The council in Truro approved next year’s budget on Thursday — £214m, most of it for schools, bridges and roads. “The debt will not rise,” the deputy leader said. Opposition members criticised cuts to the library in Penryn and to the café grant for the harbour. Résumé workshops will continue at the civic centre.'],
];

describe('undeclared legacy character sets', () => {
  for (const [language, charset, text] of PASSAGES) {
    it(`reads ${language} saved as ${charset} without a declaration`, () => {
      const bytes = encodeLegacy(text, charset);
      expect(bytes, `${language} encodes in ${charset}`).not.toBeNull();
      const decoded = decodeDocument(bytes!, { key: 'article.txt' });
      expect(decoded.text).toBe(text);
    });
  }

  for (const [language, text] of WESTERN) {
    it(`keeps ${language} in Windows-1252`, () => {
      const bytes = encodeLegacy(text, 'windows-1252');
      expect(bytes, `${language} encodes in windows-1252`).not.toBeNull();
      expect(guessLegacyCharset(bytes!)).toBe('windows-1252');
      expect(decodeDocument(bytes!, { key: 'article.txt' }).text).toBe(text);
    });
  }

  it('reads a Cyrillic page without a <meta> declaration', () => {
    const body = PASSAGES[0]![2];
    const page = `<!doctype html><html><head><title>Бюджет Томска</title></head><body><nav>Главная | Новости</nav><article><h1>Дума утвердила бюджет</h1><p>${body}</p></article></body></html>`;
    const decoded = decodeDocument(encodeLegacy(page, 'windows-1251')!, { key: 'page.html' });
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain('Лебедева');
  });

  it('still takes a page’s own declaration over the guess', () => {
    const page = `<html><head><meta charset="windows-1250"></head><body><p>${PASSAGES[4]![2]}</p></body></html>`;
    expect(decodeDocument(encodeLegacy(page, 'windows-1250')!, { key: 'page.html' }).encoding).toBe('windows-1250');
  });

  it('reads a price or two as Windows-1252, whatever else they could be', () => {
    const bytes = encodeLegacy('Tickets cost £12 (€14) at the door; the café opens at 7pm.', 'windows-1252')!;
    expect(guessLegacyCharset(bytes)).toBe('windows-1252');
  });
});
