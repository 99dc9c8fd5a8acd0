import { describe, expect, it } from 'vitest';
import { detectLanguage, loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { seedExpectations, seedText } from './classify-helpers.js';

describe('detectLanguage', () => {
  const paragraphs: [string, string][] = [
    ['en', 'The government said on Tuesday that it would raise taxes on fuel next year, a move that opposition parties criticised as a burden on families who are already struggling with the cost of living.'],
    ['fr', 'Le gouvernement a annoncé mardi qu’il augmenterait les taxes sur le carburant l’année prochaine, une mesure que les partis d’opposition ont critiquée comme un fardeau pour les familles.'],
    ['de', 'Die Regierung hat am Dienstag angekündigt, dass sie im nächsten Jahr die Steuern auf Kraftstoff erhöhen wird, was die Opposition als Belastung für die Familien kritisierte.'],
    ['es', 'El gobierno anunció el martes que aumentará los impuestos sobre el combustible el próximo año, una medida que los partidos de la oposición criticaron como una carga para las familias.'],
    ['it', 'Il governo ha annunciato martedì che aumenterà le tasse sul carburante il prossimo anno, una misura che i partiti di opposizione hanno criticato come un peso per le famiglie.'],
    ['pt', 'O governo anunciou na terça-feira que vai aumentar os impostos sobre o combustível no próximo ano, uma medida que os partidos da oposição criticaram como um fardo para as famílias.'],
    ['ru', 'Правительство во вторник объявило, что в следующем году повысит налоги на топливо; оппозиция назвала это бременем для семей.'],
    ['sv', 'Regeringen meddelade på tisdagen att den kommer att höja skatten på bränsle nästa år, ett beslut som oppositionspartierna kritiserade som en börda för familjer som redan har svårt att få ekonomin att gå ihop.'],
    ['da', 'Regeringen meddelte tirsdag, at den vil hæve afgifterne på brændstof næste år, et skridt som oppositionspartierne kritiserede som en byrde for de familier, der i forvejen har svært ved at få økonomien til at hænge sammen.'],
    ['no', 'Regjeringen kunngjorde tirsdag at den vil øke avgiftene på drivstoff neste år, et grep som opposisjonspartiene kritiserte som en byrde for familier som allerede sliter med å få økonomien til å gå rundt.'],
    ['id', 'Pemerintah mengumumkan pada hari Selasa bahwa pajak bahan bakar akan dinaikkan tahun depan, karena itu banyak keluarga yang merasa sangat keberatan dengan kebijakan tersebut.'],
  ];
  it.each(paragraphs)('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // The same council story in languages that a small trigram model leaves out or confuses with a
  // neighbour: each must come back as itself, not as Tagalog, Spanish or Norwegian.
  const neighbours: [string, string][] = [
    ['fi', 'Kaupunginvaltuusto päätti maanantaina lakkauttaa kyläkoulun, vaikka vanhemmat vastustivat päätöstä. Oppilaat siirtyvät ensi syksynä keskustan kouluun, jonne on matkaa noin kaksikymmentä kilometriä.'],
    ['et', 'Linnavolikogu otsustas esmaspäeval külakooli sulgeda, kuigi lapsevanemad olid otsuse vastu. Õpilased lähevad järgmisel sügisel kesklinna kooli, kuhu on umbes kakskümmend kilomeetrit.'],
    ['sk', 'Mestské zastupiteľstvo v pondelok rozhodlo o zatvorení dedinskej školy, hoci rodičia boli proti. Žiaci budú od budúcej jesene chodiť do školy v centre mesta, ktorá je vzdialená asi dvadsať kilometrov.'],
    ['sl', 'Mestni svet je v ponedeljek sklenil zapreti vaško šolo, čeprav so starši temu nasprotovali. Učenci bodo od prihodnje jeseni hodili v šolo v središču mesta, ki je oddaljena približno dvajset kilometrov.'],
    ['lt', 'Miesto taryba pirmadienį nusprendė uždaryti kaimo mokyklą, nors tėvai tam prieštaravo. Mokiniai nuo kito rudens lankys mokyklą miesto centre, kuri yra maždaug už dvidešimties kilometrų.'],
    ['lv', 'Pilsētas dome pirmdien nolēma slēgt lauku skolu, lai gan vecāki tam iebilda. Skolēni no nākamā rudens apmeklēs skolu pilsētas centrā, kas atrodas apmēram divdesmit kilometru attālumā.'],
    ['ca', "El consell municipal va decidir dilluns tancar l'escola del poble, tot i que els pares s'hi van oposar. Els alumnes aniran a partir de la tardor vinent a una escola del centre, que és a uns vint quilòmetres."],
    ['gl', 'O concello decidiu o luns pechar a escola da aldea, aínda que os pais se opuxeron. Os alumnos irán a partir do outono que vén a unha escola do centro, que está a uns vinte quilómetros.'],
    ['hr', 'Gradsko vijeće u ponedjeljak je odlučilo zatvoriti seosku školu, iako su se roditelji tome protivili. Učenici će od sljedeće jeseni ići u školu u središtu grada, koja je udaljena dvadesetak kilometara.'],
    ['bs', 'Općinsko vijeće u Tuzli je u ponedjeljak odlučilo zatvoriti seosku školu, iako su se roditelji tome protivili. Oko hiljadu učenika će od sljedeće sedmice ići u školu u centru grada, a historija te škole seže u prošli vijek.'],
    ['sr', 'Gradsko veće u Nišu je u ponedeljak odlučilo da zatvori seosku školu, iako su roditelji bili protiv. Učenici će od sledeće nedelje ići u školu u centru grada, koja je udaljena dvadesetak kilometara, a deca će putovati autobusom.'],
    ['sr', 'Градско веће у Нишу је у понедељак одлучило да затвори сеоску школу, иако су родитељи били против. Ученици ће од следеће недеље ићи у школу у центру града.'],
    ['mk', 'Градскиот совет во понеделникот одлучи да го затвори селското училиште, иако родителите беа против. Учениците од наредната есен ќе одат во училиштето во центарот на градот.'],
    ['sq', 'Këshilli bashkiak vendosi të hënën të mbyllë shkollën e fshatit, edhe pse prindërit e kundërshtuan. Nxënësit do të shkojnë nga vjeshta e ardhshme në shkollën në qendër të qytetit, rreth njëzet kilometra larg.'],
    ['is', 'Bæjarstjórn ákvað á mánudag að loka skólanum í þorpinu, þótt foreldrar hefðu mótmælt því. Nemendur munu frá og með næsta hausti sækja skóla í miðbænum, sem er um tuttugu kílómetra í burtu.'],
    ['ga', 'Chinn an chomhairle contae Dé Luain an scoil sa bhaile beag a dhúnadh, cé gur chuir na tuismitheoirí ina choinne. Rachaidh na daltaí ar scoil i lár an bhaile ón bhfómhar seo chugainn.'],
    ['eu', 'Udalbatzak astelehenean erabaki zuen herriko eskola ixtea, nahiz eta gurasoak horren aurka egon. Ikasleak datorren udazkenetik hiriaren erdialdeko eskolara joango dira, hogei bat kilometrora.'],
    ['he', 'הממשלה הודיעה ביום שני על צעדים חדשים לתמיכה במשקי הבית, כאשר מחירי האנרגיה ממשיכים לעלות בכל רחבי המדינה והציבור מביע דאגה.'],
    ['ka', 'საქართველოს პარლამენტმა ორშაბათს ახალი კანონი მიიღო, რომელიც ადგილობრივი თვითმმართველობის ბიუჯეტს ზრდის და მუნიციპალიტეტებს მეტ უფლებებს აძლევს.'],
    ['hy', 'Հայաստանի կառավարությունը երկուշաբթի հաստատեց նոր օրենքը, որը մեծացնում է տեղական ինքնակառավարման մարմինների բյուջեն և նրանց ավելի շատ իրավունքներ է տալիս։'],
    ['el', 'Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα για τη στήριξη των νοικοκυριών, καθώς οι τιμές της ενέργειας συνεχίζουν να αυξάνονται σε όλη τη χώρα.'],
    // Malay news writes "banyak", "tersebut", "ketika" and "sangat" as Indonesian does; its own spellings and words tell it.
    ['ms', 'Kerajaan negeri mengumumkan pada hari Isnin bahawa banyak sekolah kampung tersebut akan ditutup ketika kos penyelenggaraan naik 12 peratus sejak Ogos, satu keputusan yang sangat mengecewakan ibu bapa di daerah itu.'],
    ['id', 'Dewan kota memutuskan pada hari Senin untuk menutup sekolah desa itu, meskipun para orang tua menolak. Juru bicara mengatakan bahwa biaya perawatan naik 12 persen karena harga bahan bangunan naik sejak Agustus.'],
  ];
  it.each(neighbours)('tells %s from its neighbours', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['', 'Hello world', 'Le chat noir.', '12345 67890 !!!', 'Obama meets Putin in Paris'])('answers und for the short string %j', (s) => {
    expect(detectLanguage(s)).toBe('und');
  });

  it('recognises a short but clear sentence just above the threshold', () => {
    expect(detectLanguage('The minister said that the talks with the unions would resume on Monday morning.')).toBe('en');
    expect(detectLanguage('Le ministre a dit que les discussions avec les syndicats reprendront lundi matin.')).toBe('fr');
  });

  it('keeps Portuguese apart from Spanish when a table of names dilutes the prose', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1} Kyle Busch ${5000 - i * 10} 5 1 17 27`).join('\n');
    const text = `Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida!\n\nColoque nos seus favoritos e venha sempre conferir a classificação da NASCAR!\n\n${rows}`;
    expect(detectLanguage(text)).toBe('pt');
  });

  it.each(seedExpectations.map((e) => [e.file, e] as const))('finds the language of seed %s', (_f, e) => {
    const { title, body } = seedText(e);
    expect(detectLanguage(`${title}\n\n${body}`)).toBe(e.language);
  });
});

describe('the written standard of a Norwegian article', () => {
  const classifier = loadDefaultClassifier();
  const bokmal = {
    title: 'Verftet bygger to nye brønnbåter',
    body: 'Verftet har signert en kontrakt om bygging av to brønnbåter som skal gå på hydrogen. – Vi har ikke hatt en så stor ordre på mange år, og de ansatte har ventet lenge på nyheten, sier direktøren. Han vil ikke si hva kontrakten er verdt, men sier at den gir arbeid til hele verftet fram til neste høst.',
  };
  const nynorsk = {
    title: 'Verftet byggjer to nye brønnbåtar',
    body: 'Verftet har signert ein kontrakt om bygging av to brønnbåtar som skal gå på hydrogen. – Vi har ikkje hatt ei så stor ordre på mange år, og dei tilsette har venta lenge på nyheita, seier direktøren. Han vil ikkje seie kva kontrakten er verd, men seier at han gir arbeid til heile verftet fram til neste haust.',
  };

  it('tags Bokmål nb and Nynorsk nn, where the language itself reads as Norwegian', () => {
    expect(detectLanguage(`${bokmal.title}\n\n${bokmal.body}`)).toBe('no');
    expect(detectLanguage(`${nynorsk.title}\n\n${nynorsk.body}`)).toBe('no');
    expect(classifier.classify(bokmal).language).toBe('nb');
    expect(classifier.classify(nynorsk).language).toBe('nn');
  });

  it('leaves the tag of other languages as the language', () => {
    const danish = { title: 'Værftet bygger to nye skibe', body: 'Værftet har underskrevet en kontrakt om at bygge to skibe, der skal sejle på brint. Vi har ikke haft en så stor ordre i mange år, og de ansatte har ventet længe på nyheden, siger direktøren, som ikke vil sige, hvad kontrakten er værd.' };
    expect(classifier.classify(danish).language).toBe('da');
  });
});
