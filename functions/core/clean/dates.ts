/**
 * Publication dates in the shapes news pages use, in English, French, German, Spanish, Italian,
 * Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian,
 * Bosnian, Bulgarian, Ukrainian, Russian, Turkish, Greek, Romanian, Hungarian, Finnish, Estonian,
 * Lithuanian, Latvian, Catalan, Galician and Indonesian, the languages `addMoreMonths` adds, and the
 * year-month-day form of Chinese and Japanese pages ("2026年11月21日").
 * Results are ISO 8601: `YYYY-MM-DD`, or a date-time with offset when the source names a zone.
 */

import { plainlyNotEnglish } from './lines.js';

const MONTHS: Record<string, number> = {};
/**
 * Each language's twelve months, January first, into `table` (the shared one unless given); with
 * `keepEarlier`, a name already read keeps its month.
 */
function addMonths(names: string[], keepEarlier = false, table: Record<string, number> = MONTHS): void {
  names.forEach((name, i) => {
    for (const n of name.split('|')) if (!keepEarlier || table[n] === undefined) table[n] = i + 1;
  });
}
addMonths(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec']);
addMonths(['janvier|janv', 'février|fevrier|févr|fevr|fév', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre|déc']);
addMonths(['januar|jän|jänner', 'februar', 'märz|maerz|mär', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez']);
addMonths(['enero|ene', 'febrero', 'marzo', 'abril|abr', 'mayo', 'junio', 'julio', 'agosto|ago', 'septiembre|setiembre|set', 'octubre', 'noviembre', 'diciembre|dic']);
addMonths(['gennaio|genn', 'febbraio|febbr', 'marzo', 'aprile', 'maggio|magg', 'giugno|giu', 'luglio|lug', 'agosto', 'settembre|sett', 'ottobre|ott', 'novembre', 'dicembre|dic']);
// Portuguese "out" (outubro) is left out: it is an English word.
addMonths(['janeiro', 'fevereiro|fev', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro|set', 'outubro', 'novembro', 'dezembro|dez']);
addMonths(['januari', 'februari', 'maart|mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']);
addMonths(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']);
addMonths(['januar', 'februar', 'marts|mars', 'april', 'maj|mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december|desember']);
// Polish and Czech write the month in the genitive after a day ("21 listopada", "21. listopadu").
addMonths(['stycznia|styczeń|styczen|sty', 'lutego|luty|lut', 'marca|marzec', 'kwietnia|kwiecień|kwiecien|kwi', 'maja|maj', 'czerwca|czerwiec|cze', 'lipca|lipiec|lip', 'sierpnia|sierpień|sierpien|sie', 'września|wrzesnia|wrzesień|wrzesien|wrz', 'października|pazdziernika|październik|paź|paz', 'listopada|listopad|lis', 'grudnia|grudzień|grudzien|gru']);
addMonths(['ledna|leden', 'února|unora|únor', 'března|brezna|březen', 'dubna|duben', 'května|kvetna|květen', 'června|cervna|červen', 'července|cervence|červenec', 'srpna|srpen', 'září|zari', 'října|rijna|říjen', 'listopadu', 'prosince|prosinec']);
addMonths(['января|январь|янв', 'февраля|февраль|фев', 'марта|март|мар', 'апреля|апрель|апр', 'мая|май', 'июня|июнь|июн', 'июля|июль|июл', 'августа|август|авг', 'сентября|сентябрь|сен|сент', 'октября|октябрь|окт', 'ноября|ноябрь|ноя', 'декабря|декабрь|дек']);
addMonths(['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik']);
addMonths(['ιανουαρίου|ιανουαριου|ιανουάριος|ιαν', 'φεβρουαρίου|φεβρουαριου|φεβρουάριος|φεβ', 'μαρτίου|μαρτιου|μάρτιος|μαρ', 'απριλίου|απριλιου|απρίλιος|απρ', 'μαΐου|μαίου|μαιου|μαΐος|μάιος', 'ιουνίου|ιουνιου|ιούνιος|ιουν', 'ιουλίου|ιουλιου|ιούλιος|ιουλ', 'αυγούστου|αυγουστου|αύγουστος|αυγ', 'σεπτεμβρίου|σεπτεμβριου|σεπτέμβριος|σεπ', 'οκτωβρίου|οκτωβριου|οκτώβριος|οκτ', 'νοεμβρίου|νοεμβριου|νοέμβριος|νοε', 'δεκεμβρίου|δεκεμβριου|δεκέμβριος|δεκ']);
addMonths(['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie']);
// Indonesian "Des" (Desember) is left out: it is a French word.
addMonths(['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus|agu|ags', 'september', 'oktober', 'november|nop', 'desember']);
// Croatian (its own names, in the genitive after a day), Serbian and Bosnian, Slovenian, Slovak.
addMonths(['siječnja|siječanj', 'veljače|veljača', 'ožujka|ožujak', 'travnja|travanj', 'svibnja|svibanj', 'lipnja|lipanj', 'srpnja|srpanj', 'kolovoza|kolovoz', 'rujna|rujan', 'listopada|listopad', 'studenoga|studenog|studeni', 'prosinca|prosinac']);
addMonths(['januara|januar', 'februara|februar', 'marta|mart', 'aprila|april', 'maja|maj', 'juna|jun', 'jula|jul', 'avgusta|avgust|augusta', 'septembra|septembar', 'oktobra|oktobar', 'novembra|novembar', 'decembra|decembar']);
addMonths(['januarja', 'februarja', 'marca|marec', 'aprila', 'maja', 'junija|junij', 'julija|julij', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra']);
addMonths(['januára|január', 'februára|február', 'marca', 'apríla|apríl', 'mája|máj', 'júna|jún', 'júla|júl', 'augusta', 'septembra', 'októbra|október', 'novembra', 'decembra']);
// Bulgarian, Ukrainian (genitive after a day, and the nominative).
addMonths(['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември']);
addMonths(['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень']);
// Catalan ("12 de març", "3 d'abril") and Galician.
addMonths(['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre']);
addMonths(['xaneiro', 'febreiro', 'marzo', 'abril', 'maio', 'xuño', 'xullo', 'agosto', 'setembro', 'outubro', 'novembro', 'decembro']);
// Finnish (the partitive after a day: "12. maaliskuuta 2026"), Estonian.
// (And as Wix and others shorten them: "20. huhtik. 2026".)
addMonths(['tammikuuta|tammikuu|tammik', 'helmikuuta|helmikuu|helmik', 'maaliskuuta|maaliskuu|maalisk', 'huhtikuuta|huhtikuu|huhtik', 'toukokuuta|toukokuu|toukok', 'kesäkuuta|kesäkuu|kesäk', 'heinäkuuta|heinäkuu|heinäk', 'elokuuta|elokuu|elok', 'syyskuuta|syyskuu|syysk', 'lokakuuta|lokakuu|lokak', 'marraskuuta|marraskuu|marrask', 'joulukuuta|joulukuu|jouluk']);
addMonths(['jaanuar|jaanuaril', 'veebruar|veebruaril', 'märts|märtsil', 'aprill|aprillil', 'mai', 'juuni|juunil', 'juuli|juulil', 'august|augustil', 'september|septembril', 'oktoober|oktoobril', 'november|novembril', 'detsember|detsembril']);
// Hungarian, Lithuanian (genitive) and Latvian write the year first (see YEAR_MONTH_DAY).
addMonths(['január|jan', 'február|febr', 'március|márc', 'április|ápr', 'május|máj', 'június|jún', 'július|júl', 'augusztus|aug', 'szeptember|szept', 'október|okt', 'november|nov', 'december|dec']);
addMonths(['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio']);
addMonths(['janvārī|janvāris', 'februārī|februāris', 'martā|marts', 'aprīlī|aprīlis', 'maijā|maijs', 'jūnijā|jūnijs', 'jūlijā|jūlijs', 'augustā|augusts', 'septembrī|septembris', 'oktobrī|oktobris', 'novembrī|novembris', 'decembrī|decembris']);

/**
 * Month names of more languages, each only where no language above already reads it (so "mars"
 * stays March and "listopad" stays as set below): Icelandic, Welsh, Afrikaans, Swahili, Basque (and
 * its genitive "abuztuaren"), Tagalog, Albanian, Irish, Maltese, Somali, Hausa, Luxembourgish,
 * Malay, Zulu, Azerbaijani, Uzbek and Vietnamese ("tháng 8"). Abbreviations are left out: short
 * words of these languages would read as months of others.
 */
const addMoreMonths = (names: string[]): void => addMonths(names, true);
addMoreMonths(['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember']);
addMoreMonths(['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr']);
addMoreMonths(['januarie', 'februarie', 'maart', 'april', 'mei', 'junie', 'julie', 'augustus', 'september', 'oktober', 'november', 'desember']);
addMoreMonths(['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba']);
const BASQUE_MONTHS = ['urtarrila', 'otsaila', 'martxoa', 'apirila', 'maiatza', 'ekaina', 'uztaila', 'abuztua', 'iraila', 'urria', 'azaroa', 'abendua'];
addMoreMonths(BASQUE_MONTHS.map((m) => `${m}|${m}ren`));
addMoreMonths(['enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre', 'disyembre']);
addMoreMonths(['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor']);
addMoreMonths(['eanáir', 'feabhra', 'márta', 'aibreán', 'bealtaine', 'meitheamh', 'iúil', 'lúnasa', 'meán fómhair', 'deireadh fómhair', 'samhain', 'nollaig']);
addMoreMonths(['jannar', 'frar', 'marzu', 'april', 'mejju', 'ġunju', 'lulju', 'awwissu', 'settembru', 'ottubru', 'novembru', 'diċembru']);
addMoreMonths(['janaayo|jannaayo', 'febraayo|feebraayo', 'maarso', 'abriil', 'maayo|maajo', 'juun', 'luulyo', 'ogosto|agoosto', 'sebtembar|sebteembar|setembar', 'oktoobar|oktoober', 'noofeembar|nofeembar|nofembar', 'diseembar|desembar|disembar']);
addMoreMonths(['janairu', 'faburairu', 'maris', 'afirilu', 'mayu', 'yuni', 'yuli', 'agusta', 'satumba', 'oktoba', 'nuwamba', 'disamba']);
addMoreMonths(['januar', 'februar', 'mäerz', 'abrëll', 'mee', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']);
addMoreMonths(['januari', 'februari', 'mac', 'april', 'mei', 'jun', 'julai', 'ogos', 'september', 'oktober', 'november', 'disember']);
addMoreMonths(['januwari', 'februwari', 'mashi', 'ephreli', 'meyi', 'juni', 'julayi', 'agasti', 'septhemba', 'okthoba', 'novemba', 'disemba']);
addMoreMonths(['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust|avgust', 'sentyabr|sentabr', 'oktyabr|oktabr', 'noyabr', 'dekabr']);
addMoreMonths(Array.from({ length: 12 }, (_, i) => `tháng ${i + 1}`));

/**
 * Months in scripts of their own: Hindi, Urdu, Bengali, Arabic (the names of Egypt and the Gulf, and
 * of the Levant), Persian (the Gregorian months beside the solar ones), Hebrew (after its "ב", "in")
 * and Thai, with its abbreviations ("15 พ.ย. 2569", a Buddhist-era year; see build). They are read by
 * a pattern of their own, tried only on text holding such letters, so that the patterns every
 * Latin-script line goes through stay as large as they were.
 */
const OWN_SCRIPT_MONTHS: Record<string, number> = {};
const addOwnScriptMonths = (names: string[]): void => addMonths(names, false, OWN_SCRIPT_MONTHS);
addOwnScriptMonths(['जनवरी', 'फ़रवरी|फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर|सितम्बर', 'अक्टूबर|अक्तूबर', 'नवंबर|नवम्बर', 'दिसंबर|दिसम्बर']);
addOwnScriptMonths(['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر']);
addOwnScriptMonths(['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর']);
addOwnScriptMonths(['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|آذار', 'أبريل|ابريل|نيسان', 'مايو|أيار|ايار', 'يونيو|حزيران', 'يوليو|تموز', 'أغسطس|اغسطس|آب', 'سبتمبر|أيلول|ايلول', 'أكتوبر|اكتوبر|تشرين الأول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الأول']);
addOwnScriptMonths(['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']);
addOwnScriptMonths(['ינואר', 'פברואר', 'מרץ|מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר']);
addOwnScriptMonths(['มกราคม|ม.ค.', 'กุมภาพันธ์|ก.พ.', 'มีนาคม|มี.ค.', 'เมษายน|เม.ย.', 'พฤษภาคม|พ.ค.', 'มิถุนายน|มิ.ย.', 'กรกฎาคม|ก.ค.', 'สิงหาคม|ส.ค.', 'กันยายน|ก.ย.', 'ตุลาคม|ต.ค.', 'พฤศจิกายน|พ.ย.', 'ธันวาคม|ธ.ค.']);

// "listopad" is November in Polish, Czech and Ukrainian, October only in Croatian (see MONTHS_BY_LANGUAGE).
MONTHS.listopad = 11;
MONTHS.listopada = 11;

/** Month names that mean another month on a page in one language than the table above says. */
const MONTHS_BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  hr: { listopad: 10, listopada: 10 },
};

/** The month `name` means on a page in `lang`. */
function monthOf(name: string, lang: string | null | undefined): number {
  const lower = name.toLowerCase();
  return MONTHS_BY_LANGUAGE[lang ?? '']?.[lower] ?? MONTHS[lower] ?? 0;
}

/** Whether a word is a month's name or its abbreviation in one of the languages read ("December", "déc."). */
export function isMonthName(word: string): boolean {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] !== undefined;
}

/**
 * Weekday names, Monday to Sunday, in the languages whose pages print a weekday before a numeric
 * date ("Monday | 07/01/2008"): the weekday tells day and month apart (see `weekdayBefore`).
 */
const WEEKDAY_NAMES: readonly string[][] = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'mon tue wed thu fri sat sun',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'lunes martes miércoles jueves viernes sábado domingo',
  'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
].map((names) => names.split(' '));

/** Weekday names and their usual abbreviations in the languages whose months are read above. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES.flat(),
  ...(
    'tues thur thurs ' +
    'lun mar mer jeu ven sam dim ' +
    'sonnabend mo di mi do fr sa so ' +
    'miercoles sabado mié mie jue vie sáb sab dom ' +
    'lunedi martedi mercoledi giovedi venerdi gio ' +
    'segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terça terca quarta quinta sexta seg ter qua qui sex ' +
    'ma wo vr za zo ' +
    'måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag ' +
    'poniedziałek wtorek środa czwartek piątek sobota niedziela ' +
    'pondělí úterý středa čtvrtek pátek sobota neděle ' +
    'понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс ' +
    'pazartesi salı çarşamba perşembe cuma cumartesi pazar ' +
    'δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή ' +
    'senin selasa rabu kamis jumat sabtu minggu'
  ).split(' '),
]);

/** A table's month names as one alternation, longest first, their dots ("พ.ย.") taken literally. */
function alternationOf(table: Record<string, number>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\./g, '\\.'))
    .join('|');
}
const MONTH_NAMES = alternationOf(MONTHS);
const OWN_SCRIPT_MONTH_NAMES = alternationOf(OWN_SCRIPT_MONTHS);
/** Letters of the scripts whose months OWN_SCRIPT_MONTHS holds. */
const OWN_SCRIPT_LETTER = /[\u05d0-\u06ff\u0904-\u09ff\u0e01-\u0e7f]/;

const ZONES: Record<string, string> = {
  z: '+00:00', utc: '+00:00', gmt: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', mez: '+01:00', mesz: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  msk: '+03:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00', acst: '+09:30', acdt: '+10:30',
  awst: '+08:00', nzst: '+12:00', nzdt: '+13:00', sast: '+02:00', eat: '+03:00', wat: '+01:00', cat: '+02:00', pkt: '+05:00',
  sgt: '+08:00', hkt: '+08:00', pht: '+08:00', wib: '+07:00', eet: '+02:00', eest: '+03:00', wet: '+00:00', west: '+01:00',
  adt: '-03:00', nst: '-03:30', ndt: '-02:30', akst: '-09:00', akdt: '-08:00', hst: '-10:00',
};

/** "Published" in the languages read: the word that labels a story's own date. */
export const PUBLISHED_WORDS: readonly string[] = [
  'published', 'publié', 'publiée', 'veröffentlicht', 'publiziert', 'publicado', 'publicada', 'pubblicato', 'gepubliceerd', 'publicerad', 'opublikowano', 'publikováno', 'publicat',
  'publiceret', 'publisert', 'julkaistu', 'avaldatud', 'közzétéve', 'publikálva', 'paskelbta', 'publicēts', 'publikované', 'objavljeno', 'yayınlanma', 'yayınlandı',
  'опубликовано', 'опубліковано', 'публикувано', 'δημοσιεύθηκε', 'δημοσίευση',
];

/** Lines whose timestamp is not the publication date. */
export const NOT_PUBLISHED_RE =
  /(?<![\p{L}\p{N}])(updated?|last[- ]updated|last[- ]modified|laatste[- ]update|laatst bijgewerkt|dernière mise à jour|última actualización|ultimo aggiornamento|zuletzt aktualisiert|última atualização|modified|edited|captured|clipped|saved|retrieved|fetched|downloaded|crawled|scraped|accessed|descargad[oa]|téléchargé|heruntergeladen|abgerufen|scaricato|baixado|gedownload|opgehaald|pobrano|nedladdad|hämtad|archived|printed|generated|replied|reply|commented|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|modificado|aggiornato|aggiornamento|modificato|atualizado|atualização|bijgewerkt|gewijzigd|uppdaterad|opdateret|oppdatert|zaktualizowano|aktualizacja|aktualizováno|aktualizace|actualizat|actualizare|güncelleme|güncellendi|diperbarui|päivitetty|frissítve|uuendatud|atnaujinta|atjaunināts|aktualizovan\p{L}{0,3}|ažurirano|posodobljeno|actualitzat|dikemas kini|dikemaskini)(?![\p{L}\p{N}])|(?<![\p{L}])(обновлено|обновлен|оновлено|обновено|ενημερώθηκε|ενημέρωση)(?![\p{L}])/iu;

/**
 * The part of a line that may state the publication date: all of it without an "updated" marker,
 * the part before the marker when a date precedes it ("Publié le 12 mars, mis à jour le 13 mars"),
 * and null when the marker comes first (every date on the line is then some other timestamp).
 */
export function publishedPart(text: string): string | null {
  const marker = NOT_PUBLISHED_RE.exec(text);
  if (!marker) return text;
  const head = text.slice(0, marker.index);
  if (/\d/.test(head)) return head.replace(/[\s,;|·•–—(-]+$/u, '');
  // "Updated - November 06, 2026 09:41 am IST - Published - November 06, 2026 12:08 am IST": the
  // publication's clause after the update's.
  // Only when the update opens the line: a byline before it is the line's to give.
  const rest = text.slice(marker.index + marker[0].length);
  if (/[\p{L}\p{N}]/u.test(head)) return null;
  // "Updated March 26, 2026 — 4.15pm, first published at 6.00am": published at that time on the update's day.
  const firstAt = FIRST_PUBLISHED_AT.exec(rest);
  if (firstAt && /\d{4}/.test(rest.slice(0, firstAt.index))) return `${rest.slice(0, firstAt.index).replace(CLOCK_TIME, ' ').replace(/[\s,;|·•–—(-]+$/u, '').trim()} ${firstAt[1]!}`;
  const later = PUBLISHED_LATER.exec(rest);
  return later ? publishedPart(later[0]) : null;
}

/** The time alone a publication is given after an update's full date: ", first published at 6.00am". */
const FIRST_PUBLISHED_AT = /[\s,;–—-]*first published at (\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)/iu;
/** A time of day in an update's clause: "4.15pm", "16:05". */
const CLOCK_TIME = /\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?/giu;

/** A clause that says published, from its label on. */
const PUBLISHED_LATER = new RegExp(String.raw`(?<![\p{L}])(?:${PUBLISHED_WORDS.join('|')})(?![\p{L}]).*$`, 'iu');

export interface DateOptions {
  now: Date;
  /** ISO 639-1 language of the page, used to read ambiguous numeric dates like 03/04/2015. */
  lang?: string | null;
  /**
   * Whether the page writes the day before the month (from its other dates, see `dayFirstOnPage`);
   * when known it reads ambiguous numeric dates before the language does.
   */
  dayFirst?: boolean | null;
  /**
   * When the page was fetched, as a dump's or converter's header states it (ISO 8601 with its
   * offset): a relative date on it ("2 days, 3 hours ago") counts back from then. Without it a
   * relative date is no date, since the upload may come long after the page said it.
   */
  fetched?: string | null;
}

export interface FoundDate {
  iso: string;
  /** Where the date was found in the input string. */
  index: number;
  length: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function normalizeYear(y: number): number {
  if (y < 100) return y + (y < 70 ? 2000 : 1900);
  return y;
}

function offsetOf(zone: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.trim().toLowerCase();
  if (ZONES[z]) return ZONES[z] ?? null;
  const m = /^(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (m) return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
  return null;
}

const BUDDHIST_ERA_OFFSET = 543;
const FIRST_BUDDHIST_ERA_YEAR = 2400;
const LAST_BUDDHIST_ERA_YEAR = 2700;

/** Arabic-Indic, Persian, Devanagari, Bengali and Thai digits as ASCII ones, one character for one. */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;
const OTHER_DIGIT = new RegExp(OTHER_DIGITS.source);
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

function build(
  y: number,
  mo: number,
  d: number,
  time: { h: number; mi: number; s: number } | null,
  offset: string | null,
  now: Date,
): string | null {
  // A year of the Buddhist era (Thai, Lao, Khmer pages: 2569 is 2026) in the years news is dated.
  if (y >= FIRST_BUDDHIST_ERA_YEAR && y <= LAST_BUDDHIST_ERA_YEAR) y -= BUDDHIST_ERA_OFFSET;
  if (!validDate(y, mo, d)) return null;
  const dateOnly = `${y}-${pad(mo)}-${pad(d)}`;
  if (time && offset && time.h < 24 && time.mi < 60 && time.s < 60) {
    const iso = `${dateOnly}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${offset}`;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms) || ms > now.getTime()) return null;
    return iso;
  }
  // A date-only value is in the future only when it is after today in every zone on Earth.
  if (Date.UTC(y, mo - 1, d) > now.getTime() + 14 * 3600_000) return null;
  return dateOnly;
}

const TIME_RE = String.raw`(?:(?:\s*,)?\s*(?:at|à|às|um|a las|ore|alle|om|kl\.?|klo|-|–)?\s*(\d{1,2})(?::|\.|\s?h\s?)(\d{2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?(?:\s*(?:Uhr|h))?\s*(\(?(?:(?:Z|UTC|GMT|[ECMPAN][SD]?T|AK[SD]T|HST|BST|CES?T|MESZ|MEZ|MSK|IST|JST|KST|A[CEW][SD]T|NZ[SD]T|SAST|[ECW]AT|PKT|SGT|HKT|PHT|WIB|[EW]ES?T)(?![A-Za-z]))?\s*(?:(?<=(?:GMT|UTC)\s*)[+-]\d{1,2}(?::?\d{2})?|[+-]\d{1,2}:?\d{2})?\)?)?)?`;

function parseTime(h?: string, mi?: string, s?: string, ampm?: string): { h: number; mi: number; s: number } | null {
  if (h === undefined || mi === undefined) return null;
  let hour = Number(h);
  const a = ampm?.toLowerCase().replace(/[.\s]/g, '');
  if (a === 'pm' && hour < 12) hour += 12;
  if (a === 'am' && hour === 12) hour = 0;
  return { h: hour, mi: Number(mi), s: Number(s ?? 0) };
}

function cleanZone(z: string | undefined): string | undefined {
  const t = z?.replace(/[()]/g, '').trim();
  // Zone names are written in capitals: "7:15 Eat well" names none.
  return t && !/\p{Ll}/u.test(t) ? t : undefined;
}

/** Time zones of countries that write the day before the month (Britain, Ireland, India, Australia, New Zealand, Africa, Europe). */
const DAY_FIRST_ZONES = /^(?:GMT|BST|IST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST|EAT|WAT|CAT|PKT|CET|CEST|WET|WEST|EET|EEST)$/i;

/** Time zones of the United States, which writes the month before the day. */
const US_ZONES = /^(?:[ECMP][SD]?T|AK[SD]T|HST)$/i;

/** Date shapes without their time: what the patterns below read, and what `dayFirstOnPage` counts. */
const MONTH_DAY_YEAR = String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`;
// Maltese "20 ta’ Awwissu 2026", Vietnamese "20 tháng 8 năm 2026".
const DAY_MONTH_YEAR = String.raw`\b(\d{1,2})(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+|d['’]|ta['’]\s*)?(${MONTH_NAMES})\.?,?\s+(?:de\s+|del\s+|năm\s+)?(\d{4})\b`;
// Hungarian "2026. március 12.", Lithuanian "2026 m. kovo 12 d.", Latvian "2026. gada 12. martā",
// Basque "2026ko abuztuaren 20a".
const YEAR_MONTH_DAY = String.raw`\b(\d{4})(?:\.|(?:\(?e\)?)?ko)?\s+(?:m\.\s+)?(${MONTH_NAMES})\.?\s+(\d{1,2})(?:\.|\s+d\.|\(?a\)?)?(?!\d)`;
const YEAR_DAY_MONTH = String.raw`\b(\d{4})\.\s+gada\s+(\d{1,2})\.\s+(${MONTH_NAMES})(?!\p{L})`;
// "26/04/2024", "26/04/24", and with dashes only before a four-digit year ("12-11-2025") or before
// a clock ("07-02-26, 22:41"), which a score or a reference number does not have.
const SLASHED = String.raw`(?<![\d/-])(?=\d{1,2}(?:/\d{1,2}/(?:\d{4}|\d{2})|-\d{1,2}-\d{4}|-\d{1,2}-\d{2}(?=,?\s+\d{1,2}[:.]\d{2}))(?![\d/-]))(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})`;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray, opts: DateOptions): string | null;
  /**
   * Whether the pattern needs a four-digit year: a text without one is not scanned with it. The
   * month names of some forty languages make those scans the costliest part of reading a line.
   */
  fullYear?: boolean;
  /** Whether the pattern reads months in the scripts of OWN_SCRIPT_MONTHS: tried only on text holding their letters. */
  ownScript?: boolean;
  /** Whether the pattern reads a relative date: tried only when the page's fetch time is known. */
  relative?: boolean;
  /**
   * Whether `re` is a month-name date without its clock, run case-sensitively over the lower-cased
   * text, the clock after it read by {@link CLOCK_AFTER} on the text as written (see {@link findDates}).
   */
  worded?: boolean;
}

/**
 * The clock and zone after a date, read where the date ends. A month-name date is matched over the
 * lower-cased text without the \`i\` flag: with it, V8 compiles the forty languages' month names
 * into several hundred kilobytes of regexp code per pattern, and a process that has generated that
 * much regexp code runs its later patterns in the interpreter (decode + clean of a 5 KB page went
 * from 9.6 to 7 ms in the stage table). The zone's capitals still count ("7:15 Eat well" names
 * none), so the clock is read on the text as written.
 */
const CLOCK_AFTER = new RegExp(TIME_RE, 'iuy');

/** Front-matter keys and header labels of the time a dump or a converter fetched the page. */
export const FETCHED_KEYS: readonly string[] = ['fetched', 'fetched_at', 'fetchedAt', 'retrieved', 'retrieved_at', 'scraped', 'scraped_at', 'crawled', 'crawled_at', 'downloaded', 'captured', 'descargado', 'téléchargé', 'abgerufen', 'heruntergeladen', 'scaricato', 'baixado', 'opgehaald', 'pobrano', 'hämtad'];

/** A stated fetch time as ISO 8601 with its offset; null unless it gives the clock and the zone. */
export function fetchTime(value: string | null | undefined): string | null {
  const m = value ? /^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(value) : null;
  if (!m) return null;
  const zone = m[3]!.toUpperCase() === 'Z' ? 'Z' : `${m[3]!.slice(0, 3)}:${m[3]!.slice(-2)}`;
  const iso = `${m[1]}T${m[2]}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

const FETCHED_HEADER = new RegExp(String.raw`^[ \t#*>-]*(?:${FETCHED_KEYS.join('|')})\s*:\s*([^\n]{10,40}?)[ \t]*$`, 'im');

/** The fetch time a dump's header line states ("fetched: 2026-08-14T11:20:37+03:00"), within its first lines. */
export function fetchedInHeader(text: string): string | null {
  const m = FETCHED_HEADER.exec(text.slice(0, 1500));
  return m ? fetchTime(m[1]) : null;
}

/** The units a relative date counts in, by their words in English, French, German and Spanish, and their length. */
const RELATIVE_UNITS: ReadonlyArray<{ forms: string; ms: number }> = [
  { forms: 'minutes?|mins?|minuten?|minutos?', ms: 60_000 },
  { forms: 'hours?|hrs?|heures?|stunden?|horas?', ms: 3600_000 },
  { forms: 'days?|jours?|tagen?|tage|días?', ms: 86_400_000 },
  { forms: 'weeks?|semaines?|wochen?|semanas?', ms: 604_800_000 },
];
const UNIT_WORDS = RELATIVE_UNITS.map((u) => ({ word: new RegExp(`^(?:${u.forms})$`), ms: u.ms }));
const RELATIVE_UNIT = `(${RELATIVE_UNITS.map((u) => u.forms).join('|')})`;
const RELATIVE_SPAN = String.raw`(\d{1,3})\s+${RELATIVE_UNIT}(?:,?\s+(?:and\s+|et\s+|und\s+|y\s+)?(\d{1,3})\s+${RELATIVE_UNIT})?`;
/** "2 days, 3 hours ago", "il y a 3 jours", "vor 2 Tagen", "hace 5 horas". */
const RELATIVE_DATE = new RegExp(String.raw`(?<![\p{L}\d])(?:${RELATIVE_SPAN}\s+ago|(?:il y a|vor|hace)\s+${RELATIVE_SPAN})(?![\p{L}])`, 'giu');

function unitMs(unit: string | undefined): number {
  if (unit === undefined) return 0;
  const u = unit.toLowerCase();
  return UNIT_WORDS.find((w) => w.word.test(u))?.ms ?? 0;
}

/** The day a relative date names, counted back from the fetch time, in the fetch time's own offset. */
function readRelative(m: RegExpExecArray, o: DateOptions): string | null {
  const fetched = o.fetched ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})$/.exec(o.fetched) : null;
  if (!fetched) return null;
  const at = m[1] !== undefined ? 1 : 5;
  const span = Number(m[at]) * unitMs(m[at + 1]) + (m[at + 2] !== undefined ? Number(m[at + 2]) * unitMs(m[at + 3]) : 0);
  const zone = fetched[2] === 'Z' ? 0 : (fetched[2]!.startsWith('-') ? -1 : 1) * (Number(fetched[2]!.slice(1, 3)) * 60 + Number(fetched[2]!.slice(4, 6))) * 60_000;
  const local = new Date(Date.parse(o.fetched!) - span + zone);
  if (Number.isNaN(local.getTime())) return null;
  return build(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), null, null, o.now);
}

const PATTERNS: Pattern[] = [
  { re: RELATIVE_DATE, relative: true, read: readRelative },
  // 2026年11月21日 · 2026年11月21日(土) 10:30 JST
  {
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[(（]\S[)）])?(?:\s*(\d{1,2}):(\d{2})(?:\s*(JST|KST|CST|UTC|GMT))?)?/g,
    read: (m, o) => {
      const zone = m[6] ? ({ JST: '+09:00', KST: '+09:00', CST: '+08:00' } as Record<string, string>)[m[6]] ?? offsetOf(m[6]) : null;
      return build(Number(m[1]), Number(m[2]), Number(m[3]), parseTime(m[4], m[5]), zone, o.now);
    },
  },
  // 2015-11-22, 2015-11-22T14:53:45Z, 2015-11-22 14:53:45+02:00
  {
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?(?![\d-])/gi,
    read: (m, o) =>
      build(Number(m[1]), Number(m[2]), Number(m[3]), parseTime(m[4], m[5], m[6]), offsetOf(m[7]), o.now),
  },
  // 2025/09/13 22:05, 2025.09.13: year first is always year, month, day.
  {
    re: new RegExp(String.raw`(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.])` + TIME_RE, 'gi'),
    read: (m, o) => build(Number(m[1]), Number(m[3]), Number(m[4]), parseTime(m[5], m[6], m[7], m[8]), offsetOf(cleanZone(m[9])), o.now),
  },
  // Nov 22, 2015 · November 22nd 2015 · Sun Nov 22, 2015 14:53:45
  {
    re: new RegExp(MONTH_DAY_YEAR, 'gu'),
    fullYear: true,
    worded: true,
    read: (m, o) =>
      build(Number(m[3]), monthOf(m[1]!, o.lang), Number(m[2]), parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now),
  },
  // 22 November 2015 · 22. November 2015 · 1er décembre 2015 · 22 de noviembre de 2015
  {
    re: new RegExp(DAY_MONTH_YEAR, 'gu'),
    fullYear: true,
    worded: true,
    read: (m, o) =>
      build(Number(m[3]), monthOf(m[2]!, o.lang), Number(m[1]), parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now),
  },
  // ٤ نوفمبر ٢٠٢٦ · 4 בנובמבר 2026 · 15 พ.ย. 2569 · ०६ नवंबर २०२६ (digits already made ASCII)
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+ב?(${OWN_SCRIPT_MONTH_NAMES})\.?,?\s+(\d{4})(?!\d)`, 'gu'),
    fullYear: true,
    ownScript: true,
    read: (m, o) => build(Number(m[3]), OWN_SCRIPT_MONTHS[m[2]!]!, Number(m[1]), null, null, o.now),
  },
  // 2026. március 12. 14:30 · 2026 m. kovo 12 d. · 2026. gada 12. martā
  {
    re: new RegExp(YEAR_MONTH_DAY, 'gu'),
    fullYear: true,
    worded: true,
    read: (m, o) =>
      build(Number(m[1]), monthOf(m[2]!, o.lang), Number(m[3]), parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now),
  },
  {
    re: new RegExp(YEAR_DAY_MONTH, 'gu'),
    fullYear: true,
    worded: true,
    read: (m, o) =>
      build(Number(m[1]), monthOf(m[3]!, o.lang), Number(m[2]), parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now),
  },
  // 22.11.2015 (German-style dots are always day first); "Friday 28.11.25, 14:20" with a two-digit
  // year only beside a weekday or a time, which a version number or a score never has.
  {
    // Czech, Slovak, Slovenian and Croatian typography puts a space after each dot: "17. 7. 2026".
    re: new RegExp(String.raw`\b(\d{1,2})\.(?: (?=\d{1,2}\. \d))?(\d{1,2})\.(?: (?=\d{4}\b))?(\d{4}|\d{2})\b(?!\.\d)` + TIME_RE, 'gi'),
    read: (m, o) =>
      m[3]!.length === 2 && m[4] === undefined && weekdayBefore(m.input, m.index) === null
        ? null
        : build(normalizeYear(Number(m[3])), Number(m[2]), Number(m[1]), parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now),
  },
  // "12·05·26 | 06:00": the middle dots of Prensa Ibérica's Milenium pages, day first, the year in two
  // digits or four (a middle dot between figures is nothing else).
  {
    re: /(?<![\d·])(\d{1,2})·(\d{1,2})·(\d{4}|\d{2})(?![\d·])/g,
    read: (m, o) => build(normalizeYear(Number(m[3])), Number(m[2]), Number(m[1]), null, null, o.now),
  },
  // 04/26/2024, 26/04/2024, 12-11-2025: unambiguous when one part exceeds 12, else read by the page's language.
  {
    re: new RegExp(SLASHED + TIME_RE, 'gi'),
    read: (m, o) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = normalizeYear(Number(m[3]));
      const zone = (m[8] ?? '').replace(/[()\s]/g, '');
      let month: number;
      let day: number;
      const weekday = weekdayBefore(m.input, m.index);
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [month, day] = [a, b];
      else if (a === b) [month, day] = [a, b];
      // "Monday | 07/01/2008": the weekday printed beside it tells the two readings apart.
      else if (weekday !== null && (weekdayOf(y, b, a) === weekday) !== (weekdayOf(y, a, b) === weekday)) [day, month] = weekdayOf(y, b, a) === weekday ? [a, b] : [b, a];
      else if (typeof o.dayFirst === 'boolean') [day, month] = o.dayFirst ? [a, b] : [b, a];
      // "12/07/2025 7:48 PM CT": a time in a US zone says the page writes the month first.
      else if (US_ZONES.test(zone)) [month, day] = [a, b];
      // "06/11/25 06:00 GMT": a 24-hour time in a zone outside the Americas says the page writes the
      // day first (a US wire writes "01/08/2008 - 10:07 a.m. GMT").
      else if (o.lang === 'en' && !m[7] && DAY_FIRST_ZONES.test(zone)) [day, month] = [a, b];
      else if (o.lang === 'en') [month, day] = [a, b];
      else if (o.lang) [day, month] = [a, b];
      else return null;
      return build(y, month, day, parseTime(m[4], m[5], m[6], m[7]), offsetOf(cleanZone(m[8])), o.now);
    },
  },
];

/** Day of the week (0 is Sunday) of each weekday name in `WEEKDAY_NAMES`. */
const WEEKDAY_INDEX = new Map(WEEKDAY_NAMES.flatMap((names) => names.map((name, k): [string, number] => [name, (k + 1) % 7])));

/** The weekday named just before a date ("Monday | ", "Tue, "), or null. */
function weekdayBefore(input: string, index: number): number | null {
  const before = /([\p{L}]+)\.?[\s,|·•–—-]*$/u.exec(input.slice(Math.max(0, index - 24), index));
  return before ? WEEKDAY_INDEX.get(before[1]!.toLowerCase()) ?? null : null;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const WORD_MONTH_FIRST = new RegExp(MONTH_DAY_YEAR, 'gu');
const WORD_DAY_FIRST = new RegExp(DAY_MONTH_YEAR, 'gu');
const NUMERIC = new RegExp(SLASHED, 'g');

/** A clock and the zone after it: "11:47 IST", "7:48 PM CT", "(18:30 AEDT)". */
const CLOCK_ZONE = /\b\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?\s*)?\(?([A-Z]{2,5})\b/g;

/**
 * Whether a page writes the day before the month, judged from its dates that say so: word-order
 * dates ("13 June 2023" against "June 13, 2023"), numeric dates with a part over 12 ("25/09/2023") and
 * the time zone beside its clocks.
 * Null when the page has no such date or is split evenly.
 */
export function dayFirstOnPage(text: string, lang?: string | null): boolean | null {
  const sample = text.length > 50000 ? text.slice(0, 50000) : text;
  let numericDayFirst = 0;
  let numericMonthFirst = 0;
  for (const m of sample.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) numericDayFirst++;
    else if (b > 12 && a <= 12) numericMonthFirst++;
  }
  // A numeric date that can only be read one way says how the page writes the others.
  if (numericDayFirst !== numericMonthFirst) return numericDayFirst > numericMonthFirst;
  // A numeric date read both ways, one of which the page spells out in words ("03/02/2026 - 07:30" and
  // "Aktualizacja, 2 marca 2026"): Drupal's default format writes the month first on a Polish page.
  const spelled = spelledOutReading(sample, lang);
  if (spelled !== null) return spelled;
  // A clock in the page's time zone ("11:47 IST", "7:48 PM CT") says where it is written.
  let zoneDayFirst = 0;
  let zoneMonthFirst = 0;
  for (const m of sample.matchAll(CLOCK_ZONE)) {
    if (DAY_FIRST_ZONES.test(m[1]!)) zoneDayFirst++;
    else if (US_ZONES.test(m[1]!)) zoneMonthFirst++;
  }
  if (zoneDayFirst !== zoneMonthFirst) return zoneDayFirst > zoneMonthFirst;
  // English outside the United States writes the day first, even where it writes "November 9, 2025"
  // in words: the spelling tells the two apart better than the word order does.
  const british = lang === 'en' ? britishSpelling(sample) : null;
  if (british !== null) return british;
  const lower = lowerCaseInPlace(sample);
  const dayFirst = lower.match(WORD_DAY_FIRST)?.length ?? 0;
  const monthFirst = lower.match(WORD_MONTH_FIRST)?.length ?? 0;
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  // A page in a language not recognised by name ("12-11-2026 15:30" in Frisian) that is plainly not
  // English is written where the day comes first, as everywhere but in the Americas' English.
  return lang == null && plainlyNotEnglish(sample) ? true : null;
}

/**
 * Whether the page's numeric dates that read both ways ("03/02/2026") put the day first, where one reading is a
 * date the page also writes with its month's name; null when none says.
 */
function spelledOutReading(text: string, lang: string | null | undefined): boolean | null {
  const ambiguous: [number, number, number][] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]!];
    if (a <= 12 && b <= 12 && a !== b && y.length === 4) ambiguous.push([a, b, Number(y)]);
  }
  if (ambiguous.length === 0) return null;
  const worded = new Set<string>();
  const lower = lowerCaseInPlace(text);
  for (const m of lower.matchAll(WORD_DAY_FIRST)) worded.add(`${m[3]}-${monthOf(m[2]!, lang)}-${Number(m[1])}`);
  for (const m of lower.matchAll(WORD_MONTH_FIRST)) worded.add(`${m[3]}-${monthOf(m[1]!, lang)}-${Number(m[2])}`);
  let dayFirst = 0;
  let monthFirst = 0;
  for (const [a, b, y] of ambiguous) {
    if (worded.has(`${y}-${b}-${a}`)) dayFirst++;
    if (worded.has(`${y}-${a}-${b}`)) monthFirst++;
  }
  return dayFirst === monthFirst ? null : dayFirst > monthFirst;
}

/** Word stems spelled one way in British (and Commonwealth) English and another in American English. */
const BRITISH_SPELLING = /\b(?:colour|favour|honour|labour|neighbour|behaviour|harbour|organis|recognis|realis|apologis|criticis|prioritis|centre|theatre|metre|kilometre|litre|defence|licence|offence|programme|travell|cancell|judgement|mums?\b)|£/giu;
const AMERICAN_SPELLING = /\b(?:(?:color|favor|honor|labor|neighbor|behavior|harbor|center|theater|kilometer|liter|defense|offense|mom)(?:s|ed|ing)?\b|organiz|recogniz|realiz|apologiz|criticiz|prioritiz|traveled|traveling|canceled|canceling)/giu;

/** Whether English text is British rather than American by its spelling; null when it does not say. */
function britishSpelling(text: string): boolean | null {
  const british = text.match(BRITISH_SPELLING)?.length ?? 0;
  const american = text.match(AMERICAN_SPELLING)?.length ?? 0;
  return british === american ? null : british > american;
}

const FULL_YEAR = /\d{4}/;

/**
 * `text` lower-cased letter by letter, so that every index still points at the same letter: the
 * few letters whose lower case is longer ("İ") stay as written.
 */
function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/** A month-name date matched over the lower-cased text, with the clock after it read on `text` as written. */
function withClock(m: RegExpExecArray, text: string): RegExpExecArray {
  const end = m.index + m[0].length;
  CLOCK_AFTER.lastIndex = end;
  const clock = CLOCK_AFTER.exec(text);
  const stop = end + (clock?.[0].length ?? 0);
  // The date's own groups (day, month name, year) read the same lower-cased.
  const groups: (string | undefined)[] = [text.slice(m.index, stop), ...m.slice(1), ...(clock ? clock.slice(1) : [])];
  return Object.assign(groups, { index: m.index, input: text }) as RegExpExecArray;
}

/** All dates found in `text`, in order of position. */
export function findDates(text: string, opts: DateOptions): FoundDate[] {
  const found: FoundDate[] = [];
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const sample = OTHER_DIGIT.test(head) ? asciiDigits(head) : head;
  const hasFullYear = FULL_YEAR.test(sample);
  const ownScript = OWN_SCRIPT_LETTER.test(sample);
  let lower: string | undefined;
  for (const p of PATTERNS) {
    if ((p.fullYear && !hasFullYear) || (p.ownScript && !ownScript) || (p.relative && !opts.fetched)) continue;
    const subject = p.worded ? (lower ??= lowerCaseInPlace(sample)) : sample;
    p.re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = p.re.exec(subject)) !== null) {
      const m = p.worded ? withClock(match, sample) : match;
      if (p.worded) p.re.lastIndex = m.index + m[0].length;
      const iso = p.read(m, opts);
      if (iso && !found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) {
        found.push({ iso, index: m.index, length: m[0].trimEnd().length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A moment stated in UTC ("2025-12-02T18:00:00+00:00") on a page that prints another day for it
 * ("Wed, Dec 03, 2025"): the same moment, written at the smallest whole-hour offset that falls on
 * the printed day, so the date readers see is the page's; with the clock printed beside the day,
 * at the offset that clock gives. Null when the printed day is not the day before or after, or the
 * value is not a UTC time.
 */
export function onPrintedDay(utc: string, printedDay: string, printedClock?: string | null): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\+00:00$/.exec(utc);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(printedDay)?.[0];
  if (!m || !day || day === m[1]) return null;
  const ms = Date.parse(utc);
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  const utcDayStart = Date.parse(`${m[1]}T00:00:00Z`);
  const hour = 3600_000;
  // The clock printed beside the day ("06:30 am") gives the page's own offset, when it is a real one.
  const clock = printedClock ? clockMinutes(printedClock) : null;
  if (clock !== null) {
    const minutes = Math.round((dayStart + clock * 60_000 - ms) / 60_000);
    if (Math.abs(minutes) <= 14 * 60 && minutes % 15 === 0) return atOffset(ms, minutes);
  }
  // Hours to add so the local clock reads a time on the printed day.
  let offset: number;
  if (dayStart - utcDayStart === 24 * hour) offset = Math.ceil((dayStart - ms) / hour);
  else if (utcDayStart - dayStart === 24 * hour) offset = -Math.ceil((ms - (dayStart + 24 * hour) + 1) / hour);
  else return null;
  if (Math.abs(offset) > 14) return null;
  return atOffset(ms, offset * 60);
}

/** Minutes after midnight of a clock time in a line ("06:30 am", "18.05", "9:05pm"), or null. */
function clockMinutes(text: string): number | null {
  const m = /(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)\s*(?:([ap])\.?m?\b)?/i.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  const time = parseTime(m[1], m[2], undefined, m[3] ? `${m[3]}m` : undefined)!;
  return time.h * 60 + time.mi;
}

/** A moment written as local time at an offset from UTC, in minutes: `atOffset(ms, 420)` → "…T05:30:00+07:00". */
export function atOffset(ms: number, minutes: number): string {
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Reads one date value (meta content, JSON-LD, `<time datetime>`, front matter). */
export function parseDate(value: string | null | undefined, opts: DateOptions): string | null {
  if (!value) return null;
  const v = value.trim();
  if (!v) return null;
  // Full ISO date-times keep their offset; without one they fall back to the date alone.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (iso) {
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), parseTime(iso[4], iso[5], iso[6]), offsetOf(iso[7]), opts.now);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms) && ms <= opts.now.getTime()) return new Date(ms).toISOString().replace('.000Z', '+00:00');
  }
  // "12-11-2025" in a field is read like "12/11/2025" (by the page's language): see SLASHED.
  const first = findDates(v, opts)[0];
  if (first) return first.iso;
  // RFC 2822 and other shapes Date.parse understands, when they carry a zone ("+0000", not the "-2025" of a date).
  if (/\s[+-]\d{4}\b|GMT|UTC/.test(v)) {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms) && ms <= opts.now.getTime()) return new Date(ms).toISOString().replace('.000Z', '+00:00');
  }
  return null;
}

const DAY_MONTH_ALONE = new RegExp(String.raw`^(?:(\d{1,2})\.?\s+(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\.?$`, 'iu');
/** A blog's permalink path with the day in it: "/news/2027/3/2/western-tiers-…", "/2026/11/05/…". */
const PERMALINK_DAY = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/g;

/** The day and the month of a line that is a day and a month alone ("2 Mar", "Mar 2", "November 14th"). */
function dayAndMonthAlone(line: string, lang: string | null | undefined): { day: number; month: number } | null {
  const m = DAY_MONTH_ALONE.exec(line.trim());
  if (!m) return null;
  const month = monthOf((m[2] ?? m[3])!, lang);
  return month ? { day: Number(m[1] ?? m[4]), month } : null;
}

/**
 * A day and month printed without a year ("Mar 8", a blog platform's date for a post of the current
 * year), dated by a full date the copy itself prints (the day the page was clipped or saved,
 * `reference`): the latest such day on or before it, within a year. Never by the clock.
 */
export function yearlessDayBefore(line: string, reference: string, lang?: string | null): string | null {
  const dayMonth = dayAndMonthAlone(line, lang);
  const ref = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!dayMonth || !ref) return null;
  const { day, month } = dayMonth;
  const [refYear, refMonth, refDay] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  const year = month < refMonth || (month === refMonth && day <= refDay) ? refYear : refYear - 1;
  return validDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * A day and month printed without a year ("2 Mar", "Mar 2", Squarespace's blog date), dated by the
 * year of a permalink in `addresses` (a page's links, or all its text) that names the same month and
 * day ("/news/2027/3/2/…"): the year is the page's own, never a guess from the clock.
 */
export function yearlessDayByPermalink(line: string, addresses: string, lang?: string | null): string | null {
  const dayMonth = dayAndMonthAlone(line, lang);
  if (!dayMonth) return null;
  const { day, month } = dayMonth;
  for (const p of addresses.matchAll(PERMALINK_DAY)) {
    const year = Number(p[1]);
    if (Number(p[2]) === month && Number(p[3]) === day && validDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}
