/**
 * Recognizers for the junk that scrapers and page templates leave around an article.
 * Each works on one block (a line or a paragraph) and says what kind of junk it is, if any.
 * Length alone never decides: short content sentences and subheadings must survive.
 */
import { holdsAnyOf, opensWithAnyOf } from './phrase-sets.js';
import { isOwnScriptChrome } from './script-labels.js';
import { eitherCase, TEMPERATURE } from './text-utils.js';
import { matcher } from './pattern-matcher.js';
import { hasLetterCase } from '../words.js';

/** A bell, a siren or a ball before a promo or a heading; "©", "®" and "™" are pictographs to Unicode but open an imprint. */
const LEADING_PICTOGRAPHS = /^(?:(?:(?![©®™])\p{Extended_Pictographic}|[\u{FE0F}\u{200D}])+\s*)+/u;
/** A side's sheet after its name, maybe introduced in Dutch, German, French, Spanish, Italian or Portuguese. */
const TEAM_SHEET = /^(?:(?:opstelling|aufstellung|composition|alineación|formazione|escalação)\s+)?\p{Lu}[\p{L}\d .'’&-]{1,40}(?:\s\(\d(?:-\d){2,4}\))?:\s+(.+)$/iu;

/** Social networks and share targets, as share bars name them. */
/** The signature of a post's embedded tweet, as text: "— Janakpur Bolts (@JanakpurBolts) November 22, 2026". */
export const POST_SIGNATURE = /^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
const SOCIAL = String.raw`facebook|twitter|x \(twitter\)|x \(formerly twitter\)|x|whatsapp|linkedin|e-?mail|e-pošta|e-posta|e-post|e-pasts|sähköposti|telegram|pinterest|reddit|threads|bluesky|instagram|youtube|tiktok|messenger|flipboard|mastodon|xing|courriel|print|drucken|imprimer|imprimir|stampa|copy link|link kopieren|copier le lien|vkontakte|вконтакте|одноклассники|line|wykop|kopiuj link|kopiera länk|skriv ut|drukuj|tisknout|печать|yazdır|salin tautan|zkopírovat odkaz|bağlantıyı kopyala`;

/**
 * Appeals for money or a subscription, and the notices of a paywall: "Support independent local
 * journalism", "Cet article est réservé aux abonnés", "Jetzt spenden", "¿Ya eres suscriptor?".
 */
const APPEAL_HEADINGS = [
  String.raw`(support|fund|sustain) (our|independent|local|quality|nonprofit|public[- ]interest|this)( \w+)? (journalism|reporting|newsroom|work)`,
  String.raw`become a (member|subscriber|supporter|patron)|subscribe to (continue|keep) reading|(get|enjoy|unlock) (full|unlimited|digital|premium) access`,
  String.raw`soutenez (notre|le|un) journalisme|faites un don|(abonnez-vous|je m'abonne|je m’abonne) pour (lire|continuer)|cet article est réservé aux abonnés`,
  String.raw`unterstützen sie (unseren|unabhängigen|guten|lokalen) journalismus|jetzt spenden|jetzt (abo )?abschließen|(dieser )?(artikel|beitrag) ist (nur |exklusiv )?für abonnent(en|innen)`,
  String.raw`apoya (el|nuestro) periodismo|haz una donación|hazte (socio|suscriptor|miembro)|suscr[ií]bete para (seguir|continuar) leyendo|este (contenido|artículo) es exclusivo para (suscriptores|socios)`,
  String.raw`sostieni (il|il nostro) giornalismo|fai una donazione|abbonati per (continuare|leggere)|(questo )?(articolo|contenuto) (è )?riservato agli abbonati`,
  String.raw`apoie o jornalismo|faça uma doação|torne-se (membro|assinante|apoiador)|assine para (continuar|ler)|(conteúdo|matéria|artigo) exclusiv[oa] para assinantes`,
  String.raw`steun (onze|onafhankelijke|goede) journalistiek|doneer( nu| vandaag)?|word (abonnee|lid)|(dit artikel is )?(alleen|exclusief) voor abonnees`,
];
const APPEAL_HEADING = new RegExp(`^(${APPEAL_HEADINGS.join('|')})\\b.{0,40}$`, 'i');
/** A donation or subscription appeal's heading or button, alone on its line: "Become a member", "Jetzt spenden". */
export function isAppealHeading(line: string): boolean {
  return APPEAL_HEADING.test(line.trim());
}

const APPEALS: RegExp[] = [
  // "Join the Bula Sports Zone Viber community ... Tap here to join.", "Sumate a nuestro canal de WhatsApp.".
  /\b(join|follow|sumate a|únete a|unite a|entre (no|em) nosso|rejoignez|folgen sie)\b.{0,60}\b(whatsapp|viber|telegram|signal)\b.{0,40}\b(channel|community|group|canal|comunidad|grupo|comunidade|chaîne|kanal)\b|\btap here to join\b/iu,
  // "Get the Standard’s science stories first on our WhatsApp channel."
  /^(get|read|receive|see|find) (the|our|all|every|breaking|the latest|more)\b.{0,80}\b(stories|news|updates|headlines|alerts|coverage|scores|results)\b.{0,30}\bon our (whatsapp|viber|telegram|signal) (channel|community|group)\b/iu,
  // "❤️ Like what we do? Support independent Fiji sports media — from FJ$5 a month."
  /^\W*(like|love|enjoy|value)(d)? what (we do|you('| a)re reading|you read)\?|(^|[?!.]\s+)support (independent|local) ([\p{L}-]+ ){0,3}(journalism|media|news|reporting)\b/iu,
  // "Never miss a stage", "Race reports from every Rwandan road, straight to your inbox."
  /^never miss an? [\p{L}-]+( again)?[.!]?$|\bstraight (to|into) your (inbox|phone|feed)[.!]?$/iu,
  // "¿Querés recibir los resultados de la Liga en tu celular?"
  /^¿\s*(querés|quieres|quiere) recibir\b.{0,100}\b(celular|correo|e-?mail|whatsapp|teléfono)\b/iu,
  new RegExp(`^(${APPEAL_HEADINGS.join('|')})\\b.{0,80}$`, 'i'),
  /^(donate|give|contribute|support us|spenden|faire un don|donar|dona|doe|doneer)( now| today| here| jetzt| ora| agora| nu)?[.!]?$/i,
  /\b(make|consider making|please consider) a (tax[- ]deductible |one[- ]time |monthly |small |recurring )?(donation|contribution|gift)\b/i,
  /\b(rely|relies|depend|depends) on (readers|members|donations|the support of (readers|people)|support from readers)( like you)?\b/i,
  /\b(is|are|['’]re) (100% )?(reader|member|listener)[- ](funded|supported)\b/i,
  // "If you value reporting that holds polluters accountable, chip in $5 a month."
  /\bchip in (?:\$|£|€|us\$)?\d+\b.{0,40}$/i,
  // A post's closing share prompt and a share plugin's buttons as text: "Like this article? Share it
  // with your friends!", "Click to share on Facebook (Opens in new window)".
  /^(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:article|story|post|piece|read)\?\s*(?:please )?(?:share|pass|forward|tell)\b.{0,60}$/i,
  /^click to (?:share|print|email)\b.{0,60}$/i,
  // A newsletter box's consent line: "We use your sign-up to provide content in ways you've consented
  // to …", "You can unsubscribe at any time."
  /\bwe use your sign-?up to provide content\b|(?:^|[.!]\s+)(?:you can )?unsubscribe (?:at )?any ?time\.?$/i,
  // The newsletter box's heading: "Get the Ledger in your inbox", "Get our morning briefing delivered to your inbox".
  /^(?:get|receive) (?:the |our )?[\p{L}\d&'’ -]{1,40} (?:in|into|delivered to|sent to) your inbox[.!]?$/iu,
  // A syndication notice: "… website contains only a portion of the news stories offered to
  // subscribers …. Please contact us for subscription options."
  /\bcontains only a (?:portion|selection|part) of the (?:news )?(?:stories|articles|content)\b|\bcontact us for (?:subscription|licensing|syndication|reprint) (?:options|information|details|rights)\b/i,
  /\bbecome a (paying |free )?(member|subscriber|supporter|patron)\b.{0,60}\b(inbox|newsletter|every (story|investigation|article|issue|episode)|support (us|our))/i,
  // "Our journalism is free for everyone, because our supporters pay for it. Become a supporter from $5 a month."
  /\b(our|this|the) (journalism|reporting|work|site) (is|stays|remains) (free|open) (for|to) (everyone|all|all readers)\b.{0,60}\b(supporters|readers|members|donors)\b|\bbecome an? (?:[a-z'’]+ ){0,2}(member|subscriber|supporter|patron|friend) (from|for) (?:[a-z]{0,2}\$|£|€)?\s?\d/i,
  // A comment box's disclaimer: "Los comentarios publicados son de exclusiva responsabilidad de sus
  // autores", "Comments are the sole responsibility of their authors".
  /^(los )?comentarios (publicados )?son (de )?(exclusiva )?responsabilidad de (sus|los) autores\b|^comments (posted )?(are|remain) the (sole )?responsibility of (their|the) (authors|posters|writers)\b/i,
  /\b(available|reserved|exclusive) (only )?(to|for) (paying )?(subscribers|members|premium (subscribers|members))\b/i,
  /\balready (a )?(subscriber|member)\?|\byou('ve| have) (reached|used|read) (your|all( of)? your|the) (limit|free articles|\d+ free)/i,
  // "To read this article in full you must be registered with the site."
  /^to (read|continue reading|access|view) (this|the( full)?) (article|story|content|page)\b.{0,60}\b(subscri\w*|regist\w*|sign in|log in|logged in|members?)\b/i,
  // The meter in other languages: "Vous avez lu 2 articles gratuits ce mois-ci", "Sie haben 3 von 5 Artikeln gelesen".
  /\b(vous avez lu|sie haben( bereits)?|has leído|ha leído|hai letto|você (já )?leu|je hebt( al)?)\s+\d+\s+(von \d+\s+|de \d+\s+|di \d+\s+|van de \d+\s+)?((kostenlose[nm]?|gratuit[oa]s|gratis|gratuiti)\s+)?(articles?|artikel\w*|artículos|articoli|artigos|matérias)\b/i,
  /\b(réservée? aux abonnés|déjà abonnée?\s?\?|pour lire la suite de cet article|soutenez (notre|le) journalisme|faites un don\b)/i,
  /\b(nur für abonnent(en|innen)|sie sind bereits abonnent|bereits abonniert\?|unterstützen sie (unseren|unabhängigen) journalismus|mit einer spende\b|weiterlesen mit \S+\s?(plus\b|\+))/i,
  /\b(exclusivo para (suscriptores|socios)|apoya el periodismo|haz una donación|suscr[ií]bete para seguir leyendo)|¿ya eres (suscriptor|socio)\?/i,
  /\b(riservat[oa] agli abbonati|sei già abbonato\?|sostieni il giornalismo|fai una donazione|abbonati per continuare)/i,
  /\b(exclusiv[oa] para assinantes|já é assinante\?|apoie o jornalismo|faça uma doação|assine para continuar)/i,
  /\b(alleen voor abonnees|exclusief voor abonnees|ben je al abonnee\?|steun (onze|onafhankelijke) journalistiek)/i,
];

/** A theme's label of the link to the previous post, and of the link to the next one, in the languages read. */
export const PREVIOUS_POST = String.raw`previous (?:post|article|story)|articolo precedente|article précédent|artículo anterior|artigo anterior|vorheriger (?:beitrag|artikel)|vorige (?:post|artikel|bericht)|poprzedni (?:wpis|artykuł)|föregående (?:inlägg|artikel)|předchozí (?:článek|příspěvek)`;
export const NEXT_POST = String.raw`next (?:post|article|story)|articolo successivo|article suivant|artículo siguiente|próximo artigo|nächster (?:beitrag|artikel)|volgende (?:post|artikel|bericht)|następny (?:wpis|artykuł)|nästa (?:inlägg|artikel)|další (?:článek|příspěvek)`;

/** "Share" in the seven languages, as it labels a row of share buttons. */
const SHARE_WORD = String.raw`(?:share|teilen|partager|partagez|compartir|comparte|condividi|compartilhe|compartilhar|partilhe|partilhar|delen|deel|dela|del|jaa|jaga|deli|podijeli|podeli|dalintis|dalīties|megosztás|zdieľať|sdílet|udostępnij|paylaş|bagikan|kongsi|distribuie|comparteix|поделиться|поділитися|сподели|κοινοποίηση)`;

/** A press release's "About Acme: Acme is a ..." paragraph: a note about the sender, and where the release ends. */
const ABOUT_SENDER = /^[Aa]bout ([Tt]he )?\p{Lu}[^:]{1,60}:\s.{0,60}\b(is|are|was) (a|an|the|one of)\b/u;
/** A tabloid's "Share or comment on this article:": a note, and the start of the comment section. */
const SHARE_OR_COMMENT = /^share (or|and|&) comment (on )?(this|the) (article|story)\b.{0,3}$/i;
/** A comments section's heading in the languages read, with its count: "Commentaires (12)", "Diskuze (17)", "Komentarji (23)", "Σχόλια". */
const COMMENTS_HEADER =
  /^(?:commentaires?|kommentare?|comentarios?|commenti|commento|comentários?|reacties?|postings|leserkommentare|diskuze|diskuse|diskusia|diskusija|keskustelu|diskussion|komentáře|komentarze|kommentarer|komentar|comentarii|комментарии|yorumlar|σχόλια|komentarji|komentari|kommentit|kommentaarid|komentarai|komentāri|hozzászólások|kommentek|komentáre|коментари|коментарі|comentaris|athugasemdir|kommentaar|sylwadau|mezuak|iruzkinak|bình luận|ý kiến bạn đọc|maoni|mga komento|komente|tráchtanna|komen|kummenti|sharhi)(?: \(\d+\))?:?$/iu;

/**
 * The same chrome in Swedish, Danish, Norwegian, Polish, Czech, Russian, Turkish, Greek and Indonesian. Word ends are
 * lookarounds: `\b` only knows ASCII letters.
 */
const END = String.raw`(?![\p{L}\p{N}])`;
/** The label over a writer's bio in the languages whose label is read both before the bio's text and alone. */
const BIO_LABELS = String.raw`über (den|die) autor(in|en)?|à propos de l[’']auteur|sobre (el|la|o|a) autora?|sobre (los|las|os|as) autor(es|as)`;
const OTHER_LANGUAGES: RegExp[] = [
  // Cookie notices and their buttons.
  new RegExp(String.raw`(używa(my)?|wykorzystuje(my)?|stosuje(my)?) (plik(i|ów) )?cookie|ciasteczk|(vi |webbplatsen |sajten )?använder (kakor|cookies)|kakor \(cookies\)|vi (bruger|bruker) (cookies|informasjonskapsler)|(используем|использует) (файлы )?cookie|файл(ы|ов) cookie|çerez(ler|leri)?(i)? kullan|çerez politika|(χρησιμοποιεί|χρησιμοποιούμε) (τα )?cookies|menggunakan (cookie|kuki)|používá .{0,60}cookie|(soubory|soubor) cookie|notar vafrakökur|vafrakökur til|gebruik koekies|koekiebeleid|sử dụng cookie|chính sách cookie|defnyddio cwcis|cookieak erabiltzen|hutumia (vidakuzi|cookies)|gumagamit (ng|kami ng) cookies?|përdor(im|në)? cookies?`, 'iu'),
  new RegExp(String.raw`^(akceptuję|akceptuj( wszystkie)?|zgadzam się|przejdź do serwisu|godkänn( alla)?|acceptera( alla)?|accepter( alle)?|godta( alle)?|принять( все)?|согласен|ok|kabul et|kabul ediyorum|αποδοχή( όλων)?|αποδέχομαι|setuju|terima( semua)?|rozumím|souhlasím|přijmout( vše)?)[.!]?$`, 'iu'),
  // Consent notices about personal data ("zapoznaj się z informacją o przetwarzaniu danych osobowych (RODO)").
  new RegExp(String.raw`(przetwarzani\p{L}* (twoich )?danych osobowych|\(RODO\)|behandling av (dina )?personuppgifter|обработк\p{L}* персональных данных|kişisel veriler\p{L}*|επεξεργασία (των )?προσωπικών δεδομένων|pemrosesan data pribadi|zpracování osobních údajů).{0,200}(zapoznaj|przejdź|zgod|akceptuj|godkänn|samtyck|согла|kabul|αποδ|setuj|souhlas|pokračov)`, 'iu'),
  // Share rows and labels.
  new RegExp(String.raw`^(udostępnij|dela|del artikel|del artikkel|поделиться|paylaş|κοινοποίηση|κοινοποιήστε|μοιραστείτε|bagikan|sdílet|sdílejte)( (artykuł|artikeln|статьей|haberi|το άρθρο|artikel|článek|na|på|в|on))*\s*[:!.]?$`, 'iu'),
  // "Read also" lines with the headline after them, and headers over lists of other stories.
  new RegExp(String.raw`^(czytaj (także|też|również|więcej)|zobacz (też|także|również)|przeczytaj (też|także|również)|läs (också|även|mer)|se även|læs (også|mere)|les (også|mer)|читайте (также|ещё|еще|по теме)|смотрите также|[iİ]lgili haber(ler)?|ayrıca (bakınız|okuyun)|bunlar da ilginizi çekebilir|διαβάστε (επίσης|ακόμη|ακόμα)|δείτε (επίσης|ακόμη)|baca juga|lihat juga|simak (juga|video)|čtěte (také|též|dále)|přečtěte si (také|též)|související články?|zie ook|lue (myös|lisää)|loe (ka|lisaks)|taip pat skaitykite|skaitykite (taip pat|daugiau)|lasi(et)? arī|citește (și|mai mult)|citiți și|vezi și|olvassa el|kapcsolódó( cikk(ek)?)?|ezt is olvasta|pročitajte (još|i|također|takođe|više)|povezan[ao]|preberite (tudi|še)|preberi (tudi|še)|prečítajte si (aj|tiež)|čítajte (aj|tiež)|súvisiace( články)?|читайте також|прочетете (още|също)|вижте (още|също)|llegeix (també|més)|també et pot interessar|le (tamén|máis)|lestu (einnig|líka|meira)|lees ook|lees meer|xem thêm|đọc thêm|darllenwch (hefyd|fwy)|irakurri (ere|gehiago)|soma (pia|zaidi|pia habari hii)|basahin (din|rin|ang)|lexo (edhe|gjithashtu|më shumë)|léigh (freisin|tuilleadh|níos mó)|aqra (wkoll|ukoll)|liest och)${END}.{0,120}$`, 'iu'),
  // "Follow us on Google News" in the languages read: "Urmărește … pe Google News!", "Sledite nam na Google News".
  // (Indonesian's and Tagalog's, and the prompt with a chat channel after it, are read by googleNewsPrompt.)
  new RegExp(String.raw`^.{0,60}\b(on|pe|na|auf|sur|en|su|em|op|på|w|v|в|στο)\s+google news!?$`, 'iu'),
  // Comment sections and forms.
  COMMENTS_HEADER,
  new RegExp(String.raw`^(dodaj komentarz|skomentuj|skriv en kommentar|kommentera|оставить комментарий|оставьте комментарий|yorum (yaz|yap)|γράψτε (το )?σχόλιο|tulis komentar|vstoupit do diskuse|přidat komentář|napsat komentář)${END}`, 'iu'),
  // A call for readers' photos or tips with the newsroom's number, in the languages read: "Aveți fotografii
  // sau informații de la inundații? Trimiteți-ni-le pe WhatsApp la 0745 218 904.", "Got photos or video of the flows? WhatsApp the newsroom on …"
  new RegExp(String.raw`^(?:¿\s*)?(?:aveți|aveti|ai|tienes|tiene|tenés|vous avez|avez-vous|haben sie|hast du|hai|avete|tem|você tem|heb je|heeft u|har du|har ni|masz|macie|máte|imate|got|have you got|do you have)\s+(?:\p{L}+\s+){0,2}(?:fotografii|fotos?|foto's|photos|pictures|videos?|footage|bilder|zdjęcia|fotky|informații|informaţii|información|informations?|informationen|informazioni|informações|informatie|hinweise|tips?|une info|una segnalazione)${END}.{0,200}(?:whatsapp|telegram|@|\d{3}[\s.-]?\d{3})`, 'iu'),
  // A call for readers' tips with the newsroom's address: "Tips oss! Send tips, bilder og video til tips@… eller SMS 2250."
  new RegExp(String.raw`^(tips oss|tipsa oss|tip os|vinkkaa (meille|toimitukselle))${END}.{0,200}(@|\bsms\b|\be-?post\b|\bmail\b|\btelefon\b|\bring\b|\d{4})`, 'iu'),
  // Tags, topics and keywords.
  new RegExp(String.raw`^(tagi|tagi artykułu|taggar|ämnen( i artikeln)?|emner|теги|метки|etiketler|ετικέτες|tag|topik|témata|štítky|tagy|oznake|značke|tagit|avainsanat|sildid|märksõnad|žymos|birkas|címkék|etichete|etiquetes|тагове|мітки|efnisorð|merki|etikette|sleutelwoorde|từ khóa|tagiau|gako-hitzak|etiketak|vitambulisho|etiketa|etiketat|clibeanna|mga tag|tikketti|teqlər|teglər)\s*:`, 'iu'),
  // Labels that are also words of prose ("Tema", "Temas", "Themen"): only over a short list that ends no sentence.
  new RegExp(String.raw`^(mer om|mere om|aiheet|asiasanat|tema|temaer|temat|tematy|emneord|stikkord|stikord|nøkkelord|nøgleord|themen|schlagw(ö|o)rte(r)?|stichw(ö|o)rte(r)?|etiquetas|palabras clave|mots[- ]clés|thèmes|sujets|argomenti|parole chiave|tópicos|temas|assuntos|palavras-chave|trefwoorden|onderwerpen|konular|anahtar kelimeler|témy|kľúčové slová|klíčová slova|teme|teemad|tēmas|temos|témák|kulcsszavak|subiecte|cuvinte cheie|teman|nyckelord|теми|темы|теме|ключевые слова|θέματα|λέξεις-κλειδιά|kata kunci|słowa kluczowe|onderwerpe|temaoj|pynciau|gaiak|mada|paksa|ábhair|suġġetti)\s*:\s*[^.!?:;]{1,160}$`, 'iu'),
  new RegExp(String.raw`^(tagi|taggar|ämnen i artikeln|теги|etiketler|ετικέτες|štítky|témata|oznake|značke|tagit|avainsanat|sildid|žymos|birkas|címkék|etichete|etiquetes)$`, 'iu'),
  // Rights notices.
  new RegExp(String.raw`wszelkie prawa zastrzeżone|alla rättigheter förbehållna|alle rettigheder forbeholdes|alle rettigheter reservert|все права защищены|при (пере)?печатке|tüm hakları saklıdır|izinsiz kullanılamaz|επιφύλαξη (παντός|όλων των) δικαιωμ|hak cipta|všechna práva vyhrazena`, 'iu'),
  // Photo credits.
  new RegExp(String.raw`^(fot\.|fot:|zdjęcie:|фото:|fotoğraf:|φωτογραφία:|φωτο:|foto:|kuva:|mynd:|ảnh:|llun:|picha:|argazkia:|larawan:|grianghraf:|sawir:|fotó:|nuotr\.|слика:|снимка:|снимки:|світлина:|фотография:)\s*\S.{0,100}$`, 'iu'),
  // Site navigation.
  new RegExp(String.raw`^(strona główna|startsida|forside|forsiden|главная|anasayfa|ana sayfa|αρχική|beranda|domů|úvod)( [|»>/·•›].*)?$`, 'iu'),
  new RegExp(String.raw`^(zaloguj( się)?|logga in|log ind|logg inn|войти|вход|giriş( yap)?|σύνδεση|masuk( / daftar)?|přihlásit( se)?|prenumerera)$`, 'iu'),
  // Video labels: "Zobacz wideo", "Смотрите видео".
  new RegExp(String.raw`^(watch|play) (the )?video|^(zobacz|obejrzyj) (wideo|film|galerię|zdjęcia)|^(se|titta på) (video|videon|klippet)|^смотрите видео|^(videoyu )?izle|^(δείτε|παρακολουθήστε) το βίντεο|^(tonton|simak) video|^(přehrát|podívejte se na) video`, 'iu'),
  // Most-read boxes, follow-us prompts, support appeals, "found an error?" notices.
  new RegExp(String.raw`^(najczęściej czytane|najpopularniejsze|mest lästa?|самое (читаемое|популярное)|популярное|en çok okunan(lar)?|çok okunanlar|τα πιο δημοφιλή|δημοφιλή|πιο διαβασμένα|terpopuler|berita terkait|nejčtenější|nejčtenější články)$`, 'iu'),
  new RegExp(String.raw`^(подписывайтесь|подпишитесь|підписуйтеся|підписуйтесь|підпишіться|стежте за нами|абонирайте се|последвайте ни|obserwuj nas|följ oss|følg os|følg oss|takip edin|ακολουθήστε μας|ikuti (kami|berita terkini)|sledujte nás|(za)?pratite nas|urmărește-ne|abonează-te|kövess(en)? minket|iratkozz(on)? fel|theo dõi (chúng tôi|báo))${END}.{0,120}$`, 'iu'),
  new RegExp(String.raw`ctrl\s*\+\s*enter|podpořte (nezávislou|naši) žurnalistiku|wesprzyj (nas|niezależne dziennikarstwo)|stöd (oberoende )?journalistik|поддержите (нас|редакцию)`, 'iu'),
  // A call to support the newsroom, opening its line or after a question: "Te-a ajutat acest articol?
  // Susține jurnalismul local cu o donație lunară …".
  new RegExp(String.raw`^([^.?!]{0,60}\?\s+)?(støt (uafhængig |lokal )?journalistik|støtt (uavhengig |lokal )?journalistikk|susține(ți)? jurnalismul|sprijină jurnalismul|unterstützen sie (unabhängigen |lokalen )?journalismus|soutenez (le journalisme|l['’]information locale)|apoya (el|al) periodismo|sostieni (il giornalismo|l['’]informazione)|apoie o jornalismo|steun (onafhankelijke |lokale )?journalistiek)\b.{0,160}$`, 'iu'),
  // A paywall's notice over the story: "Thank you for reading! Please log in, or sign up … to continue reading."
  /^.{0,40}\b(log in|sign in|sign up|subscribe|register|purchase a subscription)\b.{0,120}\bto (continue|keep) reading\b.{0,40}$/i,
  // A consent banner's opening and an outlet's advertising link: "We care about the protection of your data.", "Advertise with Aotearoa Now".
  /^we (care about|value|respect) (the protection of )?your (data|privacy)\b.{0,200}$|^advertise (with|on) (us|[\p{Lu}][\p{L}'’ ]{0,40})$/iu,
  // "Do you have a question about this story? Contact the … team."
  // "Have a tribute to share? Send it to tributes@…", "Got a photo to share? Email …".
  /^(do you have|have you got|got|have) (a|an|any) (question|story|tip|comment|[\p{L} ]{2,30} to share)\b.{0,40}\?\s*(contact|email|e-mail|get in touch|write to|send)\b.{0,100}$/iu,
  // The audio player's label: "Listen to this article 4 min", "Lyssna på artikeln 4 min", "Artikel anhören".
  /^(listen to (this|the) (article|story)|lyssna på artikeln|artikel (an)?hören|écouter (cet|l['’]) ?article|escuchar (esta noticia|el artículo|este artículo)|ascolta (l['’] ?articolo|questo articolo)|ouvir (o artigo|esta notícia|este artigo)|luister naar (dit|het) artikel|posłuchaj (artykułu|tego artykułu)|lyt til artiklen|hør (på )?artikkelen|kuuntele artikkeli)(\s*[·|:–-]?\s*\d+(\s*(min\w*|minuter|minutes?)|:\d\d))?\.?$/iu,
  // A blog's search box and the widget's credit: "Search This Blog", "Powered by 24liveblog".
  // (Word characters, not a letter class: with \p{L} here the list's combined pattern ran 40% slower.)
  /^search (this|the) (blog|site|website)$|^powered by [\w.-]{2,30}( [\w.-]{2,30})?\.?$/i,
  // The pointer to a live blog under the story: "Follow our live updates below for the latest …".
  /^(follow|see|read|get) (our|the) live (updates|blog|coverage)\b.{0,140}$/i,
  // The player's controls and its note: "Play 0:00 / 5:12 1x", "Audio is generated from the text of this article.", "Voiced by Amazon Polly".
  /^(play|pause|▶|►)?\s*\d{1,2}:\d\d\s*\/\s*\d{1,2}:\d\d(\s*(\d(\.\d+)?\s*[x×]|speed))?$/iu,
  /^((this|the) )?(audio|narration|voice(over)?)( version)? (is|was|has been) (generated|produced|created|read)\b.{0,140}$|^voiced by amazon polly\b.{0,40}$|^(this )?(article|story) (is|was) (narrated|read) by (ai|an ai voice|artificial intelligence|an automated voice)\b.{0,100}$/i,
  // A newspaper chain's article furniture: "This advertisement has not loaded yet, but your article
  // continues below.", "You can save this article by registering for free here."
  /^this advertisement has not loaded yet\b.{0,60}$|^you can save this article by registering\b.{0,100}$/i,
  // "Veja mais notícias da região no Correio Sul-Mineiro": a pointer to the site's other stories.
  /^(veja|leia|confira) mais (notícias|matérias|sobre)\b.{0,80}$|^(lee|ver|mira) más noticias\b.{0,80}$|^(voir|lire) plus d['’](actualités|articles)\b.{0,80}$/iu,
  // A newsletter's section label over its lead story, and its editor's sign-off: "TODAY'S TOP STORY", "— Meg Lawson, editor".
  /^(today['’]s|this week['’]s|our) top stor(y|ies)$|^top stor(y|ies)$/i,
  /^[—–-]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s*(editor|managing editor|executive editor|editor-in-chief|publisher|founder)\b.{0,30}$/iu,
  // A nonprofit newsroom's republishing offer: "Republish this story.", "… free to republish under a Creative Commons license."
  /^republish (this|our) (story|article)\b.{0,30}$|\b(free to republish|republish (it|our (stories|articles|reporting)) for free)\b.{0,200}$|^(this|our) (story|article|reporting|journalism|work) (is|are) (published|available|licensed) under (?:(a|the) )?creative commons\b.{0,240}$/i,
  // "Follow The Kingston Observer on Medium for more stories …".
  /^follow .{1,60} on (medium|substack|ghost)\b.{0,100}$/i,
  // A paywall's or an expander's "keep reading" line: "Sigue leyendo con Diario del Turia", "Continue reading".
  /^(continue reading|keep reading|read the full (story|article)|sigue leyendo|seguir leyendo|continúa leyendo|lire la suite|continuer (la )?lecture|weiterlesen|jetzt weiterlesen|continua a leggere|leggi (tutto|l['’]articolo completo)|continue a ler|continuar lendo|lees verder|czytaj dalej|läs vidare|læs videre|les videre|jatka lukemista)\b.{0,60}$/iu,
  // A newsletter's pitch: "… varje tisdag får du de viktigaste näringslivsnyheterna … direkt i din inkorg."
  /\b(direkt i din inkorg|direkte i (din )?innboks(en)?|direkte i din indbakke|direkt in (dein|ihr) postfach|directement dans votre (boîte|messagerie)|directamente en tu (bandeja|correo|buzón)|direttamente nella tua (casella|e-?mail)|direct in (je|uw) (inbox|mailbox)|diretamente (no seu|na sua) (e-?mail|caixa)|prosto na (twoją )?skrzynkę)\b.{0,30}$/iu,
  // "Följ ämnen och få notiser när något nytt publiceras", "Follow topics and get notified …".
  /^(följ (ämnen|ämnet|skribenten)|follow (topics|this topic|the topics|the author)|folgen sie (diesem thema|den themen))\b.{0,100}$/iu,
];

/** News agencies credited at the foot of a story: "(With AFP)", "mit Material von dpa". */
const CREDIT_AGENCY = String.raw`(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|agences|agencias|agências|agenzie|agenturen|nachrichtenagenturen|europa press|kna|epd|apa|associated press|agence france-presse|bloomberg)`;

/** Social networks a "Follow us on ..." line names. */
/**
 * A site saying it is on a messaging network now, in the languages read: "is now (also) on WhatsApp",
 * "gibt's jetzt auch auf WhatsApp", "est désormais sur WhatsApp", "ya está en WhatsApp", "è anche su
 * WhatsApp", "nu ook op WhatsApp", "finns nu på WhatsApp", "jest już na WhatsAppie".
 */
const NOW_ON_NETWORK = /(?:\bis now (?:also )?on|\bgibt['’]?s (?:jetzt |nun |ab sofort )(?:auch )?auf|\bgibt es (?:jetzt |nun |ab sofort )(?:auch )?auf|\b(?:ist|sind) (?:jetzt|nun|ab sofort) (?:auch )?auf|\best (?:désormais|maintenant|aussi) (?:aussi |présente? )?sur|\b(?:ya|ahora) (?:también )?(?:está|estamos) en|\bè (?:ora |anche |adesso )(?:anche )?su|\b(?:agora|já) (?:também )?(?:está|estamos) no|\bnu ook op|\b(?:finns|är) (?:nu|numera) (?:även |också )?på|\bjest (?:już|teraz) (?:też |także )?na) (?:whatsapp|telegram|viber|signal)/u;
const MAX_NOW_ON_NETWORK_CHARS = 200;
/** The networks NOW_ON_NETWORK names, looked for first: that pattern's alternatives would be tried at every word of every short line. */
const MESSAGING_NETWORK = /whatsapp|telegram|viber|signal/u;
const FOLLOW_NETWORKS = String.raw`(?:x|twitter|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|telegram|mastodon|flipboard|google news|google actualités|snapchat)`;

/**
 * What publishers append to every article, whatever its length up to a long paragraph: standards and
 * trust lines, an agency's description of itself, gambling and helpline notices, "Got a story?"
 * appeals, comment policies, company registration lines, correction notes, print-edition notes,
 * agency credits and press-release contacts and "About" paragraphs. Each is a notice about the page, never news.
 */
const PUBLISHER_NOTES: RegExp[] = [
  // A newsletter's opening and closing words: "👋 Evening, Whitehorse. One story tonight …", "Good
  // morning, . A supermarket story leads today …", "What did you think of tonight's edition?".
  /^(?:good )?(?:morning|evening|afternoon)\b[^.!?]{0,40}[.!?]\s.{0,160}\b(?:story|stories|edition|issue|newsletter)\b.{0,200}$/iu,
  /^what did you think of (?:today['’]s|tonight['’]s|this|this week['’]s) (?:edition|issue|newsletter|email)\b|^log ?in or subscribe to participate in polls\b/i,
  POST_SIGNATURE,
  // A mailing list's footer under a newsletter's text: "Our mailing address is: …", "Want to change how
  // you receive these emails? You can update your preferences or unsubscribe from this list."
  /\bour mailing address is\b|\bwant to change how you receive these e-?mails\b|\b(?:update your preferences|unsubscribe from this list)\b|^you are receiving this e-?mail because\b/i,
  // A newsletter's word to its readers around the story: "Kia ora koutou, and welcome to the 41 new
  // subscribers …", "Got a tip? Just reply to this email.", "Paid subscribers: listen to …".
  /^(?:hi|hello|hey|hiya|morning|good morning|kia ora|dear)\b[^.!?]{0,60}\bwelcome to (?:the |all |our )?(?:\d[\d,]* )?new (?:subscribers|readers|members)\b/i,
  /\b(?:just |simply )?(?:reply|respond) to this (?:e-?mail|newsletter)\b/i,
  /^paid (?:subscribers|members|supporters)\s*:/i,
  // "This story was supported by a grant from the ... Fund.", "This reporting is funded by ...".
  /^this (article|story|report|reporting|series|project|coverage) (was|is|has been) (supported|funded|made possible|paid for) (by|through|with|in part by) .{3,200}$/i,
  // A newsletter's sponsor for the issue: "This week's Almanac is supported by Claris Hardware & Fuel – …",
  // "Today's edition is brought to you by …".
  /^(?:[Tt]his (?:week|month)['’]s|[Tt]oday['’]s|[Tt]onight['’]s|[Tt]his) (?:edition|issue|newsletter|email|episode|briefing|digest|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) is (?:supported|sponsored|brought to you|presented|made possible) by \p{Lu}.{0,200}$/u,
  // An obituary desk's note: "Obituaries in The Canadian Standard are independent news articles. To place a paid death notice, ...".
  /\b(paid|place an?) (death|funeral|memorial) notices?\b/i,
  // Wire credits closing a story: "Kamau reported from Nairobi. Esther Nyambura in Mombasa contributed to this report."
  /^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} reported from \p{Lu}[\p{L} -]{1,30}\.\s*)?.{0,120}\bcontributed (?:to this report|reporting|to this story)\b.{0,60}\.?$/iu,
  // An agency's or a colleague's share of the story, under it: "— With reports from the Philippine News
  // Agency", "— With inputs from WAM", "--- Additional reporting by …", "Met medewerking van ANP", "Źródło: PAP".
  /^[—–-]{0,3}\s*(?:with (?:reports|inputs|files|additional reporting|reporting) (?:from|by)|additional reporting (?:by|from)|met medewerking van|mitarbeit:|avec (?:l['’])?(?:afp|reuters|ap)\b|mit material von|con información de|com informações d[aeo]s?|с информация от|по информация на)\s*[^,.;:]{1,70}\.?$/iu,
  /^(?:źródło|fuente|fonte)\s*:\s*.{1,80}$/iu,
  // "(With inputs from PTI)", "(With inputs from agencies)": the wire's share, in brackets.
  /^\(\s*with (?:inputs|reports|files) from [^()]{2,60}\)\.?$/i,
  // "Like our Facebook page for more business news.", "Like us on Facebook".
  /^like (?:us|our (?:facebook )?page) (?:on facebook|for (?:more|the latest)\b).{0,60}$/i,
  // ("Like our Facebook page for race results from Canje to Port Mourant every weekend.")
  /^like (?:us on facebook|our facebook page) for\s.{3,90}$/i,
  // Romanian newsletter and notification pitches: "Înscrie-te aici pentru a primi cele mai noi știri",
  // "Primește notificări în timp real direct pe dispozitivul tău, abonează-te acum."
  /^(?:înscrie-te|abonează-te)\b.{0,80}(?:știri|noutăți|newsletter)|\b(?:primește|activează) notificări\b.{0,80}$/iu,
  // A social prompt under the story: "Share your views on this story on our Facebook page."
  /^(?:share|tell us) your (?:views|thoughts|opinion|comments)\b.{0,100}$/i,
  // WordPress's like button as text: "Like this:", "Like Loading...".
  /^like(?: this:| loading\.\.\.|\s*loading…)$/i,
  // "This article was produced by the Local Democracy Reporting Service, which is funded by the BBC ...".
  /^this (article|story|report) (was|is|has been) (produced|written|published|supplied|provided|made available) (by|through|under|as part of) .{3,200}$/i,
  // A note on how the piece was made: "This commentary draws in part on a closed-door roundtable held in …",
  // "This analysis is based on interviews with …".
  /^this (commentary|column|analysis|essay|article|piece|op-ed|report) (draws|is based|builds) (in part |partly |largely )?(on|upon) .{3,200}$/i,
  // A newsletter box's heading: "Get Meridian Weekly", "Sign up for The Track Desk Daily".
  /^(?:get|sign up for|subscribe to) (?:the |our )?\p{Lu}[\p{L}'’ &-]{0,40}\b(?:weekly|daily|newsletter|briefing|digest|bulletin|roundup)[.!]?$/iu,
  // A newsletter's pitch with its button: "Our experts on the week's biggest global stories, every Friday. Sign up".
  /^.{0,160}[.!?]\s+(?:sign up|subscribe)(?: (?:free|for free|now|here|today))?[.!]?$/i,
  // The imprint: "Registro DNDA en trámite. Propietario: ...".
  /^(registro (dnda|de propiedad intelectual)|propietario|editor responsable|director responsable)\s*[:.]?\s.{0,200}$|^registro dnda\b/iu,
  // "Our Standards: The Thomson Reuters Trust Principles.", "Read our editorial guidelines".
  /^(our|editorial) (standards|principles|guidelines)\s*:|\btrust principles\.?$/i,
  /^(learn more about|read( more about)?|see|find out more about) our (editorial |ethics |ethical )?(standards|guidelines|policy|policies|principles|corrections policy|code of (practice|conduct|ethics))\b.{0,60}$/i,
  // "The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, ..."
  /^(the )?\p{Lu}[\p{L}\d&.'’ -]{1,60} is (an?|the|one of the)( [\p{L},'’-]+){0,6} (news|media|journalism|broadcasting|publishing)( and [\p{L}-]+)? (organi[sz]ations?|agency|agencies|service|company|outlet|publisher|nonprofit|non-profit)\b.{0,80}\b(dedicated to|committed to|founded in \d{4}|founded \d{4}|since \d{4}|mission|trusted|fact|unbiased|independent|nonprofit|non-profit|nonpartisan)/iu,
  /^(the )?\p{Lu}[\p{L}\d&.'’ -]{1,60} is an? ([\p{L}-]+,? (and )?){0,4}newsroom( (that|which|based|covering|dedicated|founded|serving|focused)\b|[,.]|$)/iu,
  // Gambling notices: "18+ only. BeGambleAware.org. Please gamble responsibly.", "Glücksspiel kann süchtig machen".
  /\b(be)?gambleaware(\.org)?\b|\bgamcare\b|\bgamstop\b|1-800-gambler|\bjugarbien\.es\b|joueurs-info-service|check-dein-spiel|\bwhen the fun stops,? stop\b/i,
  /(^|[.:|]\s*)(please )?(gamble|bet|wager) responsibly\b|\b(18|21)\+\s*(only\b)?.{0,60}\b(gambl\w*|bet(ting)?|odds|casino|wager\w*|t&cs)\b|\b(gambl\w*|bet(ting)?|odds|casino)\b.{0,60}\b(18|21)\+/i,
  /\bgambling (can be|is|may be) addictive\b|\bgambling problem\?|\bjuega con responsabilidad\b|\bjogue com responsabilidade\b|\bgioca (in modo )?responsabil\w*|\bil gioco (è vietato ai minori|può causare dipendenza)|\bglücksspiel kann süchtig machen\b|\bjouer comporte des risques\b|\bwat kost gokken jou\b|\bspeel bewust\b|\bel juego en exceso (es perjudicial|puede causar)|\bprohibida la venta a menores de edad\b/i,
  // "Got a story? Email us at ...", "Have a news tip? ...", "Do you have a story for The Sun news desk?"
  /^(we pay for your stories!?\s*)?((got|have you got|do you have|have) (a|any) (confidential |breaking |local |business |sports? |community |[a-z]+ )?(story|news tip|tip|tips|news story|story idea|story to (share|sell|tell))|(do you )?know (more|something) about this (story|incident|case)|(do you )?have information about this (story|incident|case))\b.{0,40}[?:.!].{0,300}\b(email|e-mail|call|contact|whatsapp|get in touch|write to|message|send|tell us|let us know|hear from you|@)/i,
  /^(email|e-mail|send|share) (us )?(your )?(story ideas?|news tips?|tips?|stories)( and [\w ]{1,20})? (to|at|with us)\b.{0,120}$|\byou can whatsapp us\b|^(whatsapp|message) us on \+?\d/i,
  /^(vous avez (une info|un témoignage|une information)|haben sie (einen hinweis|hinweise|informationen)|sie haben (einen hinweis|hinweise)|¿tienes (una historia|información|un dato)|hai (una segnalazione|una notizia)|tem (uma (denúncia|sugestão|história))|heb je (een tip|nieuws))\b.{0,200}$/i,
  // Comment policies: "Comments are subject to our community guidelines", "The comments below have not been moderated."
  /\bcomments are subject to\b|\b(community|house|comment(ing)?|moderation|discussion) (guidelines|rules|policy|standards)\b.{0,60}\b(here|apply|can be (viewed|found|read))\b|^(please )?(read|see|review|check|follow) our (community|comment(ing)?|house|moderation|discussion) (guidelines|rules|policy|standards)\b/i,
  /\bthe comments below have not been moderated\b|\bviews expressed in the contents above are those of our users\b|\bby (posting|submitting|leaving) (a|your) comment,? you agree\b|^comments (are|have been) (closed|disabled|turned off|switched off)\b|^(share|tell us) what you think\b.{0,40}$/i,
  /\b(bitte beachten sie (unsere|die) (netiquette|kommentarregeln|community-richtlinien)|les commentaires sont soumis|(charte|règles) de (modération|la communauté)|normas de (participación|la comunidad)|regole della community|reacties worden gemodereerd)\b/i,
  // Company registration: "News Group Newspapers Limited in England No. 679215 Registered office: ..."
  /\bregistered (office|address)\s*:|\bregistered (in|at) (england|scotland|wales|northern ireland|ireland|england (and|&) wales)\b|\b(company|registration|registered|companies house) (no\.?|number|nr\.?)\s*:?\s*\d{5,}|\b(limited|ltd\.?|plc) in (england|scotland|wales)( (and|&) wales)? (no\.?|number)\s*\d|\bVAT (registration )?(no\.?|number)\s*:?\s*[A-Z]{0,2}\s?\d{6,}/i,
  /\bamtsgericht [a-zäöü-]+,? hrb ?\d|\bhrb ?\d{3,}|\brcs [a-zéè-]+ [ab]? ?\d{3} ?\d{3} ?\d{3}|\b(sas|sa|sarl|sasu|société anonyme) au capital (social )?de\b|\binscrita en el registro mercantil\b|\b(partita iva|p\.? ?iva):? ?\d{11}|\bkvk(-nummer)?:? ?\d{8}\b|\bcnpj:? ?\d/i,
  /^(published|owned|operated) by \p{Lu}[\p{L}\d&.'’ -]{1,60} (ltd|limited|plc|llc|inc|gmbh|ag|s\.a\.|sa|s\.l\.|b\.v\.|bv|group|media|newspapers)\.?$|^part of (the )?\p{Lu}.{1,80} (group|network|media group|family of (brands|titles|sites))\.?$/iu,
  // Corrections: "This article was amended on 3 June to correct ...", "An earlier version of this story misstated ..."
  /^this (article|story|piece|post|report|column|headline|photo caption|caption) (was|has been|had been|is being) (amended|corrected|updated|edited|changed|clarified)\b/i,
  /^an? (earlier|previous) version of this (article|story|report|piece|post|headline|caption)\b|^(correction|corrections|clarification|editor'?s note|editor’s note)s?\s*(\([^)]{1,30}\))?\s*[:—–-]\s*(.{0,40}\b)?(an? (earlier|previous) version|this (article|story|report|piece))\b/i,
  /^(cet article|l['’]article|cette dépêche) a été (modifié|corrigé|rectifié)(?![\p{L}\p{N}])|^(rectificatif|erratum)\s*:|^(dieser (artikel|beitrag|text)) wurde (am .{1,30} )?(korrigiert|berichtigt|geändert)\b|^in einer (früheren|vorherigen) (version|fassung) (dieses|des) (artikels|beitrags|textes)\b|^(korrektur|berichtigung|transparenzhinweis)\s*:|^(este artículo|esta noticia|esta nota) (fue|ha sido|se ha) (corregid|modificad)\w*|^una versión anterior de (este artículo|esta noticia|esta nota)\b|^(fe de (errores|erratas)|aclaración)\s*:|^(questo articolo|l['’]articolo) (è|e['’]) stato (corretto|rettificato|modificato)\b|^una versione precedente di questo articolo\b|^(rettifica|errata corrige)\s*:|^(este artigo|esta reportagem|esta matéria|este texto) foi (corrigid|alterad)\w*|^uma versão anterior (deste|desta) (texto|reportagem|matéria|artigo)\b|^(errata|correção)\s*:|^(dit artikel|dit bericht) is (aangepast|gecorrigeerd|gewijzigd)\b|^in een eerdere versie van dit (artikel|bericht)\b|^(correctie|rectificatie)\s*:/iu,
  // Print-edition notes: "A version of this article appears in print on ...". (A note that the article
  // first appeared elsewhere is an attribution readers keep.)
  /^a version of this (article|story) (appears|appeared) in print\b|^order reprints\b|^this (article|story) appeared in the .{1,60} (section|edition) of the print edition\b/i,
  // Agency credits: "(With AFP)", "Reporting by A; Editing by B", "Additional reporting by C in Paris",
  // and the writer's own closing credit: "Reporting by Frances Sablan.".
  new RegExp(String.raw`^\(?[-–—]?\s*(with|avec|mit material (von|der)|mit|con información de|con informaci[oó]n de|con informazioni d[ia]|com informações d[aeo]s?|com|met (informatie|materiaal) van)\s+(l['’]|la |el |de |os |as |the )?${CREDIT_AGENCY}(\s*(,|/|and|et|und|y|e|en|&)\s*${CREDIT_AGENCY})*\)?\.?$`, 'iu'),
  /^\(?([Aa]dditional |[Ee]xtra )?([Rr]eporting|[Ww]riting) by [^;]{2,120}([;,]\s*([Aa]dditional reporting|[Ww]riting|[Ee]diting|[Gg]raphics|[Cc]ompiled|[Rr]eporting|[Ff]act[- ]checking) by [^;]{2,120})+\)?\.?$|^\(?([Aa]dditional|[Ee]xtra) reporting (by|from) \p{Lu}[^.;]{1,120}\)?\.?$|^\(?[Ee]diting by \p{Lu}[^.;]{1,80}\)?\.?$|^\(?[Rr]eporting by \p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’ -]{1,30})?\)?\.?$/u,
  ABOUT_SENDER,
  // Press-release contacts and wire footers: "For interviews contact press@...", "Media enquiries: ...", "View original content: ...".
  /^(for|to arrange) (more information|further information|interviews?|media (enquiries|inquiries|requests)|press (enquiries|inquiries)|comment|an interview)\b.{0,120}(\b[\w.+-]+@[\w-]+\.[\w.]+\b|\+?\d[\d ().-]{7,}\d)/i,
  /^(media|press|news) (enquiries|inquiries|contacts?|office|relations|desk)\s*:\s*\S.{0,160}$/i,
  /^view (the )?original content( to download multimedia)?\s*:/i,
  SHARE_OR_COMMENT,
  // GOV.UK: "From: Foreign, Commonwealth & Development Office and The Rt Hon David Lammy MP".
  /^[Ff]rom:\s*\p{Lu}[^.!?]{2,200}$/u,
  // Helplines under stories on suicide or abuse; WhatsApp and Telegram channel promotions; follow prompts.
  // ("If you have been affected by problem gambling, support is available from …": or by a named harm, with help offered;
  // "If you have been affected by this story, the Fishermen's Mission offers …": or by the story itself.)
  /^if you (or someone you know )?(have been|are|were|'ve been) (affected|impacted) by ((any of )?(the )?(issues|topics|subjects?|matters|themes|events)\b|(this|the) (story|article|report)\b|[^.,]{1,60}, (support|help|advice) is available\b)|\bsamaritans can be contacted\b|\bcall or text 988\b/i,
  /^join (the )?\p{Lu}[\p{L}\d&.'’ -]{1,40} on (whatsapp|telegram)\b.{0,80}$/iu,
  new RegExp(String.raw`^(join|follow) (us on |our )?(whatsapp|telegram) (channel|community|group)\b|^(follow|get)\s.{1,60}\bon ${FOLLOW_NETWORKS}\b.{0,80}$`, 'i'),
  new RegExp(String.raw`^(suivez(-nous)?|folgen sie|síguenos|sigue a|seguici|segui|siga(-nos)?|volg (ons|\S+))\b.{0,60}\b(sur|auf|en|su|no|na|op|bei)\s+${FOLLOW_NETWORKS}\b`, 'i'),
  // AFP's closing initials: "bur-jm/sst", "mra/jj".
  /^[a-z]{2,5}(-[a-z]{2,5})?(\/[a-z]{2,5}){1,3}$/,
  // Wire footers: "This material may not be published, broadcast, rewritten or redistributed.", AP's note on
  // its funders, "Follow AP's coverage of ... at https://...".
  /\bmay not be (re)?published, broadcast, rewritten,? (or|and) redistributed\b|\b(is|are) solely responsible for all content\b|^find AP['’]s standards\b|^follow\s.{1,60}\bcoverage (of|at)\b.{0,120}$/i,
  // Disclaimers on opinion pieces: "Opinions expressed by Forbes contributors are their own."
  /^(the )?(views|opinions) expressed (in this (article|piece|column|commentary|op-ed|post)|here|by (contributors|columnists|the authors?|\p{L}+ contributors))\b.{0,30}\b(are (their|the author['’]?s?|his|her|those of)|do not (necessarily )?(reflect|represent))\b.{0,160}$/iu,
  // Article tools and what a newsletter box leaves behind: "Reuse this content", "Gift Article",
  // "Thank you for subscribing", "Invalid Email", "Email address SUBSCRIBE".
  /^(reuse this content|contact the (author|reporter|writer)|gift (this )?article|share full article|explore more on these topics|more on this story|get in touch|comments? \(?\d+\)?|(suggested |related )?topics:?|newsletters?:?)$/i,
  /^(thank you|thanks) for (subscribing|signing up)\b.{0,60}$|^we have more newsletters\b|^see our privacy notice\b|^invalid e-?mail( address)?\.?$|^something went wrong,? please try again( later)?\.?$|^(your )?e-?mail( address)?\s*[*:]?\s*(subscribe|sign up|submit)$/i,
  // A newsletter box's address field alone: "Din e-mailadresse", "Ihre E-Mail-Adresse", "Votre adresse e-mail".
  /^(?:(?:your|din|dit|uw|je|votre|ihre|deine|tu|il tuo|seu|o seu|twój)\s+)?(?:e-?mail(?:\s+address)?|e-?mail-?adres(?:se)?|e-postadress|adresse (?:e-?mail|électronique)|correo electrónico|indirizzo (?:e-?mail|di posta elettronica)|endereço de e-?mail|adres e-mail|adresa de e-mail)\s*[*:]?$/iu,
  /^join (our|the) (commenting|comment|comments) (forum|section|community)\b|^join thought-provoking conversations\b/i,
  /\baffiliate commission\b|^our (journalism|reporting|work) (needs|depends on|relies on) your support\b/i,
  // "Contact Dana Reyes at 555-201-0143": a reporter's phone line.
  /^([Cc]ontact|[Rr]each|[Cc]all) (reporter |writer |the reporter )?\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’.-]+){0,2} at \(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b.{0,60}$/u,
  // Investment disclaimers, market-data notes and app plugs under business stories: "Disclaimer: The views
  // and recommendations ...", "All quotes delayed a minimum of 15 minutes.", "Catch all the Business News ...
  // Download The Dalal Herald App", "Get Latest News Live on NewsPulse India.".
  /^(disclaimer|haftungsausschluss|avertissement|aviso legal)\s*:|\b(all )?(market data|quotes?|prices?) (are |is )?delayed (by )?(a minimum of |at least |up to )?\d+ min|^see here for a complete list of exchanges and delays\b/i,
  /^(catch all the (latest )?|(get|read) (all )?(the )?latest )(\p{L}+ )?news\b.{0,160}$|^download (the )?\p{Lu}[\p{L}\d&.'’ -]{1,40} app\b.{0,80}$/iu,
  // A comment box's prompt: "Do you want to automatically post your MailOnline comments to your Facebook Timeline?"
  /^do you want to automatically post your\b.{0,80}$/i,
  // Video player labels: "Click to play video", "Tap to play", "The video will auto-play soon".
  /^(click|tap) to (play|watch)( (the )?video)?\b.{0,30}$|^the video will (auto-?play|start) (soon|in)/i,
];

const matchesPublisherNote = matcher(PUBLISHER_NOTES);

/** Longest block read as a publisher's note: the longest agency self-descriptions and helpline notices. */
const MAX_NOTE_WORDS = 70;

/** Whether a block is one of the notes publishers append to every article. */
export function isPublisherNote(block: string): boolean {
  const t = block.trim();
  return t.split(/\s+/).length <= MAX_NOTE_WORDS && matchesPublisherNote(t);
}

const AD_LABEL_WORDS = String.raw`inserat|reklama|reklam|реклам[аи]|reklaam|reklāma|hirdetés|oglas|publicitate|publicitat|iklan|inzerce|διαφήμιση|διαφημιση|annons|annonse|annonce|mainos|advert(?:isement)?s?|sponsored(?: (?:content|links?|message|post))?|sponsor(?:'s|’s)? message|(?:paid )?partner (?:content|message)|promoted(?: content| stories)?|paid (?:content|post|advertisement|ad)|anzeige|publicité|publicidad|espacio publicitario|contenu sponsorisé|contenido patrocinado|contenuto sponsorizzato|conteúdo patrocinado|gesponserte inhalte|gesponsorde inhoud|publicidade|pubblicità|werbung|advertentie|advertensie|auglýsing|auglysing|hysbyseb|quảng cáo|tangazo|publizitatea|iragarkia|patalastas|reklamë|fógra|reklamm|advertinsje|विज्ञापन|বিজ্ঞাপন|اشتہار|إعلان|اعلان|تبلیغات|פרסומת|โฆษณา|广告|廣告|広告|광고`;
/**
 * An ad's label alone on its line, its decoration taken off: "--- Sponsored ---", "ADVERTISEMENT",
 * "- advertisement -". A string test over the label words' forms: as one more alternative of the
 * phrase patterns, with its decoration classes, it was one of the largest regexps a page compiled.
 */
const AD_LABEL_TEXTS: ReadonlySet<string> = new Set([
  'inserat', 'reklama', 'reklam', 'реклама', 'рекламы', 'reklaam', 'reklāma', 'hirdetés', 'oglas', 'publicitate', 'publicitat', 'iklan', 'inzerce', 'διαφήμιση', 'διαφημιση',
  'annons', 'annonse', 'annonce', 'mainos', 'advert', 'adverts', 'advertisement', 'advertisements',
  'sponsor', 'sponsors', 'our sponsor', 'our sponsors', 'from our sponsor', 'from our sponsors', 'a word from our sponsor', 'a word from our sponsors',
  'sponsored', 'sponsored content', 'sponsored link', 'sponsored links', 'sponsored message', 'sponsored post', 'sponsor message', "sponsor's message", 'sponsor’s message',
  'partner content', 'partner message', 'paid partner content', 'paid partner message', 'promoted', 'promoted content', 'promoted stories',
  'paid content', 'paid post', 'paid advertisement', 'paid ad', 'anzeige', 'publicité', 'publicidad', 'espacio publicitario', 'contenu sponsorisé', 'contenido patrocinado',
  'contenuto sponsorizzato', 'conteúdo patrocinado', 'gesponserte inhalte', 'gesponsorde inhoud', 'publicidade', 'pubblicità', 'werbung', 'advertentie', 'advertensie',
  'gesponsord', 'gesponsert', 'sponsorisé', 'patrocinado', 'patrocinada', 'sponsorizzato', 'sponsrad', 'sponsoreret', 'sponset', 'sponsorowane', 'sponzorováno',
  'auglýsing', 'auglysing', 'hysbyseb', 'quảng cáo', 'tangazo', 'publizitatea', 'iragarkia', 'patalastas', 'reklamë', 'fógra', 'reklamm', 'advertinsje',
  'विज्ञापन', 'বিজ্ঞাপন', 'اشتہار', 'إعلان', 'اعلان', 'تبلیغات', 'פרסומת', 'โฆษณา', '广告', '廣告', '広告', '광고',
]);
const MAX_BARE_AD_LABEL_CHARS = 400;

function isBareAdLabel(t: string): boolean {
  return t.length <= MAX_BARE_AD_LABEL_CHARS && AD_LABEL_TEXTS.has(withoutAdDecoration(t, false).toLowerCase());
}

/** What sets an ad's label off on its line: dashes, bullets, stars, slashes, bars, brackets, and spaces. */
const AD_DECORATION: ReadonlySet<string> = new Set([...'-–—•*/~=_·|[]()<>']);
const isAdDecoration = (c: string): boolean => AD_DECORATION.has(c) || c.trim() === '';

/** The label without the decoration around it, and with `colonAfter` without a colon after it too. */
function withoutAdDecoration(t: string, colonAfter: boolean): string {
  let from = 0;
  let to = t.length;
  while (from < to && isAdDecoration(t[from]!)) from++;
  while (to > from && (isAdDecoration(t[to - 1]!) || (colonAfter && t[to - 1] === ':'))) to--;
  return t.slice(from, to);
}

/**
 * Labels added after the pattern above, read with string tests (see SIGNUP_VERBS): a sponsor's box
 * ("Match sponsor") and a paid notice ("NOTICE", "PUBLIC NOTICE"), with the decoration taken off.
 */
const MORE_AD_LABELS: ReadonlySet<string> = new Set([
  'match sponsor', 'match sponsors', 'official sponsor', 'official sponsors', 'our sponsor', 'our sponsors', "today's sponsor", 'today’s sponsor', 'notice', 'public notice', 'community notice',
]);
const MAX_MORE_AD_LABEL_CHARS = 40;

function isMoreAdLabel(t: string): boolean {
  if (t.length > MAX_MORE_AD_LABEL_CHARS) return false;
  const lower = t.toLowerCase();
  // (No pattern runs on a line without either word: see SIGNUP_VERBS.)
  if (!lower.includes('sponsor') && !lower.includes('notice')) return false;
  return MORE_AD_LABELS.has(withoutAdDecoration(lower, true));
}

export function isAdLabel(line: string): boolean {
  const t = line.trim();
  return isMoreAdLabel(t) || isBareAdLabel(t);
}

/**
 * "LESTU EINNIG: Biðlistar eftir leikskólaplássi …", "XEM THÊM: Quảng Ninh cấm biển …": a label in
 * capitals, a colon and a headline without a full stop. Between a story's paragraphs it is a link to
 * another story, in any language; above them it may be the headline itself ("ΕΛΣΤΑΤ: Στο 8,6% …").
 */
const CAPITAL_LABELLED_LINK = /^\p{Lu}[\p{Lu}'’ -]{2,28}\p{Lu}:\s+["“„«‘]?[\p{Lu}\d][^.!?…]{8,160}$/u;

export function isCapitalLabelledLink(line: string): boolean {
  return CAPITAL_LABELLED_LINK.test(line.trim());
}

/** Longest ad copy read under an ad label. */
export const MAX_AD_COPY_WORDS = 40;
/**
 * A local business's ad as sites set it under the label: its name (and street and town), a dash, what it sells
 * ("Riley's Hardware & Boat Supplies, Maun – Mokoro paddles, …", "Vimpelin Kone ja Rauta –
 * Ruohonleikkurit …", "Agro-Gépház Kft., Hódmezővásárhely – …"), or what it sells and its name
 * ("Zimní pneumatiky Pneu Hořava – …", "Металопластикові вікна «Теплий дім» — …", "Crédito agrícola para a
 * campanha 2026/27 – …", "Palmy Tyre & Auto -- proud sponsor of …"), or what it sells first ("Outboards, parts
 * and service – Provo Marine Supply"), a middle dot or a bar for the dash ("Holyhead Marine Services · Moorings, …"). A paragraph of the
 * article rarely opens with a name and a dash, and never right under an ad's label.
 */
const AD_COPY = /^[*_]*\p{Lu}[\p{L}\p{N}'’.&+-]*(?:,?\s+(?:&|\p{Ll}{1,4}['’]\p{Lu}[\p{L}\p{N}'’.&+-]*|\p{Ll}[\p{Ll}'’-]*[»“”"]?|[«„“"]?\p{Lu}[\p{L}\p{N}'’.&+-]*[»“”"]?|\p{N}[\p{N}/.-]*)){0,6}(?:,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+)?){0,2}\s+(?:[–—·|-]|--)\s+\S/u;
/**
 * The same with a colon for the dash, the name all in capitals but for short joining words
 * ("Shree Marudhar Cement: strength you can trust.", "Seguro de Hogar Andino: protege tu casa …", "Caves du
 * Combalou : visite …", "Quincaillerie Tremblay-Fortin, Clermont : bottes …"): not a sentence that quotes or explains ("A vízművek is figyelnek: …").
 */
const AD_COPY_COLON = /^[*_]*\p{Lu}[\p{L}\p{N}'’.&+-]*(?:\s+(?:&|\p{Ll}{1,3}|\p{Lu}[\p{L}\p{N}'’.&+-]*|\p{N}+)){0,5}(?:,\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s?:\s+\S/u;

/** Whether a block right under an ad's label is the ad's copy. */
export function isAdCopy(block: string): boolean {
  const t = block.trim();
  if (t.split(/\s+/).length > MAX_AD_COPY_WORDS) return false;
  return AD_COPY.test(t) || AD_COPY_COLON.test(t) || (CASELESS_START.test(t) && CASELESS_AD.test(t)) || AD_OFFER.test(t) || AD_IMPERATIVE.test(t) || AD_CALL_NUMBER.test(t);
}

/** A number to ring closing the copy: "… Cement, steel, zinc. Call 876-982-4410", "Tel. 0471 88 12 40". */
const AD_CALL_NUMBER = /(?:^|[.!]\s+)(?:call|phone|tel\.?|ring|text|whatsapp|llame|appelez|ruf an|chiamate|ligue|bel)(?: us)?(?: on| at)?:?\s+\+?\(?\d[\d ().-]{6,}\d\.?$/iu;

/**
 * An offer's words, right under an ad's label: a call to order, book, buy or save, a free quote, a
 * showroom, a discount, free fitting or delivery ("Bestel voor donderdag 12 uur", "devis gratuit sous
 * 48 h", "Spar opptil 30 prosent … hos TrønderKraft i dag", "Beratung in Oberwart", "ordinala online
 * …, consegna in 48 ore", "Peći na pelete uz 30 % popusta", "pose gratuite jusqu'au 31 octobre"), a
 * new product to get, a service's hours ("24 Stunden erreichbar unter …"), the best price and home
 * delivery ("ao melhor preço …, entregas ao domicílio"), in the languages read.
 */
const AD_OFFER = /\b(?:order (?:now|today|online)|ao melhor preço|al mejor precio|au meilleur prix|zum besten preis|al miglior prezzo|entregas? ao domicílio|entrega a domicilio|livraison à domicile|home delivery|get (?:the|your) (?:new|latest)|erreichbar unter|rund um die uhr|24\/7|24 (?:stunden|hours|horas|heures|ore|uur|godzin[ya]?|hodin|timmar|timer|tuntia)|rabais|réduction|descuento|desconto|reservaciones|réservations|prenotazioni|book (?:now|today|online)|call (?:now|today|us)|shop now|buy now|free (?:quote|delivery|trial)|bestel|bestellen|jetzt (?:bestellen|sichern|kaufen|buchen)|beratung|angebot|commandez|devis gratuit|showroom|(?:livraison|pose|installation) gratuite|pida ya|compre ya|envío gratis|frete grátis|ordina(?:la|lo|li|le)? (?:ora|online|subito)|consegna (?:gratuita|in \d+ (?:ore|giorni))|sconto|acquista ora|aanbieding|gratis (?:bezorgd|levering|offerte)|bestil|tilbud|spar opptil|spar op til|spara upp till|köp nu|kjøp nå|køb nu|zamów|rabat|promocja|sleva|objednejte|popust(?:a|om|i)?|akcij[aei])\b/iu;

/**
 * An ad's call to act, opening a sentence as no report does: "Download the Sahel Pay app today.",
 * "Switch to fibre from R399 a month.", "Free installation in Mthatha …". Written in capitals where a
 * report's sentence would mention the same ("residents can download the app").
 */
const AD_IMPERATIVE = /(?:^|[.!]\s+)(?:Download (?:the|our) (?:[\p{L}\p{N}]+ ){0,3}app\b|(?:Switch|Upgrade|Get|Try|Join) [^.]{0,40}\bfrom [R$£€₦₹]\s?\d[\d,.]* (?:a|per) (?:month|week)\b|Free (?:installation|fitting|shipping|delivery)\b)/u;

/** A block opening in a script without capitals (Devanagari, Thai, Arabic, Han …), after any bold marks. */
const CASELESS_START = /^[*_]*\p{Lo}/u;
/**
 * Ad copy in such a script, which has no capitalised name to go by: a dash, a price, a percentage or
 * a call to act ("सुपर ड्रीम 11 – आज ही टीम बनाएं …", "ประกันภัยรถยนต์ชั้น 1 ผ่อน 0% …").
 */
const CASELESS_AD = /\s[–—-]\s|\d\s?%|[₹฿$€£¥₩]|\bT&C\b/u;

/** An ad's label that opens the block of its copy: "ADVERT Riley's Hardware & Boat Supplies, Maun – …". */
const AD_LABEL_OPENING = new RegExp(String.raw`^(?:${AD_LABEL_WORDS})[\s:]+(?=\p{Lu})`, 'iu');

/** Whether a block is an ad's label run into its copy. */
function isLabelledAdCopy(block: string): boolean {
  const m = AD_LABEL_OPENING.exec(block);
  return m !== null && isAdCopy(block.slice(m[0].length));
}

/** Networks and podcast apps a share or subscribe row names. */
const SHARE_NETWORKS = String.raw`(?:facebook|x|twitter|whatsapp|telegram|linkedin|zalo|viber|messenger|pinterest|reddit|threads|bluesky|line|e-?mail|apple podcasts|spotify|google podcasts|pocket casts|overcast|youtube|rss)`;

/**
 * A newsletter's sign-up prompt in more languages: "Skráðu þig á póstlistann …", "Teken in vir ons
 * nuusbrief", "Tanysgrifiwch i’n cylchlythyr …", "Đăng ký nhận bản tin …". Read with string tests,
 * not a pattern: one more pattern among the phrase lists' alternations made V8 keep them interpreted
 * and doubled a 5 KB page's cleaning time in the stage table.
 */
const SIGNUP_VERBS = ['skráðu þig', 'teken in', 'tanysgrifiwch', 'cofrestrwch', 'harpidetu', 'jiandikishe', 'đăng ký', 'abonohu', 'cláraigh', 'mag-subscribe', 'abbona', 'tilmeld dig', 'meld deg på', 'langgan'];
const NEWSLETTER_NOUNS = ['póstlista', 'fréttabréf', 'nuusbrief', 'cylchlythyr', 'buletin', 'jarida', 'bản tin', 'newsletter', 'nuachtlitir', 'nyhedsbrev', 'nyhetsbrev'];
/** Most characters between the verb and the newsletter's name. */
const MAX_SIGNUP_GAP = 90;

function isSignupPrompt(block: string): boolean {
  const whole = block.slice(0, 200).toLowerCase();
  // (Also after a set-up ending on a colon or a full stop: "Få alle kampene … rett i innboksen: meld deg på
  // nyhetsbrevet vårt", "Få de viktigste nyhetene … rett i innboksen. Meld deg på nyhetsbrevet vårt her.")
  if (signupOpens(whole)) return true;
  // (After any such stop: "… hver morgen kl. 6. Tilmeld dig Fyns Erhvervs nyhedsbrev – det er gratis.")
  if (block.length > MAX_INBOX_OFFER_CHARS) return false;
  for (let at = nextStop(whole, 0); at >= 0; at = nextStop(whole, at + 2)) if (signupOpens(whole.slice(at + 2))) return true;
  return false;
}

/** The index of the next full stop or colon before a space, from `from` on, or -1. */
function nextStop(text: string, from: number): number {
  const rest = text.slice(from).search(/[.:] /);
  return rest < 0 ? -1 : from + rest;
}

function signupOpens(lower: string): boolean {
  const verb = SIGNUP_VERBS.find((v) => lower.startsWith(`${v} `));
  if (verb === undefined) return false;
  return NEWSLETTER_NOUNS.some((noun) => {
    const at = lower.indexOf(noun, verb.length);
    return at >= 0 && at <= verb.length + MAX_SIGNUP_GAP;
  });
}

/** A number to ring for a subscription: "Call 709-884-0000 to subscribe", "phone (02) 6372 1455 to subscribe today". */
const PHONE_TO_SUBSCRIBE = /\b(?:call|phone|ring|text|dial)(?: us)?(?: on| at)? \+?\(?\d[\d ().-]{5,}\d to subscribe\b/u;
/** A newsletter's tagline, how often it comes: "Independent local news from Central Alberta, in your inbox four times a week." */
const INBOX_FREQUENCY = /\bin your inbox,? (every|each|once|twice|(?:two|three|four|five|six|seven|\d) times)\b/u;
/** What a membership or a subscription costs, after the call to take it that opens a sentence: "Join for $6 a month", "Subscribe from £4 per month". */
const MEMBERSHIP_PRICE = /(?:^|[.!?]\s+)(join|subscribe|become a (member|subscriber|supporter)|sign up|support us)\b[^.!?]{0,12}\b(for|from) (just |only )?(?:[a-z]{1,3})?[$€£]\s?\d+(?:[.,]\d\d)? ?(a|per|\/) ?(month|year|week|mo|yr)\b/u;

/**
 * The house's promotions and a sponsor's or advertiser's line set between paragraphs with no label:
 * "Never miss a court story. Get the … morning briefing in your inbox – it’s free.", "Grand final
 * coverage is brought to you by …", "Stream every Constellation Cup test live on Kōwhai+ — your first
 * month is free.", "… podcast is out every weekday at 6am – listen wherever you get your podcasts.",
 * "Mulvey Motors Longford – 262 registrations now in stock. Trade-ins welcome. Call 043 334 1122".
 * Read with string tests, for the reason given above.
 */
function isHousePromo(block: string): boolean {
  if (block.length > MAX_HOUSE_PROMO_CHARS) return false;
  const lower = block.toLowerCase();
  if (holdsPromoPhrase(lower)) return true;
  // (Also after a question that sets it up, "Chcete mít zprávy ze Zlínska v mobilu? Stáhněte si aplikaci …",
  // or after a dash, "Få alla mål … direkt i mobilen – ladda ner vår app gratis.")
  const asked = lower.indexOf('? ');
  const dash = lower.indexOf(' – ');
  if ((opensAppPromo(lower) || (asked > 0 && opensAppPromo(lower.slice(asked + 2))) || (dash > 0 && lower.length - dash <= MAX_APP_CALL_AFTER_DASH && opensAppPromo(lower.slice(dash + 3)))) && (lower.includes('app') || lower.includes('aplik'))) return true;
  // An app's promotion with both stores' links: "¿Eres fan …? Descarga la app … [App Store](…) | [Google Play](…)".
  if (lower.includes('app store') && lower.includes('google play')) return true;
  // "Get The Hargeisa Record app for iPhone and Android and never miss a story from home."
  if (lower.startsWith('get ') && lower.includes(' app ') && (lower.includes('iphone') || lower.includes('android'))) return true;
  // A newsletter offered in another language: "Elke ochtend het belangrijkste nieuws in je mailbox?", "Recevez gratuitement chaque vendredi la lettre …".
  if (block.length <= MAX_INBOX_OFFER_CHARS && (holdsInboxPhrase(lower) || (lower.startsWith('recevez ') && (lower.includes('lettre') || lower.includes('newsletter'))))) return true;
  // A discount or a promotion code: "… now 20% off at your nearest pharmacy", "… avec le code MERIDIEN30".
  if (lower.includes('% off at your') || NOW_OFF.test(lower) || PROMO_CODE.test(block)) return true;
  // A shop's sale: "Spring sale now on at Oamaru Mitre 10 – 20% off garden gear this weekend only."
  if (lower.includes('% off') && holdsRetailSalePhrase(lower)) return true;
  // "Grand final coverage is brought to you by …": what is sponsored, in a few words, opens the line.
  const sponsored = lower.indexOf(' brought to you by ');
  if (sponsored > 0 && lower.slice(0, sponsored).split(' ').length <= MAX_SPONSORED_THING_WORDS + 1) return true;
  // (Also after a question that sets it up: "Love local footy? Get … team sheets in your inbox.")
  if (lower.includes('your inbox') && (lower.startsWith('never miss') || INBOX_VERBS.some((v) => lower.startsWith(v) || lower.includes(`. ${v}`) || lower.includes(`? ${v}`)) || INBOX_FREQUENCY.test(lower))) return true;
  // A membership's price: "… Join for $6 a month.", "Become a member from £4 per month".
  if (MEMBERSHIP_PRICE.test(lower)) return true;
  if (lower.startsWith('get ') && (lower.includes(' on your phone') || lower.includes(' to your phone'))) return true;
  if (offersDelivery(lower)) return true;
  // A subscription sold by telephone: "… the e-edition $30. Call 709-884-0000 to subscribe."
  if (lower.includes(' to subscribe') && PHONE_TO_SUBSCRIBE.test(lower)) return true;
  if ((lower.startsWith('stream ') || lower.startsWith('watch ') || lower.startsWith('catch ')) && lower.includes(' live on ')) return true;
  // A telecom's offer: "… Dial *111# to buy your bundle today."
  if (USSD_CALL.test(lower)) return true;
  // The site's news that it is on a network now: "Die Ausseerland Rundschau gibt's jetzt auch auf WhatsApp: Kanal abonnieren …".
  if (lower.length <= MAX_NOW_ON_NETWORK_CHARS && MESSAGING_NETWORK.test(lower) && NOW_ON_NETWORK.test(lower)) return true;
  // A call to follow or join the site on a network: "Síganos en nuestro canal de WhatsApp …", "Rejoignez notre groupe Facebook …".
  // (Also after a question that sets it up, not after a sentence of the story: "Vuoi ricevere le notizie
  // … sul telefono? Segui Il Biferno su Telegram".)
  // (Split only a line that asks something: this runs on every short line of a page.)
  // Or after a colon that sets it up: "Hochwasser-Warnungen direkt aufs Handy: Folgen Sie dem Mosel-Echo auf WhatsApp."
  // ("Receba as notícias do Vale no seu celular: entre no canal … no WhatsApp": after such a set-up, "entre" is "join".)
  const sentences = lower.includes('?') || lower.includes(': ') ? lower.split(/(?<=[?:])\s+/u).slice(0, MAX_PROMO_SENTENCES) : [lower];
  for (const [k, sentence] of sentences.entries()) {
    const verb = firstWordOf(sentence);
    // (Or opening the line on a channel or a group to join: "Entre no canal da Folha da Serra no WhatsApp".)
    const joinsChannel = (verb === 'entre' || verb === 'entra') && (k > 0 || CHANNEL_AFTER_ENTRE.test(sentence));
    // ("… gibt es jetzt auch auf WhatsApp: Folgen Sie unserem Kanal …": or the set-up names the network, the call the channel.)
    const channelAfterSetUp = k > 0 && NETWORKS_IN_PROMO.some((n) => sentences[0]!.includes(n)) && OWN_CHANNEL.test(sentence);
    if ((FOLLOW_VERBS.has(verb) || JOIN_VERBS.has(verb) || joinsChannel) && (followsOnNetwork(sentence) || channelAfterSetUp)) return true;
  }
  // The site's podcast: "Listen to this week's Dardania Business podcast on Spotify and Apple Podcasts."
  // ("Escucha cada viernes «Ruta Austral», el pódcast de …", "Lyssna på …, Affärsliv Nords podd … – varje fredag där du hittar poddar.")
  if (opensPodcastPromo(lower) && PODCAST_WORD.test(lower) && (PODCAST_APPS.test(lower) || PODCAST_SCHEDULE.test(lower))) return true;
  // A job board's: "Looking for a new role in financial services? Browse 300+ jobs on LedgerCareers.ky".
  if (lower.includes('browse ') && JOBS_BROWSE.test(lower)) return true;
  // A Nordic advertiser's line: its name and a monthly price ("Fynsk Bilcenter, Odense SØ: Elbiler til
  // leasing fra 2.995 kr. om måneden."), or a service ending on a call to book ("… hos Lycksele Däckcenter – boka tid i dag.").
  if (lower.includes(' kr') && NORDIC_MONTHLY_OFFER.test(block)) return true;
  if ((lower.includes('boka ') || lower.includes('bestil') || lower.includes('book ')) && BOOKING_CALL_AT_END.test(lower)) return true;
  const dashed = dash >= 0 || block.includes(' — ');
  // A sponsor's line: "Cheer on the Volcanoes with an ice-cold Carib – proud sponsor of Sentinel Sports."
  if (dashed && SPONSOR_AFTER_DASH.test(lower)) return true;
  // An offer closed by the advertiser's address: "… Last minute ajánlatok 15% kedvezménnyel – balatonszallas.hu".
  if (dashed && DOMAIN_AT_END.test(lower) && PRICE_OR_SHARE.test(lower)) return true;
  return dashed && CLASSIFIED_AD.test(block);
}
/** "our channel" in the languages read: what a call to follow names once its set-up has named the app. */
const OWN_CHANNEL = /\b(?:our|unserem|unseren|notre|nuestro|nosso|il nostro|onze|ons|vår|vores|naszego|nasz)\s+(?:channel|kanal|chaîne|canal|canale|kanaal|kanał)\b/u;
/** Portuguese and Spanish "join" before a channel or a group, where "entre" is no "between". */
const CHANNEL_AFTER_ENTRE = /^entr[ea] (?:n[oa]|em|en) (?:nosso |nuestro |el |o )?(?:canal|grupo|comunidade|comunidad)\b/u;
/** The site's own e-mail as an offer: "our free daily email", "our morning e-mail". */
const OUR_EMAIL = /\bour (?:free )?(?:(?:daily|weekly|morning|evening) )?e-?mail\b/u;
/** Verbs that open the offer of the site's own delivery: "Get the Gazette's City Hall newsletter …", "Turn on … alerts in our free app", "Join our free newsletter". */
const DELIVERY_VERBS = ['get ', 'sign up for ', 'sign up to ', 'subscribe to ', 'receive ', 'turn on ', 'switch on ', 'join our ', 'join the '];
/** Longest question setting up such an offer. */
const MAX_SET_UP_CHARS = 100;
/** Messaging apps a site sends its headlines on. */
const MESSAGING_APPS = [' on viber', ' on whatsapp', ' on telegram', ' on signal'];
/** Most characters after the app's name in such an offer ("… on WhatsApp every trading day at 5.30pm."). */
const MAX_AFTER_APP = 32;

/**
 * The site's offer of its newsletter, alerts or headlines, maybe after a set-up ending on a colon:
 * "Never miss a vote: get the Gazette's City Hall newsletter every Tuesday morning.", "Turn on
 * Lakeside Daily alerts in our free app.", "Get the Sagarmatha Tribune's morning headlines on Viber",
 * "Our free newsletter lands every Friday …". Alerts count only in "our" app: "Sign up for flood alerts" is advice.
 */
function offersDelivery(lower: string): boolean {
  if (lower.startsWith('our ') && /^our (?:free |daily |weekly |morning |evening )*newsletters? /u.test(lower)) return true;
  const colon = lower.indexOf(': ');
  // (Or after a question that sets it up: "Want the Furness Post's business news every Friday? Join our free newsletter.")
  const asked = lower.indexOf('? ');
  // ("Stay ahead of the market: get … on WhatsApp": any short set-up; what follows must still be an offer.)
  // ("Never miss a story from Oswestry – get our free daily email": or a dash after a call not to miss out.)
  const dash = colon < 0 && (lower.startsWith('never miss') || lower.startsWith("don't miss") || lower.startsWith('don’t miss')) ? lower.indexOf(' – ') : -1;
  const offer = colon > 0 && colon <= 40 ? lower.slice(colon + 2) : dash > 0 && dash <= 60 ? lower.slice(dash + 3) : asked > 0 && asked <= MAX_SET_UP_CHARS ? lower.slice(asked + 2) : lower;
  if (!DELIVERY_VERBS.some((v) => offer.startsWith(v))) return false;
  if (offer.startsWith('sign up to hear from us')) return true;
  if (offer.includes('newsletter') || OUR_EMAIL.test(offer)) return true;
  if ((offer.includes(' alerts') || offer.includes(' notifications')) && (offer.includes(' our ') || offer.includes(' app'))) return true;
  // (The app closes the offer: "… morning headlines on Viber", "… on WhatsApp – free".)
  return (offer.includes('headlines') || offer.includes('news') || offer.includes('updates') || offer.includes('briefing')) && MESSAGING_APPS.some((app) => offer.includes(app, offer.length - app.length - MAX_AFTER_APP));
}

/** Verbs of joining a group or channel opening a promotion. */
// (Not the words that open other sentences as often: Spanish "entre", Dutch "word", Norwegian "bli".)
const JOIN_VERBS: ReadonlySet<string> = new Set(['join', 'rejoignez', 'rejoins', 'únete', 'únase', 'unite', 'súmate', 'junte-se', 'unisciti', 'iscriviti', 'tritt', 'dołącz', 'intră', 'intrați', 'alătură-te', 'alăturați-vă']);
/** Networks and chat apps named in such a promotion. */
const NETWORKS_IN_PROMO = ['whatsapp', 'telegram', 'facebook', 'instagram', 'tiktok', 'youtube', 'google news', 'threads', 'signal', 'viber', 'linkedin', 'bluesky', 'mastodon', 'x.com', 'twitter'];
/** Sentences of a promotion read for its call to follow. */
const MAX_PROMO_SENTENCES = 3;
/** How far into the line the network must be named. */
const MAX_NETWORK_AT = 90;
/**
 * Whether a line opening with a call to follow or join names a network soon after, with "us" or "our"
 * in it or a preposition before the network ("… en nuestro canal de WhatsApp", "… su Telegram"), and
 * reports nobody ("Follow the river … the council said on Facebook").
 */
function followsOnNetwork(lower: string): boolean {
  const head = lower.slice(0, MAX_NETWORK_AT);
  const network = NETWORKS_IN_PROMO.find((n) => head.includes(n));
  if (network === undefined || REPORTING.test(lower)) return false;
  const words = head.slice(0, head.indexOf(network)).split(/\s+/u);
  return words.some((w) => OUR_WORDS.has(w) || CHANNEL_NOUNS.has(w)) || NETWORK_PREPOSITIONS.has(words[words.length - 2] ?? '');
}
/** A channel or a group to follow or join on a network: "Rejoignez la chaîne WhatsApp de …", "Join the Viber community". */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set(['channel', 'group', 'community', 'chaîne', 'groupe', 'communauté', 'canal', 'grupo', 'comunidad', 'comunidade', 'kanal', 'gruppe', 'gruppo', 'comunità', 'kanaal', 'groep']);
const OUR_WORDS: ReadonlySet<string> = new Set(['us', 'our', 'nous', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'ci', 'nostro', 'nostra', 'uns', 'unser', 'unsere', 'unserem', 'unseren', 'ons', 'onze', 'oss', 'vår', 'vårt', 'våre', 'vores', 'nas', 'naszego', 'naszej', 'nossa', 'nosso']);
// ("no seu WhatsApp", "en tu WhatsApp": the reader's own app.)
const NETWORK_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'en', 'sur', 'su', 'auf', 'op', 'på', 'na', 'w', 'em', 'no', 'pe', 'στο', 'de', 'via', 'seu', 'tu', 'your', 'votre', 'tuo']);
const REPORTING = /\b(?:said|says|told|according to|dijo|dice|a déclaré|sagte|zei|sa|sier)\b/u;
/** "Dial *111# …" opening a sentence: a code to dial on a phone. */
const USSD_CALL = /(?:^|[.!]\s+)dial \*\d{2,4}(?:\*\d{1,6})*#/u;
/** The word for a podcast in the languages read. */
const PODCAST_WORD = /(?<!\p{L})(?:podcast|pódcast|podd|balado|baladodiffusion)/u;
/** When it comes out: "every Friday", "cada viernes", "varje fredag", "chaque semaine", "ogni lunedì", "elke week". */
const PODCAST_SCHEDULE = /(?<!\p{L})(?:every|each|cada|varje|chaque|ogni|elke|hver|jeden|jede|toda|todas|todos|każd\p{L}*) \p{L}+/u;
const PODCAST_APPS = /\b(?:on|su|en|no|sur|auf|op|på|na|pe) (?:spotify|apple podcasts|google podcasts|youtube music|amazon music|pocket casts|overcast|soundcloud|acast)\b/u;
/** An advertiser's name before a colon, then an offer at a monthly price in Danish, Norwegian or Swedish crowns closing the line. */
const NORDIC_MONTHLY_OFFER = /^\p{Lu}[^:.!?]{2,60}:\s[^.!?]{0,80}\b(?:fra|från)\s+\d[\d.\s]*(?:,-)?\s*kr\.?\s*(?:om|pr\.?|per|i|\/)\s*(?:måneden|måned|månaden|månad|mån|md|mdr)\.?$/u;
/** A call to book closing an advertiser's line after a dash: "– boka tid i dag.", "– bestil tid online." */
const BOOKING_CALL_AT_END = /\s[–—-]\s(?:boka|bestil|bestill|book)\s(?:tid|nu|her|här|online|today|now)\b[^.!?]{0,20}[.!]?$/u;
/** "Listen to" in the languages read, opening a promotion of the site's podcast: "Ascolta «Terzo tempo», il podcast sportivo …". */
const PODCAST_OPENINGS = ['listen to ', 'ascolta ', 'ascoltate ', 'escucha ', 'escuchá ', 'ouça ', 'oiça ', 'écoutez ', 'écoute ', 'hören sie ', 'hör ', 'luister naar ', 'lyssna på ', 'lyt til ', 'hør ', 'posłuchaj ', 'poslechněte si ', 'ascultă '];
const opensPodcastPromo = opensWithAnyOf(PODCAST_OPENINGS);
const JOBS_BROWSE = /\bbrowse [\d,.]+\+? (?:jobs|vacancies|roles|openings)\b/u;
const SPONSOR_AFTER_DASH = /\s[–—]\s(?:the |a |your )?(?:proud|official) (?:sponsor|partner)s? of\b/u;
const DOMAIN_AT_END = /\s[–—]\s(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/?$/u;
const PRICE_OR_SHARE = /\d\s?%|[€$£₺]|\d\s?(?:kr|ft|lei|zł)\b/u;
const MAX_HOUSE_PROMO_CHARS = 240;
/**
 * Words only a promotion or an appeal prints: a podcast's, a subscription's ("cancel anytime", "ingen
 * bindningstid", "disdici quando vuoi"), an appeal for readers' money, a bank's and a brewer's.
 */
const PROMO_PHRASES = [
  'wherever you get your podcasts', 'your first month is free', 'first month free', 'free to read because', 'journalism costs money', 'for the price of a coffee',
  'cancel anytime', 'cancel any time', 'ingen bindningstid', 'avsluta när du vill', 'säg upp när du vill', 'disdici quando vuoi', 'jederzeit kündbar', 'sans engagement', 'maandelijks opzegbaar', 'sin permanencia', 'cancele quando quiser',
  'open an account with just', 'drink responsibly', 'enjoy responsibly', 'disfruta con responsabilidad', 'bebe con moderación', 'beba com moderação',
  'read the e-edition', 'read our e-edition', 'streaming free on', 'free on our app', 'jetzt auch als app', 'auch als app erhältlich', 'første måned for', 'første måneden for', 'første måned gratis', 'första månaden för',
  // An appeal for readers' money, and a channel's promotion, in French and German.
  'l\'information locale a un coût', 'l’information locale a un coût', 'l\'information a un coût', 'l’information a un coût', 'le journalisme local a un coût',
  'als whatsapp-kanal', 'keine nachricht mehr verpassen', 'keine nachricht aus',
  // The credit Canada's federally funded local reporting carries under each story.
  'local journalism initiative is funded by', 'initiative de journalisme local est financée',
  'forward this email', 'forward this newsletter', 'was this email forwarded to you', 'was this forwarded to you', 'got this from a friend',
  'peru milloin tahansa', 'irtisano milloin tahansa', 'opsig når som helst', 'opsig når du vil', 'avslutt når du vil', 'si opp når du vil', 'bármikor lemondható', 'bármikor lemondhatod',
  'anulezi oricând', 'anulezi oricand', 'istediğin zaman iptal', 'istediğiniz zaman iptal', 'ακυρώστε όποτε θέλετε', 'ακύρωση οποιαδήποτε στιγμή', 'скасуйте будь-коли',
  'скасувати будь-коли', 'отменить в любой момент', 'zrušit kdykoli', 'anuluj w dowolnym momencie', 'rezygnujesz kiedy chcesz',
];
const holdsPromoPhrase = holdsAnyOf(PROMO_PHRASES);
/** An app's promotion opening the line: "Download the … app", "Descarga la app de …". */
const APP_PROMO_OPENINGS = ['download the ', 'download our ', 'get the app', 'descarga la app', 'descargá la app', 'baixe o app', 'baixe o aplicativo', 'scarica l', 'téléchargez l', 'télécharge l', 'lade die ', 'hol dir die app', 'pobierz aplikację', 'ladda ner ', 'last ned ', 'hent appen', 'lataa ', 'download de app', 'stáhněte si aplikaci', 'stáhněte si naši aplikaci', 'stiahnite si aplikáciu', 'stiahnite si našu aplikáciu'];
const opensAppPromo = opensWithAnyOf(APP_PROMO_OPENINGS);
/** Most characters of a call to download the app that closes a line after a dash. */
const MAX_APP_CALL_AFTER_DASH = 80;
/** A newsletter's delivery in other languages than English. */
const INBOX_PHRASES = ['i din indbakke', 'i innboksen din', 'i din innboks', 'sähköpostiisi', 'postafiókjába', 'în inbox', 'în căsuța ta de e-mail', 'e-posta kutunuza', 'gelen kutunuza',
  'στο email σας', 'στα εισερχόμενά σας', 'на вашу пошту', 'на свою пошту', 'на вашу почту', 'do vaší schránky', 'do tvé schránky', 'in je mailbox', 'in uw mailbox', 'in je inbox', 'dans votre boîte mail', 'dans votre boîte e-mail', 'dans ta boîte mail', 'in ihr postfach', 'in ihrem postfach', 'in dein postfach', 'in deinem postfach', 'nella tua casella', 'en tu bandeja de entrada', 'na sua caixa de entrada', 'i din inkorg', 'na twoją skrzynkę', 'w twojej skrzynce',
  'kostenlos per e-mail', 'gratis per e-mail', 'gratuitement par e-mail', 'gratis por e-mail', 'gratis via e-mail', 'gratis på e-mail', 'gratis på e-post'];
const holdsInboxPhrase = holdsAnyOf(INBOX_PHRASES);
const MAX_INBOX_OFFER_CHARS = 200;
/** What only a shop's sale says beside a discount. */
const RETAIL_SALE_PHRASES = ['sale now on', 'weekend only', 'today only', 'while stocks last', 'shop now', 'in store now', 'in-store now'];
const holdsRetailSalePhrase = holdsAnyOf(RETAIL_SALE_PHRASES);
/** "now 20% off". */
const NOW_OFF = /\bnow \d{1,2} ?% off\b/u;
/** A promotion code: "avec le code MERIDIEN30", "use code SAVE20". */
const PROMO_CODE = /\b[Cc]ode\s+[A-Z][A-Z0-9]*\d[A-Z0-9]*\b/u;
/** Most words naming what a sponsor pays for ("This sponsored deal is"). */
const MAX_SPONSORED_THING_WORDS = 4;
/** The verbs of a newsletter's offer: "Get the … in your inbox". */
const INBOX_VERBS = ['get ', 'sign up', 'subscribe', 'receive '];
/** An advertiser's line: its name, a dash, its offer and a number to call. */
const CLASSIFIED_AD = /^\p{Lu}[^–—.!?]{1,60}\s[–—]\s.{0,160}\b(?:[Cc]all|[Pp]hone|[Rr]ing|[Tt]el\.?|WhatsApp|[Tt]ext)\s*:?\s*\+?\d[\d\s-]{5,}\d\.?$/u;

/**
 * Notices a mail client or an archive page puts over the story, read with string tests for the
 * reason given above: "CAUTION: This email originated from outside of the organization. …", "View
 * this email in your browser", "This article is more than 1 month old".
 */
const MAIL_NOTICE_OPENINGS = ['caution: this email originated from outside', '[external] this email', 'external email:', 'view this email in your browser', 'view this email in a browser', 'having trouble viewing this email'];
const opensMailNotice = opensWithAnyOf(MAIL_NOTICE_OPENINGS);
const ARCHIVE_AGE = /^this (?:article|story|post) is more than \d+ (?:days?|weeks?|months?|years?) old\.?$/;

/**
 * A page's controls copied as text, each on its own line: "Subscribe", "Copy link", "Reply", a
 * like count. A paragraph that is only one of them is never the story.
 */
const CONTROL_LABELS: ReadonlySet<string> = new Set([
  'subscribe', 'subscribe now', 'subscribesign in', 'sign in', 'sign up', 'log in', 'login', 'reply', 'share', 'share this post', 'share this article',
  'like', 'comment', 'comments', 'follow', 'copy link', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'pinterest', 'reddit', 'bluesky', 'messenger', 'viber', 'no posts', 'ready for more?',
  'discussion about this post', 'toplatestdiscussions', 'commentsrestacks', 'restacks', 'upgrade to paid', 'load more', 'show more comments',
  'article content', 'listen', 'listen share', 'share by', 'share by email', 'share by e-mail', 'share via', 'share via email', 'spread the love', 'rate', 'rate this', 'rate this article',
  // The text size buttons.
  'a-', 'a+', 'a−', 'a+ a-', 'a- a+',
  // "Copy link" in other languages.
  'skopiuj link', 'kopiuj link', 'kopiera länk', 'kopier lenke', 'kopiér link', 'copier le lien', 'link kopieren', 'copiar enlace',
  'copiar link', 'copia link', 'copia il link', 'copiază linkul', 'copiaza linkul', 'link kopyala', 'bağlantıyı kopyala', 'link kopiëren', 'kopioi linkki', 'salin tautan',
]);
/** A numbered ad slot's label: "Advertisement 2". */
const NUMBERED_AD = /^advertisement \d{1,2}$/;
/**
 * A wire service's or partner's line on where the story first ran: "This report by The Canadian Press
 * was first published Oct. 14, 2026.", "This article was originally published by …".
 */
const FIRST_PUBLISHED = /^this (?:report|story|article|piece|post)(?: by [^.]{2,60})? (?:was (?:first|originally) published|(?:first|originally) appeared (?:on|in))\b(?:[^.]|\.(?=\w| \d)){0,60}\.?(?: read the original article\.?)?$/;
/** The same line in other languages: "Este artículo se publicó originalmente en La Prensa del Caribe el 2 de diciembre de 2026." */
const FIRST_PUBLISHED_ELSEWHERE = /^(?:este art[ií]culo (?:se public[oó]|fue publicado) originalmente (?:en|por)|este artigo foi (?:publicado originalmente|originalmente publicado) (?:em|no|na|pel[oa])|cet article a (?:été )?(?:initialement|originellement|d['’]abord) (?:été )?publié (?:dans|sur|par)|cet article a été publié (?:initialement|à l['’]origine|d['’]abord) (?:dans|sur|par)|questo articolo è stato (?:originariamente|originalmente|inizialmente) pubblicato (?:su|da|in)|dieser (?:artikel|beitrag) (?:erschien|ist) (?:zuerst|ursprünglich) (?:in|auf|bei|im)|dit artikel verscheen (?:eerder|oorspronkelijk) (?:in|op|bij))\b.{0,120}$/;
/** Where a version of the story ran in print: "A version of this article appears in print on …", "Een versie van dit artikel verscheen ook in de krant van …". */
const PRINT_VERSION_OPENINGS = [
  'a version of this article appear', 'a version of this story appear', 'a version of this article was published', 'this article appeared in print',
  'een versie van dit artikel verscheen', 'dit artikel verscheen ook in de krant', 'une version de cet article', 'eine version dieses artikels', 'una versión de este artículo', 'una versione di questo articolo', 'uma versão deste artigo',
];
const opensPrintVersion = opensWithAnyOf(PRINT_VERSION_OPENINGS);
const MAX_PRINT_VERSION_CHARS = 250;
/** "42 Likes∙"; a bare number may be a figure of the story's table, so it stays. */
const LIKE_COUNT = /^[\d.,]+[km]?(?: likes?∙?|∙)$/;
/** A newsletter platform's footer lines: "Discover more from The Fraser Ledger", "Over 11,000 subscribers". */
const PLATFORM_FOOTER_OPENINGS = ['discover more from ', 'substack is the home for', 'this post is free. if you', 'ready for more?'];
const opensPlatformFooter = opensWithAnyOf(PLATFORM_FOOTER_OPENINGS);
const SUBSCRIBER_COUNT = /^(?:over|join) [\d,.]+k? (?:other )?subscribers\.?$/;

/**
 * A correction note in languages the phrase lists do not cover ("Rättelse: I en tidigare version av
 * artikeln …", "Précision : une version précédente de cet article …"): its label and a version of the
 * article it corrects.
 */
const CORRECTION_LABELS = ['correction', 'clarification', 'korrektur', 'berichtigung', 'rättelse', 'rettelse', 'precisering', 'korjaus', 'précision', 'sprostowanie', 'oprava', 'correctie', 'rectificatie', 'correção', 'correzione', 'rettifica'];
const EARLIER_VERSION = /\b(?:versions?|versionen|fassung|versjon(?:en)?|versio(?:ssa)?|wersji|verzi|versie|versão|versione)\b/;
/**
 * An update label, its day and time before the colon, over a correction: "Update 3 november, 16.40
 * uur: in een eerdere versie …". A live blog's "Update 16.40:" says what happened, so the earlier
 * version must be named as such.
 */
const UPDATE_LABELS = ['update', 'nachtrag', 'aktualisierung', 'aktualisiert', 'korrigiert', 'berichtigt', 'corrected', 'mise à jour', 'actualización', 'aggiornamento', 'atualização', 'uppdatering', 'oppdatering', 'opdatering', 'päivitys', 'aktualizacja'];
const NAMED_EARLIER_VERSION = /\b(?:earlier|previous|eerdere|vorige|früheren|vorherigen|précédente|antérieure|anterior|precedente|tidigare|tidligere|aiemmassa|wcześniejszej|poprzedniej|ursprünglichen) (?:version|versie|version|versión|versione|versão|versjon|versio|wersji|fassung)|\bversion (?:précédente|antérieure)|\bversión anterior|\bversione precedente|\bversão anterior/;

const MAX_CORRECTION_CHARS = 400;

function isCorrectionNote(lower: string): boolean {
  const label = CORRECTION_LABELS.find((l) => lower.startsWith(l));
  if (label !== undefined) return /^\s*[:,(]/.test(lower.slice(label.length)) && EARLIER_VERSION.test(lower.slice(0, 160));
  const update = UPDATE_LABELS.find((l) => lower.startsWith(l));
  return update !== undefined && /^(?:[^:.!?]|\.(?=\d)){0,40}:/.test(lower.slice(update.length)) && NAMED_EARLIER_VERSION.test(lower.slice(0, 160));
}

/**
 * The notices and controls above, read on the block lower-cased once: a mail client's warning, an
 * archive's age notice, a platform's footer, a first-published line, a correction note, a control.
 */
function isPageNotice(block: string): boolean {
  const lower = block.slice(0, MAX_PLATFORM_FOOTER_CHARS).toLowerCase();
  if (opensMailNotice(lower)) return block.length <= MAX_MAIL_NOTICE_CHARS;
  // A correction tells what was wrong and what is right: it runs longer than the other notices.
  if (block.length <= MAX_CORRECTION_CHARS && isCorrectionNote(lower)) return true;
  if (block.length > MAX_PLATFORM_FOOTER_CHARS) return false;
  if (opensPlatformFooter(lower)) return true;
  if (lower.startsWith('this ') && ((block.length <= MAX_ARCHIVE_NOTICE_CHARS && ARCHIVE_AGE.test(lower)) || FIRST_PUBLISHED.test(lower))) return true;
  if (FIRST_PUBLISHED_ELSEWHERE.test(lower)) return true;
  if (block.length <= MAX_PRINT_VERSION_CHARS && opensPrintVersion(lower)) return true;
  if (isErrorReport(block, lower)) return true;
  if (block.length <= MAX_FURNITURE_LINE_CHARS && (opensFurniture(lower) || (lower.startsWith('read ') && READING_REWARDS.test(lower)))) return true;
  if (googleNewsPrompt(lower)) return true;
  if (sendOnNetwork(lower) || shareButtonRow(lower)) return true;
  return block.length <= MAX_CONTROL_CHARS && (CONTROL_LABELS.has(lower.replace(/:$/, '')) || LIKE_COUNT.test(lower) || SUBSCRIBER_COUNT.test(lower) || NUMBERED_AD.test(lower) || ratingLine(lower));
}
const MAX_CONTROL_CHARS = 40;

/** A share button that sends the story on a network: "Trimite pe WhatsApp", "Send via WhatsApp", "Lähetä WhatsAppissa". */
function sendOnNetwork(lower: string): boolean {
  const words = lower.replace(/[:.!]$/u, '').split(/\s+/);
  return words.length >= 2 && words.length <= 4 && SEND_VERBS.has(words[0]!) && SHARE_NETWORKS_LOWER.some((network) => words[words.length - 1]!.startsWith(network));
}
/**
 * A row of share buttons as one line of text, where a copy lost what parted them: "Del på Facebook
 * Del på LinkedIn Del på X Send som e-mail Kopiér link", "Share on Facebook Share on X Copy link".
 */
function shareButtonRow(lower: string): boolean {
  if (lower.length > MAX_SHARE_ROW_CHARS) return false;
  const words = lower.split(/\s+/u);
  if (words.length < 4) return false;
  const networks = words.filter((w) => SHARE_ROW_NETWORKS.has(w)).length;
  if (networks >= 2) return words.every((w) => SHARE_ROW_NETWORKS.has(w) || SHARE_ROW_WORDS.has(w));
  return networks === 0 && shareAndCopyLinkRow(words);
}

/**
 * A share bar under the headline, its buttons set apart by dots or bars: "Partager : Facebook · X ·
 * WhatsApp · Courriel", "Del: Facebook · LinkedIn · E-mail", "Share this article Facebook X Email".
 */
export function isShareBar(line: string): boolean {
  const lower = line.toLowerCase();
  if (lower.length > MAX_SHARE_ROW_CHARS) return false;
  const words = lower.split(/[\s·•|:,/]+/u).filter((w) => w !== '');
  const networks = words.filter((w) => SHARE_ROW_NETWORKS.has(w)).length;
  return networks >= 2 && words.every((w) => SHARE_ROW_NETWORKS.has(w) || SHARE_ROW_WORDS.has(w) || SHARED_ITEM_WORDS.has(w) || w === 'courriel');
}

/**
 * The share and copy-link buttons of a page that names no network, as one line: "Artikel teilen
 * Link kopieren", "Share article Copy link", "Partager l'article Copier le lien".
 */
function shareAndCopyLinkRow(words: readonly string[]): boolean {
  return (
    words.length <= MAX_SHARE_AND_COPY_WORDS &&
    words.some((w) => SHARE_VERBS.has(w)) &&
    words.some((w) => COPY_VERBS.has(w)) &&
    words.some((w) => LINK_NOUNS.has(w)) &&
    words.every((w) => SHARE_ROW_WORDS.has(w) || SHARED_ITEM_WORDS.has(w))
  );
}
const MAX_SHARE_AND_COPY_WORDS = 7;
/** What a share button shares, in the languages read. */
const SHARED_ITEM_WORDS: ReadonlySet<string> = new Set(['article', 'story', 'this', 'artikel', 'artikeln', 'artiklen', 'beitrag', "l'article", 'l’article', 'artículo', 'articolo', "l'articolo", 'l’articolo', 'artigo', 'o', 'dit', 'het', 'den', 'det', 'denne', 'dette']);
const MAX_SHARE_ROW_CHARS = 200;
const SHARE_ROW_NETWORKS: ReadonlySet<string> = new Set(['facebook', 'x', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'messenger', 'pinterest', 'reddit', 'threads', 'bluesky', 'e-mail', 'email', 'e-post', 'mail', 'sms', 'flipboard', 'mastodon', 'viber']);
/** A share button's verb, a copy button's verb and what it copies, in the languages read. */
const SHARE_VERBS: ReadonlySet<string> = new Set(['share', 'del', 'dela', 'deel', 'partager', 'partagez', 'compartir', 'comparte', 'compartilhar', 'compartilhe', 'teilen', 'condividi', 'udostępnij', 'sdílet', 'zdieľať', 'jaa', 'megosztás', 'paylaş', 'distribuie']);
const COPY_VERBS: ReadonlySet<string> = new Set(['copy', 'kopiér', 'kopier', 'kopiera', 'kopieer', 'kopieren', 'copiar', 'copier', 'copia', 'kopiuj']);
const LINK_NOUNS: ReadonlySet<string> = new Set(['link', 'lenke', 'lenken', 'länk', 'länken', 'linket', 'lien', 'enlace', 'link-adresse']);
/** The words of share buttons besides the networks' names, in the languages read. */
const SHARE_ROW_WORDS: ReadonlySet<string> = new Set([
  ...SHARE_VERBS,
  ...COPY_VERBS,
  ...LINK_NOUNS,
  'send', 'som', 'as', 'by', 'via', 'on', 'på', 'en', 'sur', 'par', 'per', 'auf', 'su', 'op', 'na', 'em', 'no', 'pe', 'i', 'an', 'een', 'une', 'un', 'por', 'mit', 'con', 'com',
  'envoyer', 'enviar', 'senden', 'invia', 'stuur', 'skicka', 'wyślij', 'lähetä',
  'le', 'el',
  'print', 'imprimer', 'drucken', 'stampa', 'imprimir', 'printen', 'skriv', 'ut', 'drukuj', 'tisknout', 'save', 'gem', 'spara', 'lagre', 'opslaan', 'speichern',
]);
const SEND_VERBS = new Set(['send', 'trimite', 'envoyer', 'envoie', 'enviar', 'envie', 'senden', 'invia', 'stuur', 'skicka', 'wyślij', 'küldés', 'küldd', 'gönder', 'στείλτε', 'στείλε', 'надіслати', 'отправить', 'lähetä', 'saada', 'sendu']);
const SHARE_NETWORKS_LOWER = ['whatsapp', 'facebook', 'messenger', 'telegram', 'viber', 'twitter', 'linkedin', 'e-mail', 'email', 'sms'];
/** A rating widget's line: "Current rating: 4.6", "Rating: 1 2 3 4 5", "Average rating: 3.5/5". */
function ratingLine(lower: string): boolean {
  const label = RATING_LABELS.find((l) => lower.startsWith(l));
  if (label === undefined) return false;
  const score = lower.slice(label.length).replace(/^:?\s*/, '');
  return score !== '' && [...score].every((c) => RATING_CHARS.includes(c));
}
const RATING_LABELS = ['current rating', 'average rating', 'rating'];
const RATING_CHARS = '0123456789.,/ ';
/** The words before "Google News" in a prompt to follow the site there: "… di Google News", "… sa Google News". */
const GOOGLE_NEWS_PREPOSITIONS = new Set(['di', 'sa', 'on', 'pe', 'na', 'auf', 'sur', 'en', 'su', 'em', 'op', 'på', 'στο', 'στα', 'в', 'у', 'w', 'v', 'no', 'da', 'a']);
/** Longest text before "Google News" in such a prompt, and after it the channel's invitation. */
const MAX_BEFORE_GOOGLE_NEWS = 64;
const MAX_AFTER_GOOGLE_NEWS = 260;

/**
 * "Ikuti berita terkini Warta Minahasa di Google News", with the site's chat channel after it ("…
 * Dapatkan juga update … di saluran WhatsApp Warta Minahasa."): string tests, for the reason given
 * at SIGNUP_VERBS.
 */
function googleNewsPrompt(lower: string): boolean {
  const at = lower.indexOf(' google news');
  if (at < 0 || at > MAX_BEFORE_GOOGLE_NEWS) return false;
  const before = lower.slice(0, at);
  if (!GOOGLE_NEWS_PREPOSITIONS.has(before.slice(before.lastIndexOf(' ') + 1))) return false;
  const after = lower.slice(at + ' google news'.length).trim();
  if (after === '' || after === '!' || after === '.') return true;
  if (after.length > MAX_AFTER_GOOGLE_NEWS) return false;
  // "Urmărește Cotidianul Someșan și pe Google News pentru cele mai noi știri din Cluj …": what
  // following it brings, after the call to follow that opens the line.
  if (FOLLOW_VERBS.has(firstWordOf(before))) return true;
  return after.startsWith('. ') && (after.includes('whatsapp') || after.includes('telegram'));
}
/** A line's first word, up to its first space. */
const firstWordOf = (text: string): string => text.split(' ', 1)[0]!;

/** The call to follow opening such a line, in the languages read. */
const FOLLOW_VERBS: ReadonlySet<string> = new Set([
  'follow', 'urmărește', 'urmăriți', 'urmareste', 'urmariti', 'ακολουθήστε', 'ακολούθησε', 'siga', 'sigue', 'síguenos', 'síganos', 'seguinos', 'segui', 'seguici', 'suivez', 'suivez-nous',
  'folgen', 'folge', 'volg', 'följ', 'følg', 'seuraa', 'kövesse', 'kövess', 'kövessen', 'takip', 'подписывайтесь', 'підписуйтесь', 'стежте', 'слідкуйте', 'читайте',
  'obserwuj', 'polub', 'polubcie', 'sledujte', 'sledite', 'pratite', 'sekite', 'sekojiet', 'jälgi', 'ikuti', 'add', 'adaugă',
  // "Receba as notícias da Gazeta no seu WhatsApp", "Recibe las noticias en tu WhatsApp".
  'receba', 'recebe', 'recibe', 'reciba', 'ricevi', 'recevez', 'erhalten',
]);
/**
 * Lines of the page between or under the story, by how they open (string tests, for the reason given
 * at SIGNUP_VERBS): the note that the article goes on past a video or an ad ("Dalszy ciąg artykułu
 * pod materiałem wideo", "Story continues below advertisement"), a reading-rewards prompt ("Read 3
 * articles and stand to win rewards", "Spin the wheel now").
 */
const FURNITURE_OPENINGS = [
  'story continues below', 'article continues below', 'the story continues below', 'the article continues below', 'dalszy ciąg artykułu pod', 'dalszy ciąg artykułu poniżej',
  'dalszy ciąg materiału pod', 'der artikel geht unter dem video weiter', 'artikel geht unter dem video weiter', 'der artikel geht nach der werbung weiter',
  "l'article continue sous", 'l’article continue sous', "l'article continue après", 'l’article continue après', 'el artículo continúa debajo', 'el artículo continúa tras',
  'článek pokračuje pod', 'článek pokračuje níže', 'článok pokračuje pod', 'článok pokračuje nižšie', 'spin the wheel', 'claim your reward',
];
const opensFurniture = opensWithAnyOf(FURNITURE_OPENINGS);
/** Longest such line. */
const MAX_FURNITURE_LINE_CHARS = 80;
/** "Read 3 articles and stand to win rewards": a reading-rewards prompt, after its string test. */
const READING_REWARDS = /^read \d+ (?:more )?(?:articles?|stories) (?:and|to) (?:stand to )?(?:win|earn|unlock)\b/;
/** An invitation to report a mistake: "Vous avez repéré une erreur ? Signalez-la", "Fehler gefunden? Jetzt melden.", "Spotted an error?". */
const ERROR_REPORT_OPENINGS = [
  'vous avez repéré une erreur', 'vous avez remarqué une erreur', 'vous avez trouvé une erreur', 'une erreur dans cet article', 'signaler une erreur',
  'fehler gefunden', 'haben sie einen fehler gefunden', 'fehler melden', '¿has visto un error', '¿has encontrado un error', '¿ha encontrado un error', '¿viste un error',
  'hai trovato un errore', 'hai notato un errore', 'segnala un errore', 'encontrou um erro', 'viu um erro', 'reportar erro', 'fout gezien', 'een fout gezien', 'fout melden',
  'spotted an error', 'spotted a mistake', 'spotted a typo', 'found an error', 'found a mistake', 'see an error', 'notice an error', 'report an error',
  'znalazłeś błąd', 'zauważyłeś błąd', 'našli jste chybu', 'našli ste chybu', 'hittade du ett fel', 'fandt du en fejl', 'fant du en feil', 'löysitkö virheen',
];
const opensErrorReport = opensWithAnyOf(ERROR_REPORT_OPENINGS);
const MAX_ERROR_REPORT_CHARS = 120;

/** Whether a block invites readers to report a mistake; `lower` is its start lower-cased, if the caller has it. */
function isErrorReport(block: string, lower = block.slice(0, MAX_ERROR_REPORT_CHARS).toLowerCase()): boolean {
  return block.length <= MAX_ERROR_REPORT_CHARS && opensErrorReport(lower);
}
const MAX_ARCHIVE_NOTICE_CHARS = 60;
const MAX_PLATFORM_FOOTER_CHARS = 200;
const MAX_MAIL_NOTICE_CHARS = 400;

/** A page's link past its menus to its content, in other languages: "Přeskočit na hlavní obsah", "Перейти к содержанию", "Zum Inhalt springen". */
const SKIP_LINK_OTHER_LANGUAGES = /^(?:přeskočit na (?:hlavní )?obsah|preskočiť na (?:hlavný )?obsah|przejdź do (?:głównej )?(?:treści|zawartości)|перейти к (?:основному )?содержани[юя]|перейти до (?:основного )?(?:вмісту|змісту)|прескочи(?:те)? към (?:основното )?съдържание(?:то)?|μετάβαση στο (?:κύριο )?περιεχόμενο|(?:ana )?içeriğe (?:geç|atla)|ugrás a (?:fő)?tartalomhoz|ugrás a tartalomra|sari la conținut(?:ul principal)?|preskoči na (?:glavni )?(?:sadržaj|vsebino)|spring til (?:hoved)?indhold(?:et)?|hopp til (?:hoved)?innhold(?:et)?|hoppa till (?:huvud)?innehåll(?:et)?|siirry (?:pää)?sisältöön|(?:zum (?:haupt)?inhalt springen|direkt zum inhalt)|(?:aller|passer) au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|(?:ir|pular|saltar) para o conteúdo(?: principal)?|(?:ga )?naar (?:de )?(?:hoofd)?inhoud(?: gaan)?|(?:lewati|langsung) ke konten(?: utama)?|chuyển đến nội dung(?: chính)?|bỏ qua nội dung|(?:saltar|anar|v[ée]s) al contingut(?: principal)?|ir ao contido(?: principal)?|joan edukira|fara í efni|liigu (?:põhi)?sisu(?: juurde)?|pāriet uz (?:galveno )?saturu|pereiti prie (?:pagrindinio )?turinio|neidio i['’]r (?:prif )?gynnwys|kalo te (?:përmbajtja|lënda)|spring na (?:die )?inhoud|slaan oor na inhoud|ruka (?:hadi|kwenye) maudhui)\s*$/iu;
const SKIP_LINK_ENGLISH = /^(?:skip|jump) to (?:the )?(?:main )?(?:content|article|story)$/i;

/** Whether a line is a page's "skip to content" link, which a web page sets before everything else. */
export function isSkipLink(line: string): boolean {
  const text = line.trim();
  return SKIP_LINK_ENGLISH.test(text) || SKIP_LINK_OTHER_LANGUAGES.test(text);
}

/** Phrases that are chrome whatever their length (prompts, widgets, notices). */
const STRONG: RegExp[] = [
  // An e-book news reader's periodical (calibre's "Fetch news"): its masthead with the fetch day,
  // "Εύβοια Σήμερα [Παρ, 04 Σεπ 2026]", its contents entries, "Φωτιά τώρα … [Πέμ, 03 Σεπ 19:40]",
  // and its navigation bars, "| Section menu | Main menu |".
  /^[^[\]\n]{2,200} \[\p{L}{2,4}\.?, \d{1,2} \p{L}{3,5}\.? (?:\d{4}|\d{1,2}:\d{2})\]$/u,
  /^(?:\|\s*(?:section|main|article) menu\s*)+\|$/i,
  // A share or subscribe row under a label in any language: "Rhannu’r stori: Facebook · X · WhatsApp · E-bost",
  // "Subscribe: Apple Podcasts · Spotify · RSS".
  new RegExp(String.raw`^[\p{L}’' ]{2,30}:\s*${SHARE_NETWORKS}\s*[·|•,/]\s*${SHARE_NETWORKS}(?:\s*[·|•,/]\s*[\p{L}-]{1,15}(?: [\p{L}-]{1,15}){0,3}){0,8}$`, 'iu'),
  // The buttons run together with spaces only, a copy-link button last: "Podijeli: Facebook X WhatsApp Viber Kopiraj poveznicu".
  new RegExp(String.raw`^[\p{L}’' ]{2,30}:\s*${SHARE_NETWORKS}(?:\s+${SHARE_NETWORKS}){1,8}(?:\s+[\p{L}-]{1,15}){0,2}$`, 'iu'),
  // "Sponsored · Is your incident response ready? ...": a labelled ad.
  /^(sponsored|promoted|paid (content|post)|advertisement|anzeige|publicité|publicidad)\s*[·|:–—]\s*\S.{0,200}$/i,
  // A box's numbered list run into one line under its label in capitals: "THREE STARS: 1. Jared Whiffen (CB) 1G; 2. Mitch Budden (CB) 38 saves; 3. …".
  /^[\p{Lu}\d][\p{Lu}\d '’&-]{2,30}:\s*1[.)]\s[^;]{2,80};\s*2[.)]\s[^;]{2,80}(?:;\s*\d[.)]\s[^;]{2,80}){0,8}$/u,
  // A traffic bar: "Verkehr: Stau am Zoll Weil am Rhein/Basel, +20 Min. | Osttangente …", "Traffic: M8 closed at J15".
  /^(?:verkehr|traffic|circulation|tráfico|trânsito|traffico|verkeer|trafik)\s*:\s*\S.{0,200}$/iu,
  // A live page's badge and its refresh notice: "● LIVE", "This page automatically refreshes every 60 seconds."
  /^[\W_]*(?:live|live updates|en direct|en vivo|ao vivo|in diretta|na żywo|live ?blog)[\W_]*$/iu,
  /\b(?:this|the) page (?:will )?(?:automatically |auto-)?refresh(?:es)?\b/i,
  // A gallery's pager: "More pictures: < Prev | Next >".
  /[<‹«]\s*prev(?:ious)?\s*\|\s*next\s*[>›»]/i,
  // An audio player's and a reading list's buttons: "▶ Listen to this story · 27 min ☐ Save for later ↗ Share".
  /^\W*(?:listen to (?:this|the) (?:story|article)|save (?:for later|this (?:story|article)))\b.{0,80}$/i,
  // A page's text-size buttons: "font size decrease font size increase font size" (Joomla's K2), "A- A A+",
  // "Schriftgröße", "Taille du texte".
  /^\W*(?:(?:de|in)crease |reset |smaller |larger )?(?:font|text) ?size\b(?![^\n]*[.!?]\s*$).{0,80}$|^(?:schriftgröße|textgröße|taille (?:du texte|des caractères|de (?:la )?police)|tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|dimensione (?:del )?(?:testo|carattere)|tamanho (?:da )?(?:fonte|letra)|lettergrootte|tekstgrootte)\b.{0,60}$|^A\s*[-−–]\s*A\s*A?\s*\+$/iu,
  // A page's counters and tools beside its byline: "Posted by: GFR Desk | 19/11/2025 | Views: 1,204 | Print | Email to a friend".
  /\b(?:views|reads|hits)\s*:\s*[\d.,]+\b.{0,80}$|\bemail (?:this )?to a friend\b/i,
  // A fact box's line of figures: "Goals this season: 11 in 19 (all comps)", "Fee: £28m + £4m add-ons",
  // "Pepper (garbled): Rs 660 a kg". The value is figures with at most one word of prose ("Hope update:
  // Gamez takes 3rd-round lead" is a headline).
  /^\p{Lu}[\p{Ll}]+(?: [\p{Ll}]+){0,3}(?: \([\p{Ll} ]{1,20}\))?:\s+(?=[^.!?]*\d)(?!(?:[^.!?]*?(?<![\p{L}\d-])\p{L}{4,}(?![\p{L}\d-])){2})[^.!?]{1,40}$/u,
  // Appeals for the writer's tip jar and an export's stamp: "you can support my work with a coffee",
  // "Buy me a coffee", "Exported from Medium on January 4, 2026.", "Canonical link".
  /\b(?:support (?:my|our) (?:work|writing|journalism)|buy (?:me|us) a coffee|ko-fi\.com)\b/i,
  /^(?:exported from \S+(?: on .{4,30})?|canonical link)\.?$/i,
  // Notes left for editors and a converter's alerts: "[EDITOR: update before 6pm — KL]", ">>>>>  gd2md-html alert: ...".
  /^\[(?:editor|editors|eds?|note to (?:editors?|desk|subs)|subs?|desk|tk|nb)\b[^\]]*\]$/i,
  /gd2md-html alert/i,
  // The writer's bio under its label: "About the author: Brenda Atuhaire is ...".
  new RegExp(String.raw`^(about the (author|writer|reporter)s?|${BIO_LABELS})\s*[:—–-]\s*\S`, 'iu'),
  // The label alone over the bio: "Sobre o autor", "Om skribenten", "Tietoja kirjoittajasta".
  new RegExp(String.raw`^(${BIO_LABELS}|about the (?:author|writer|reporter)s?|à propos de l[’']auteure|o autorze|o autorce|om (forfatteren|skribenten|författaren|skribentin)|over de (auteur|schrijver)|sull['’]autore|l['’]autore|tietoja kirjoittajasta|kirjoittajasta|a szerzőről|despre autor|o autorovi|o avtorju|об авторе|про автора|yazar hakkında|σχετικά με τον συγγραφέα|tentang penulis|oor die skrywer|um höfundinn|am yr awdur|egileari buruz)\s*:?$`, 'iu'),
  // The same in other languages, where the label's word can also open a sentence: only before "·" or "|".
  /^(annons|annonse|annonce|reklama|reklam|werbung|pubblicità|publicidade|advertentie|mainos|hirdetés)\s*[·|]\s*\S.{0,200}$/iu,
  // The label run into the ad's copy: "Advertisement Watch every match live with ArenaPass — 7-day free trial."
  /^(?:[Aa]dvertisement|ADVERTISEMENT|[Aa]nzeige|ANZEIGE|[Pp]ublicité|PUBLICITÉ|[Pp]ublicidad|PUBLICIDAD|Oglas|OGLAS|Reklama|REKLAMA|Reklaam|REKLAAM|Reklāma|REKLĀMA|Hirdetés|HIRDETÉS|Publicitate|PUBLICITATE|Mainos|MAINOS|Annons|ANNONS|Annonse|ANNONSE|Iklan|IKLAN|Inzerce|INZERCE|Реклама|РЕКЛАМА|Διαφήμιση|ΔΙΑΦΗΜΙΣΗ)\s+\p{Lu}.{0,200}$/u,
  // "/// PARTNER CONTENT /// Connect every branch with carrier-grade fibre. ///": the label between bars, then the ad.
  new RegExp(String.raw`^[-–—•*/~=_·|\[\]\s]{2,}(?:${AD_LABEL_WORDS})[-–—•*/~=_·|\[\]\s]{2,}\S.{0,240}$`, 'iu'),
  /\b(subscribe|sign up|signup|register) (now|today|here|for (our|the|free)|to (our|the|get|receive))\b/i,
  /\bsubscribe to (our|the) (newsletter|channel|podcast|feed)/i,
  // "Subscribe to MarketDesk PRO for exclusive insights and analysis".
  /^[Ss]ubscribe to \p{Lu}[\p{L}\d&.'’ -]{1,40} (for|to get|and get)\b/u,
  /\bnewsletter\b.{0,80}\b(abonnieren|abonnez-vous|abonne-toi|suscr[ií]bete|suscr[ií]base|iscriviti|assine|subscreva|inscreva-se|abonneer|prenumerera|zapisz się|odebírejte|přihlaste se|subscribe|sign up)(?!\p{L})|\b(abonnieren|abonnez-vous|suscr[ií]bete|suscr[ií]base|iscriviti|assine|subscreva|inscreva-se|abonneer|prenumerera|zapisz się|subscribe|sign up)(?!\p{L}).{0,60}\bnewsletter\b/iu,
  // The same box in the other languages read, whose newsletters have names of their own: "Prijavite se na naš
  // newsletter ...", "Tilaa uutiskirje", "Iratkozzon fel hírlevelünkre".
  new RegExp(
    String.raw`(?<!\p{L})(?:prijavite se|pretplatite se|naročite se|tilaa|telli|prenumeruokite|užsisakykite|pierakstieties|iratkozz(?:on)? fel|abonează-te|abonați-vă|subscriu-te|prihláste sa|abone ol|εγγραφείτε|langgan|daftar)(?!\p{L}).{0,60}(?:newsletter|uutiskirje|uudiskir|naujienlaišk|jaunumu|hírlevel|bülten|e-novic|bilten|ενημερωτικό)|(?<!\p{L})(?:uutiskirje|uudiskir|naujienlaišk|hírlevel|bülten|e-novic|ενημερωτικό)\p{L}*(?!\p{L}).{0,60}(?:tilaa|telli|užsisakyk|iratkoz|abone ol|εγγραφ)`,
    'iu',
  ),
  // "Malaya Today is now on WhatsApp. Click here to follow our channel.", "... follow us on LINE and Bluesky."
  new RegExp(String.raw`^(\p{Lu}[\p{L}\d&.'’ -]{1,40} is (now )?on ${FOLLOW_NETWORKS}\b.{0,100}$|^click here to (follow|join|subscribe to) our (channel|group|page|newsletter)\b.{0,40}$|.{0,80}\bfollow us on (line|${FOLLOW_NETWORKS.slice(3, -1)})( and (line|${FOLLOW_NETWORKS.slice(3, -1)}))?\.?$)`, 'iu'),
  // WordPress's feed footer: "The post <title> appeared first on <site>."
  /^the post .{3,240} appeared first on .{2,80}$/i,
  // A series label over the story: "Series: The Intercontinental Derby, 2025-26 — Part 1 of 2".
  /^(?:series|part of (?:the|a|our) series)\s*:.{0,120}\bpart \d+(?: of \d+)?\.?$/i,
  // A desk's byline kept as a line: "By the KNN News Desk | with reports from Masinloc and wire agencies".
  /^by (?:the )?\p{Lu}[\p{L}&.'’ -]{0,40}\b(?:desk|staff|team|bureau|newsroom)\b(?:\s*[|·,–—-]\s*.{0,120})?$/iu,
  // An ad's line of copy: an imperative, a brand or offer, and a price, a trial or a pitch ("Fly Jakarta–Singapore
  // from Rp 899,000.", "Trade Polish bonds with zero commission.", "Watch every match live — 7-day free trial.").
  // Also after the advertiser's name ("Air Astana: fly …") and across one full stop ("Fly Ethiopian to
  // more than 140 destinations. Addis Ababa – Dubai daily from $289.").
  /^(?!.*\b(?:said|says|told|according)\b)(?:\p{Lu}[\p{L}&'’.]*(?:\s+\p{Lu}[\p{L}&'’.]*){0,3}\s*[:—–]\s+)?(?:fly|book|shop|buy|save|try|trade|invest|protect|play|order|switch|upgrade|stream|watch|bank|insure|get)\s[^"“”.!?]{0,90}(?:[.!?]\s+[^"“”.!?]{0,90})?\b(?:from\s+\p{Sc}?\s?\p{Lu}{0,3}\s?\p{Sc}?\s?\d|\d+(?:[.,]\d+)?\s?%\s+off|free trial|\d+-day (?:free|trial)|zero commission|no commission|term cover|on \p{Lu}[\p{L}]*\d+)[^"“”]{0,60}$/iu,
  // A sponsor's line over a report: "Match report presented by Swan Valley Motors — drive away …".
  /^(?:[\p{L}’']+\s+){0,3}(?:[Pp]resented|[Ss]ponsored|[Pp]owered|[Ss]upported|[Bb]rought to you) by\s+\p{Lu}[^.!?]{0,120}$/u,
  // An advertiser's name, its offer and a price to close the line: "Smile Plus Dental Clinic — implants from 29,900 baht."
  /^(?!.*\b(?:said|says|told|according|rose|rise|rises|risen|fell|fall|falls|fallen|up|down|increased?|cut)\b)\p{Lu}[\p{L}&'’.]*(?:\s+\p{Lu}[\p{L}&'’.]*){0,4}\s*[—–:]\s+[^"“”.!?]{0,80}\bfrom\s+\p{Sc}?\s?\p{Lu}{0,3}\s?\p{Sc}?\s?\d[\d,.\s]*(?:\p{Sc}|\p{L}{1,6})?\.?$/u,
  // An advertiser's name, a colon and its offer, set between paragraphs with no label: a discount, a
  // delivery, a visit or booking call, or its web address ("Termas del Daymán: escapadas … con 20 % de
  // descuento para socios. Reservá en …", "Frantoio Del Vecchio: olio extravergine del Gargano, spedizioni
  // in tutta Italia in 48 ore.", "Bouwcenter Vermandel: 15 % korting op isolatie … Kom langs in Tielt").
  // Not a linked item ("Netball: Sunshine Girls name squad …<https://…>"): a list of stories.
  /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|de|del|della|di|du|des|da|do|dos|van|von|der|den|&)){0,4}\s?:\s+(?!.*(?:https?:|<|\]\())(?![^"“”«»„]*\b(?:said|says|told|dijo|afirmó|explicó|a déclaré|a dit|ha detto|ha spiegato|zei|zegt|sagte|sagt|disse|afirmou)\b)(?=[^"“”«»„]*?(?:\d\s?%\s?(?:de descuento|di sconto|korting|de réduction|de remise|rabatt|off|de desconto|popust|zniżki)|\bspedizion[ei]\b|\benvíos? (?:gratis|a todo)|\blivraison (?:gratuite|offerte|partout)|\bfree (?:shipping|delivery)\b|\bkom langs\b|\breserv[aá] (?:en|ya)\b|\bréservez\b|\bbestel (?:nu|online)\b|\bbesuchen sie uns\b|\bvisit us\b|\b[\w-]+\.(?:com|net|uy|ar|it|be|fr|es|pt|br|nl|de|at|ch|ie|co\.uk|com\.au)\b))[^"“”«»„]{10,200}$/u,
  // Financial promotions' and gaming ads' warnings.
  // An offer's small print closing a short promotion: "Open a domiciliary account in minutes with … Bank. Terms apply."
  /^(?:your )?capital (?:is )?at risk\b.{0,120}$|^.{0,160}[.!]\s+(?:your )?capital (?:is )?at risk\.?$|^.{0,160}[.!]\s+(?:T&Cs|Ts&Cs|T&C|terms(?: and conditions)?|conditions) apply\.?$|\bthis game (?:involves|may involve) an element of financial risk\b|^(?:please )?play responsibly\b.{0,80}$/i,
  // Portuguese newsletter boxes: "Receba as principais notícias ... no seu e-mail. Cadastre-se na newsletter ...".
  /\b(cadastre-se|inscreva-se|assine) (na|em nossa|a nossa|nossa) newsletter\b|^receba (as principais|as últimas|nossas) notícias\b.{0,80}\b(e-?mail|whatsapp|celular)\b/iu,
  // A breaking-news bar: "ÚLTIMO MINUTO: Sismo de magnitud 5,1 ...", "BREAKING: ...", "FLASH INFO · ...".
  /^(último minuto|última hora|breaking( news)?|just in|eilmeldung|urgent|urgente|dernière minute|flash info|ultim'ora|news alert)\s*[:|·•—–]\s*.{3,120}$/iu,
  // A results ticker: "SPL RESULTS: Sailors 3-2 Tampines · Geylang 1-1 Balestier · ...".
  /^(?:[\p{L} ]{0,30}(results|scores|fixtures|live)\s*:\s*)?(?:[^·|•\d]{2,40}\s\d{1,3}\s?[-–]\s?\d{1,3}\s[^·|•]{2,40}(?:\s*[·|•]\s*|$)){2,}$/iu,
  // A breaking-news stub: "Noticia en ampliación", "This story will be updated".
  /^(noticia (de última hora|en ampliación|en desarrollo)\.?\s*)?(ampliaremos (la )?información|información en ampliación)\.?$|^(this (is a )?(developing|breaking) (news )?story|this story (is developing|will be updated|has been updated))\b.{0,80}$|^(cet article sera (mis à jour|actualisé)|dieser (artikel|beitrag) wird (laufend )?aktualisiert)\b.{0,40}$/i,
  // A caption ending in its credit after a slash or a bar: "Tourists in the square. / EFE", "Welders in
  // the boiler shop. | Mara Villamil" (Prensa Ibérica's pages).
  /^.{10,250}[.!?]["”’]?\s*[/|]\s+\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3}$/u,
  /\b(our|the|daily|weekly|free) newsletters?\b.{0,60}\b(inbox|sign up|subscribe)/i,
  /\bdelivered (directly |straight )?to your inbox\b/i,
  /\bget (real[- ]time|the latest) (updates|news)\b.{0,40}\b(device|inbox|subscribe)/i,
  /\b(like|follow) us on (facebook|twitter|instagram|linkedin|youtube|telegram|x)\b/i,
  /\bmake .{1,20} your homepage\b/i,
  /^(share|tweet|email|print|pin|save)( (this|on|via|article|story|it|to))?( (facebook|twitter|whatsapp|linkedin|email|article|story|page))*[:!.]?$/i,
  /^share (this|on|via)\b.{0,60}$/i,
  /\b(this (web)?site|we) uses? cookies\b/i,
  /\bby (continuing to )?(using|browsing) (this|our) (site|website)\b.{0,80}\b(cookies|agree)/i,
  /\baccept (all )?cookies\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(leave|post|add|write) a (reply|comment|response)\b/i,
  /^(want to )?join the (discussion|conversation)\b/i,
  /^feel free to contribute\b/i,
  /^be the first to comment\b/i,
  /^\d+\s+(replies|reply|comments?|responses?)\b\.?$/i,
  /^(no|view|show|read|load|see) (\d+ )?(more )?comments?\b/i,
  /^comments?( \(\d+\))?:?$/i,
  /^(click|tap) here\b/i,
  /^(read|see|watch|listen)( the)? (more|also|next|full story|full article|related)\b.{0,120}$/i,
  /^(related|recommended|more|trending|popular|latest)( (articles?|stories|posts|news|videos|content|reading|from\b.{0,40}))?:?$/i,
  /^(you (may|might) (also )?like|don'?t miss|most (read|popular|viewed|shared)|also (read|see) ?:?)/i,
  /^((related |suggested )?(tags?|topics?)|filed under|categories|category|keywords?|labels?)\s*:/i,
  /^(tags|keywords|topics in this article)$/i,
  // "© 2025 Teranga Sciences", "Copyright 2024 The AP", "Copyright Guardian News": not "Copyright holders will be paid".
  /^(?:[Cc]opyright|COPYRIGHT)\s*(?:\d{4}|©|\([Cc]\)|\p{Lu})|^©|^\([Cc]\)\s*\d{4}/u,
  /\ball rights reserved\b/i,
  /^(photo|image|picture|video|graphic|illustration|credit|source|foto|bild)s?\s*(credit)?\s*:/i,
  /^\(\s*(photo|image|picture|credit|foto|bild)s?\s*(credit)?\s*[:/]/i,
  // A caption closed by its credit: "Lewis Mackie celebrates his winner. Pic: SNS Group".
  /[.!?]["”’]?\s+(pic|photo|picture|image|photograph)s?\s*:\s*[^.!?:]{2,50}$/i,
  // A reader poll left as text: "POLL: Who should be the next mayor? ( ) Yes ( ) No [Vote]".
  /^(quick |reader |our )?poll\s*:.{0,300}(\(\s\)|\[\s*vote\s*\])/i,
  /\b(AP|AFP|Reuters|Getty Images|EPA|Shutterstock|iStock)\s*(photo|images)?\s*\/\s*[A-Z][\w. ]+\)?$/,
  /^(translated|edited|compiled) by\b/i,
  /\b[-–—]\s*translated by\b/i,
  /^(about (this|the) (publication|author)|about us|contact us|privacy policy|terms of (use|service)|site map|sitemap)$/i,
  /^real[- ]time analytics$/i,
  /\bskip to (main )?content\b/i,
  SKIP_LINK_OTHER_LANGUAGES,
  /^(home|menu|search|login|log in|sign in|register|navigation)( [|»>/·•›] .*)?$/i,
  /^(previous|next) (article|post|story)\b/i,
  /\bwe (may )?earn (a )?(small )?commission\b/i,
  /\b(enable|turn on) javascript\b/i,
  /^loading\.{0,3}$/i,
  /^(print|email) (this )?(article|story|page)\b/i,
  /^posted in\b.{0,80}$/i,
  // A box of figures set on one line, its label before a colon and three or more figures between dots: "📊 Il progetto in
  // cifre: 42 ettari sorvolati · 19 giorni di anticipo · 87% di zone colpite riconosciute · …".
  /^[^:.!?]{3,50}:\s*[^·.!?]*\d[^·]*(?:\s·\s[^·]*\d[^·]*){2,}$/u,
  // The category and the tags on one line under the story: "Posted in Transfers · Tagged Bendel Insurance, NPFL, …".
  /^posted in\b[^.!?]{1,60}?\s[·•|]\s*tagged\b.{0,250}$/i,
  // A wire's or an agency's credit for the story it distributes: "Conteúdo distribuído pela Agência …. Reprodução autorizada …".
  /^(?:conte[úu]do|contenido|contenu|contenuto|content) (?:distribu[íi]do|distribué|distribuito|distributed|syndicated|cedido|fornecido|provided) (?:pela|pelo|por|par|dal|dalla|by)\s.{3,150}$/iu,
  /^reprodu(?:ção|ccion|cción|zione) (?:autorizada|autorizzata|permitida)\b.{0,100}$/iu,
  // Joomla K2's counter and category under the story: "Read 1482 times", "Published in Aviation & Tourism",
  // "Letto 312 volte", "Gelesen 95 mal".
  /^published in\b[^.!?]{0,80}$/i,
  /^(?:read|letto|leído|lido|lu|gelesen|gelezen|czytany|přečteno) \d[\d.,]* (?:times|volte|veces|vezes|fois|mal|keer|razy|krát)\.?$/iu,
  /^advert(isement|isements|s)?:?$/i,
  /^continue reading( below| the (main )?story)?\.{0,3}$/i,
  /\b(requires|needs) javascript\b/i,
  /^tell us what you think\b/i,
  /^breaking news (e-?mails|alerts)$/i,
  // A text-message alert service: "Text NEWS to 242-555-0199 for breaking news alerts."
  /^(?:text|sms|txt) \S{2,20} to \+?\d[\d\s-]{2,16}\d\b.{0,80}$/i,
  /\bnews alerts?\b.{0,80}\bdelivered\b/i,
  // Affiliate disclosures: "This post contains affiliate links", "Dieser Beitrag enthält Affiliate-Links".
  /\b(affiliate|referral)[- ]?links?\b/i,
  /\b(liens? (d'|d’)?affili(és|ation)|enlaces? (de )?afiliad[oa]s?|link affiliati|links? (de )?afiliad[oa]s?)\b/i,
  /\b(erhalten wir|bekommen wir)( ggf\.| gegebenenfalls| unter umständen)? eine (kleine )?(provision|vergütung)\b|\b(nous (percevons|touchons|recevons)|on touche) une (petite )?commission\b|\b(recibimos|obtenemos|ganamos) una (pequeña )?comisión\b|\b(riceviamo|percepiamo) una (piccola )?commissione\b|\b(recebemos|ganhamos) uma (pequena )?comissão\b|\b(ontvangen|krijgen) (wij|we) een (kleine )?(commissie|vergoeding)\b/i,
  // A syndicated story's note: "This story was distributed by the Melanesia Press Agency and has not been
  // edited by the Bulletin", "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)".
  /\b(?:has not been edited by|is auto-generated from a syndicated feed|was distributed by .{2,60} and has not been)\b/i,
  // One share button of a row, in the languages that decline the network's name: "Sdílet na Facebooku", "Udostępnij na Facebooku".
  // (No \p{…} nor "u" flag here: one such pattern slows every line's test against the whole list.)
  new RegExp(`^${SHARE_WORD}\\s+(?:na|on|sur|auf|en|su|em|op|på|w|v|via)\\s+(?:facebook|twitter|whatsapp|linkedin|telegram|x)[a-z]{0,3}$`, 'i'),
  // A print or mail button alone: "Tisknout", "Drucken", "Poslat e-mailem", "Wyślij e-mailem".
  /^(?:drucken|imprimer|imprimir|stampa|tisknout|vytisknout|drukuj|wydrukuj|printen|afdrukken|tulosta)$/i,
  /^(?:poslat|odeslat|wyślij|per|par|por|via)\s+e-?mail(?:em)?$/i,
  // A row of share buttons left as text: "WhatsApp · Facebook · X", "Share: Facebook / Twitter / Email", "Facebook * X * WhatsApp".
  new RegExp(`^(?:${SHARE_WORD}(?: (?:this|on|via|article|story|post|sur|auf|en|su|em|op))*\\s*:?\\s*)?(?:${SOCIAL})(?:\\s*[·|•/,–—*-]?\\s*(?:${SOCIAL}))+\\s*$`, 'i'),
  /^by:?$/i,
  /^(published|posted|updated|last updated)?:?\s*\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i,
  /\((?=[^()]*\b(photo|image|picture|pic|getty|credit|file photo|foto|bild)s?\b)[^()]{2,80}\)\s*$/i,
  /^\[[^\]]{1,40}\]$/,
  // "[Photo] The ship at the terminal." and "[Gambas:Video]": a media label opening the line.
  /^\[(photos?|images?|video|pictures?|foto|bild|фото|gambas:[^\]]*)\]/i,
  /\[(INSIGHT|VIDEO|PICTURES|PICS|REVEAL|LATEST|POLL|ANALYSIS|LIVE|WATCH)\]/,
  /©/,
  /\b(may|can) be reached at\b|\breach (him|her|them|me|us) at\b/i,
  /^(https?:\/\/|www\.)\S+$/i,
  /^(image|photo|slide|picture|foto|bild)s?\s*\d+\s*(of|von|de|sur|\/)\s*\/?\s*\d+$/i,
  /\bfollow (him|her|them|us|me) on (twitter|facebook|instagram|x)\b/i,
  // The same chrome in French, German, Spanish, Italian, Portuguese and Dutch.
  // ("Del:", "Dela:", "Jaa:", "Udostępnij:": the Nordic, Finnish and Slavic labels.)
  /^(partager|partagez|teilen|compartir|comparte|comparta|condividi|compartilhe|compartilhar|partilhar|partilhe|delen|deel|del:|dela|jaa|podijeli|podeli|udostępnij|sdílet|zdieľať|paylaş|bagikan|kongsi|distribuie|comparteix)(?![\p{L}])(?=.{0,100}\b(facebook|twitter|whatsapp|linkedin|e-?mail|e-?post|courriel|telegram|x)\b).{0,120}$/iu,
  // ("Teilen mit:", "Compartir esto:", "Compartilhe isso:": WordPress's "Share this:" in German, Spanish and Portuguese.)
  /^(partager|partagez|teilen|compartir|comparte|comparta|condividi|compartilhe|compartilhar|partilhar|partilhe|delen|deel)( (sur|auf|mit|esto|isso|isto|en|su|em|op|cet article|ce contenu|cette publication|cette page|cette actualité|diesen artikel|diesen beitrag|diese seite|este artículo|esta noticia|esta publicación|questo articolo|questo post|esta matéria|este artigo|esta publicação|dit artikel|dit bericht|deze pagina))*\s*[:!.]?$/i,
  // The label alone over the buttons, each on a line of its own: "Podijeli:", "Sdílet:", "Megosztás:".
  /^(partager|teilen|compartir|condividi|compartilhar|compartilhe|partilhar|delen|deel|del|dela|jaa|podijeli|podijelite|podeli|deli|delite|udostępnij|sdílet|sdílejte|zdieľať|zdieľajte|megosztás|paylaş|bagikan|distribuie|comparteix|dalintis|dalīties)\s*:$/iu,
  // The same with the object first, as German and Dutch put it, or after the verb with an article: "Artikel teilen", "Dit artikel delen", "Partilhar artigo".
  /^((diesen |den )?(artikel|beitrag|seite|story) teilen|(dit |het )?(artikel|bericht) delen|(partilh(ar|e)|compartilh(ar|e)) (o |este |a |esta )?(artigo|notícia|matéria|reportagem)|del (artikkelen|saken)|jaa (artikkeli|juttu))\s*[:!.]?$/i,
  /\b(nous utilisons|ce site utilise|wir verwenden|diese (web)?seite verwendet|utilizamos|este (sitio|sitio web|portal) utiliza|usamos|utilizziamo|usiamo|questo sito (web )?(utilizza|usa)|este site (utiliza|usa)|wij gebruiken|we gebruiken|deze (web)?site gebruikt) (des |les |i |os )?(cookies?|témoins)\b/i,
  // Hindi and Arabic consent lines: "… कुकीज़ का उपयोग करते हैं", "… ملفات تعريف الارتباط".
  /कुकीज़ का (उपयोग|इस्तेमाल)|कुकी नीति|(نستخدم|يستخدم هذا الموقع) ملفات (تعريف )?الارتباط/u,
  /^(accepter|tout accepter|akzeptieren|alle akzeptieren|aceptar|aceptar todo|accetta|accetta tutti|aceitar|aceitar todos|accepteren|alles accepteren)( (les|alle|todas las|i|os)? ?cookies?)?$/i,
  /^(abonnez-vous|inscrivez-vous|jetzt abonnieren|newsletter abonnieren|suscr[ií]bete|suscr[ií]base|reg[ií]strate|abbonati|iscriviti|assine|subscreva|inscreva-se|cadastre-se|abonneer( je)?|meld je aan)\b.{0,100}$/i,
  /\b(abonnez-vous|inscrivez-vous) (à|a) (notre|la|l['’]) ?(newsletter|lettre|infolettre)/i,
  /^(lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|sur le même sujet|articles? liés?|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen|lee también|leer más|lea también|te puede interesar|noticias relacionadas|más información|leggi anche|leggi di più|potrebbe interessarti|articoli correlati|leia também|leia mais|veja também|saiba mais|notícias relacionadas|lees ook|lees meer|meer over dit onderwerp)\b.{0,120}$/i,
  /\b(connectez-vous|identifiez-vous) pour (commenter|réagir)\b|\b(melden sie sich an|anmelden),? um (zu kommentieren|einen kommentar)|\b(inicia sesión|inicie sesión|reg[ií]strate) para comentar\b|\b(accedi|registrati) per commentare\b|\b(faça login|entre|cadastre-se) para comentar\b|\blog (je )?in om te reageren\b/i,
  /^(laisser|écrire|ajouter) un commentaire\b|^(kommentar schreiben|schreiben sie einen kommentar)\b|^(deja|dejá|escribe|escribí|deje) (un|tu|su) comentario\b|^(lascia|scrivi) un commento\b|^(deixe|escreva) (um|seu) comentário\b|^(laat|plaats|schrijf) een reactie\b/i,
  /\b(tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden)\b/i,
  /^(werbung|publicité|publicidad|anuncio|pubblicità|publicidade|anúncio|advertentie)$/i,
  /^(crédits? (photo|image)s?|bildquelle|fotos?|im[aá]genes?|immagini|imagens?|beeld)\s*:/i,
  /^(impressum|datenschutz(erklärung)?|mentions légales|politique de confidentialité|conditions générales|aviso legal|política de privacidad|contacto|kontakt|note legali|contatti|termos de uso|política de privacidade|contato|contatos)$/i,
  /^(accueil|startseite|inicio|portada)( [|»>/·•] .*)?$/i,
  /^(mots[- ]clés|schlagwörter|schlagworte|stichwörter|etiquetas|étiquettes|temas|thèmes|argomenti|palavras-chave|assuntos|trefwoorden|onderwerpen|etiquetes|tagovi|oznake|ознаке|тагови|тагове|tagi|tagit|taggar|címkék|etichete|štítky|značky|žymės|birkas|sildid|avainsanat|etiketler|ετικέτες|теги|метки|мітки)\s*:/iu,
  // The masthead's legal line: "Västkustposten · Ansvarig utgivare: Karin Holmgren · Kontakta oss · Om cookies".
  /^.{0,80}\b(ansvarig utgivare|ansvarlig redaktør|ansvarshavende redaktør|vastaava päätoimittaja|directeur de (la )?publication|responsable de la publication|odgovorni urednik|redaktor naczelny|v\.\s?i\.\s?s\.\s?d\.\s?p\.)\s*:.{0,160}$/iu,
  // A newsletter box: "Infolettre : recevez l'essentiel de l'actualité régionale chaque matin. S'inscrire",
  // "Få de viktigaste nyheterna från västkusten varje morgon. Anmäl dig här".
  /^(infolettre|newsletter|nyhetsbrev|nyhedsbrev|uutiskirje|boletín|boletim)\b.{0,160}\b(s['’]inscrire|inscrivez-vous|abonnez-vous|suscríbete|inscreva-se|subscribe|sign up|anmäl dig|meld deg på|tilmeld dig|tilaa)\b.{0,20}$|^.{0,160}\b(anmäl dig här|meld deg på her|tilmeld dig her|inscrivez-vous ici|abonnez-vous ici)[.!]?$/iu,
  ...APPEALS,
  ...OTHER_LANGUAGES,
  // A reader-funding appeal: "… we have a small favour to ask. Millions of readers …".
  /^…?\s*we have a small favou?r to ask\b.{0,400}$/i,
  // A most-read list run into one line: "Lo más leído: Iberdrola dispara … · El precio de la luz … · …".
  /^(?:most read|most popular|trending(?: now)?|lo más leído|lo más visto|más leídas?|mais lidas?|mais lidos|les plus lus|les plus lues|meistgelesen|am meisten gelesen|i più letti|più letti|meest gelezen)\s*:\s*\S.{0,400}$/iu,
];

const matchesStrong = matcher(STRONG);

/** "Updated Nov 19, 9:41 AM; Posted Nov 18" and the like: a timestamp label and little else. */
/**
 * A publication or update stamp: "Published: 12 March 2026, 10:30", "Updated 5 hours ago", "Posted on
 * March 4, 2026 by …". Its figures come within a few words of the label: "Updated figures released
 * on Monday show 1,200 more cases." is a sentence.
 */
const STAMP = /^[|•·\s]*(updated|posted|published|last updated|first published|last modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|aangepast|gewijzigd)\b:?\s*(?=(?:[^\s\d]+\s+){0,3}[^\s\d]*\d)(on|at|am|le|el|il|em|op)?\s*.{0,70}$/i;

/**
 * A site's bar with the day and the weather: "Graulhet, samedi 7 mars 2026 · 14 °C", "Weather Thunder Bay −14°C, light
 * snow · Thursday, March 12, 2026". Read only on a short line holding a temperature, a year and a separator.
 */
const WEATHER_BAR = /^(?=.*\b(?:19|20)\d{2}\b)[^.!?]*\s[·|•]\s[^.!?]*$/u;
const MAX_WEATHER_BAR_WORDS = 16;

/** "142 shares", "1.2K", "340 likes": a count with a unit or a counter word. */
const COUNT = String.raw`\d[\d.,]*(?:[KkM]\b|[KkM]?\s?(?:shares?|likes?|tweets?|retweets?|reactions?|views?|reads?)\b)`;

/** What ad slots, share bars and article headers leave behind in scraped text. */
const LEFTOVERS: RegExp[] = [
  // The tags' label alone on its line, in more languages than English's "Tags".
  /^(?:emner|emneord|stikkord|schlagwörter|schlagworte|themen|etiquetas|étiquettes|mots-clés|etichette|argomenti|trefwoorden|onderwerpen|ämnen|nyckelord|aiheet|avainsanat|tagi|tagy|štítky|címkék|oznake|etichete)\s*:?$/iu,
  // A sports page's sponsor line: "Match sponsor: Frome Valley Tractor & Plant Hire – tractors, trailers …".
  /^(?:match|matchday|match ball|man of the match|kit|shirt|today['’]s|this week['’]s|page|column|section) sponsors?\s*[:–—-]\s*\S.{0,150}$/i,
  // The links to the previous and next posts: "← Articolo precedente Pescara, … Articolo successivo → Volley, …".
  new RegExp(String.raw`^(?:[←«‹]\s*)?(?:${PREVIOUS_POST})\b.{0,200}?(?:(?:${NEXT_POST})\s*[→»›]?.{0,200})?$`, 'iu'),
  // Short labels between their arrows: "« Prev Sting 5, Spirit 2: … Next » Deadline day live: …".
  /^[←«‹]\s*prev(?:ious)?\b.{0,200}?\bnext\s*[→»›].{0,200}$/iu,
  // An audio player's clock: "0:00 / 24:12".
  /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  // What a byline box leaves when its links are gone: "Published in", Medium's "Top highlight".
  /^(?:published|posted|filed) (?:in|under)\s*:?$|^top highlight$/i,
  // "Advertisement · Scroll to continue", "Report ad", "Story continues below advertisement".
  /^(advertisement|advertising|advert|adv|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|pub|advertentie)s?\s*[-–—·•|:]*\s*((scroll|continue|keep reading|(story|article) continues)\b.{0,30})?$/i,
  // The ad label in Polish, Russian, Turkish, Swedish, Danish/Norwegian, Indonesian, Greek, Japanese, Chinese and Korean.
  /^(reklama|реклама|reklam|annons|annonse|annonce|reklame|iklan|διαφήμιση|広告|广告|廣告|광고|スポンサーリンク|pr)\s*[-–—·•|:]*$/i,
  // What an ad slot between paragraphs says: "SCROLL TO CONTINUE WITH CONTENT".
  /^scroll (down )?to (continue|read)( with (the )?(content|article|story)| reading)?\.?$/i,
  /^(report|hide|close|skip)( this)? (ad|advert|advertisement)$/i,
  /^(story|article|text|content) continues below( (the )?(advertisement|ad|advert))?\.?$/i,
  // A wire story's closing credit: "Reporting: Dinuka Wickramasinghe in Colombo; ... Edited by Rebecca Tan.", "(Reporting by A; Editing by B)".
  /^\(?(?:additional )?reporting(?: by|:)\s.{3,200}?[;,.]\s*(?:edit(?:ed|ing)|writing|written) by\s.{3,80}$/i,
  // A contact or bio line that ends in an e-mail address: "Reach her at jd@example.com."
  /(^|\s)[\w.+-]+@[\w-]+\.[\w.-]+[.)]?$/,
  /^(la suite après (cette|la) publicité|continúa (después|tras) (de )?la publicidad|(l'articolo )?continua (dopo|sotto) la pubblicità|continua (após|depois d)a publicidade|lees verder (na|onder) de advertentie|weiterlesen nach der (anzeige|werbung)|(der )?artikel (geht|wird) (nach|unter) der anzeige (weiter|fortgesetzt))\.?$/i,
  // Share and like counters: "142 shares", "Share 1.2K Tweet 340", "1.2K". A bare number is left
  // alone: it may be a cell of a results table. (Each repetition starts with a space or a word, so
  // matching stays linear.)
  new RegExp(String.raw`^${COUNT}(?:\s+${COUNT})*$`, 'i'),
  /^(share|shares|tweet|tweets|like|likes|pin|email|comment|comments)\s*:?\s*\d[\d.,]*\s*[KkMm]?(\s+(share|shares|tweet|tweets|like|likes|pin|email|comment|comments)\s*:?\s*\d[\d.,]*\s*[KkMm]?)*$/i,
  // A share bar's label naming the article ("Condividi l'articolo:", "Deel dit artikel:").
  /^(?:condividi (?:l['’]articolo|questo articolo|la notizia)|compart(?:ir|e) (?:el|este) (?:artículo|articulo|nota)|compartilhe (?:este|esse) (?:artigo|post|conteúdo)|deel (?:dit|het) artikel|udostępnij(?: ten)? artykuł|dela (?:artikeln|den här artikeln)|del artiklen)\s*:?$/iu,
  // A newsletter form's fields and consent line: "Tu email", "Suscribirme", "Al suscribirte aceptas la
  // política de privacidad de …", "By subscribing, you agree to …".
  /^(?:(?:tu|su) (?:e-?mail|correo(?: electrónico)?)|your e-?mail(?: address)?|suscribirme|suscríbete|iscriviti|inscreva-se|inscrever|abonnieren|je m['’]abonne|aanmelden|zapisz się|prenumerera)$/iu,
  /^(?:al suscribirte,? aceptas|by (?:subscribing|signing up),? you (?:agree|accept)|en vous (?:inscrivant|abonnant),? vous acceptez|iscrivendoti,? accetti|ao (?:se )?(?:inscrever|assinar),? (?:você )?(?:concorda|aceita)|mit (?:der|ihrer) anmeldung (?:akzeptieren|stimmen) sie)\b.{0,200}$/iu,
  // A share counter's label when its number stands on the line above ("0" / "Shares").
  /^(?:total )?(?:shares|partages|compartidos|condivisioni|compartilhamentos)$/i,
  // Reading time: "7 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten", "Reading Time: 3 mins read",
  // and a reader view's estimate, "5–7 minutes".
  /^(\d+(\s*[–-]\s*\d+)?\s*(min|mins|minutes?|minuten|minutos|minuti)\.?\s*(read|reading|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)?|(reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|lectura|tempo di lettura|lettura|tempo de leitura|leitura|leestijd|leesduur)\s*:?\s*\d+\s*(min\w*)?\.?(\s*read)?)$/i,
  /^tagged( with| in| as)?\s*:/i,
  // An article's view counter: Joomla's "Hits: 3214", "Visitas: 3.214", "Zugriffe: 1.020".
  /^(?:hits|views|visitas|visite|visualizzazioni|visualizações|aufrufe|zugriffe|affichages|vues|lecturas|letture|weergaven|bezoeken|odsłony|wyświetlenia|zobrazení|visningar|visninger)\s*:\s*\d[\d.,  ]*$/i,
  // Or a blog platform's counts under the post: "248 katselua", "312 views 0 comments", "97 katselua 0 kommenttia".
  /^\d[\d.,  ]*\s*(?:views|katselua|visualizzazioni|visualizaciones|visualizações|aufrufe|vues|weergaven|visningar|visninger|visninger|wyświetleń|zhlédnutí|megtekintés)(?:\s+\d+\s*(?:comments?|kommenttia?|commenti|comentarios|comentários|kommentare?|commentaires?|reacties|kommentarer|komentarzy))?$/iu,
  // A note that readers paid for the story, with the appeal after it: "Cet article a été réalisé avec
  // le soutien de nos lecteurs. Soutenez … sur HelloAsso.", "This story was made possible by readers like you."
  /^(cet article a été (réalisé|rendu possible|financé) (avec|grâce à|par) (le soutien|l['’]aide|les dons) de nos (lecteurs|lectrices|abonnés)|this (story|article|reporting) (was|is) (made possible|funded|supported) by (readers|members|supporters|donors)( like you)?)\b.{0,160}$|^soutenez .{2,40} sur (helloasso|tipeee|patreon|kisskissbankbank)\b.{0,40}$/i,
  // A Danish wire story's closing credit between slashes: "/ritzau/", "/ritzau/fbb".
  /^\/\s?(ritzau|ritzau fokus|ntb|tt|fbb)\s?\/[\p{L}]{0,6}$/iu,
  // A feedback prompt under the text: "¿Te fue útil esta nota? Compártela", "Was this article helpful?".
  /^(was this (article|story|page|post) (helpful|useful)|(did you )?(like|enjoy)(ed)? this (article|story)|podobał ci się (ten )?artykuł|hat ihnen (dieser|der) (artikel|beitrag) gefallen|cet article vous a plu|¿te gustó (esta nota|este artículo)|ti è piaciuto (questo articolo|l['’]articolo)|gostou (desta notícia|deste artigo|da matéria)|vond je dit (artikel|een goed artikel)|gillade du (artikeln|den här artikeln)|líbil se vám (článek|tento článek)|páčil sa vám (článok|tento článok)|tetszett a cikk|pidititkö (artikkelista|jutusta)|did you find this (article|story) (helpful|useful)|¿(te|le) (fue|ha sido|resultó) útil (esta|este) (nota|noticia|artículo)|cet article vous a-t-il été utile|war dieser (artikel|beitrag) hilfreich|questo articolo (ti )?è stato utile|esta (notícia|matéria) foi útil|was dit artikel nuttig)\s*\??.{0,40}$/i,
  // A paywall badge on a line of its own: "Suscriptor", "Premium", "Abonné", "Subscriber only".
  /^(premium|exclusive|exclusivo|exclusiva|suscriptor(es)?|abonn[ée]s?|abonnenten|assinantes?|subscribers?( only| exclusive)?|members? only|solo (para )?suscriptores|exclusivo (para )?(suscriptores|assinantes)|f[üu]r abonnenten|nur f[üu]r abonnenten|tylko dla prenumerator[óo]w)$/i,
  // "Contact Sarah Lindqvist at slindqvist@rivertongazette.com or 555-0143."
  /^(contact|email|e-mail|reach|write to|tips?:|kontakt|contacto|contatto|contacter|contactez)\b.{0,80}\b[\w.+-]+@[\w-]+\.[\w.]+\b.{0,40}$/i,
  // A video or audio teaser between paragraphs: "Watch: Drone footage shows ...", "Video: ...",
  // "LIVE: Watch the News Channel | Listen: ...", a live-score ticker "LIVE SCORE AUS 5/298 (50) ...".
  // (A live page's own headline keeps its label: "LIVE: Typhoon Josie slams Ilocos Norte; …"; a
  // match's or a short one is a teaser: "Live: Matt Skelton vs. Ruslan Chagaev".)
  /^(media caption,\s*)?(watch|video|listen|watch live|listen live|in pictures|gallery)\s*:\s*\S.*$|^live\s*:\s*(?=.*\b(watch|listen|stream|streaming|follow|channel|radio|tv|updates?|coverage|blog|scores?|vs?)\b|\S+(\s+\S+){0,5}$)\S.*$|^live scores?\b/i,
  // Comment prompts: "Comments: Want to join the conversation? Please log in or register to comment on this article."
  /^(?:comments?\s*:?\s*)?want to join the (?:conversation|discussion)\?|\bto comment on this (?:article|story|post)\.?$/i,
  // Live-blog and social promos: "Catch all the action on our live blog and follow Lanka Sports Wire on Facebook and Instagram."
  /^catch (?:all )?the (?:action|latest|highlights)\b.{0,60}\b(?:live blog|live coverage|app|channel)\b|\bfollow [\p{Lu}@][\p{L}\p{N}@ .'’&-]{1,40} on (?:Facebook|Instagram|X|Twitter|TikTok|YouTube|LinkedIn|WhatsApp|Telegram|Threads)(?:,? (?:and|&) (?:Facebook|Instagram|X|Twitter|TikTok|YouTube|LinkedIn|WhatsApp|Telegram|Threads))?\.?$/iu,
  // Newsletter and membership boxes: "Get the Prairie Energy Brief — ... Subscribe free", "Unlock Campus Hardwood+ — ... Start your free trial".
  /^(?:get|unlock|try|join)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}+ '’&-]{2,40}(?:\s+[—–-]\s+.{0,160})?\b(?:subscribe(?: for)? free|sign up(?: free)?|start (?:your )?free trial|free trial|subscribe now)\b.{0,20}$/iu,
  // A fact box: "Did you know? A single durian husk can weigh more than a kilogram."
  /^(did you know|fast facts?|by the numbers|key facts|quick facts|en chiffres|le saviez-vous|sabías que|lo sapevi|wist je dat|wussten sie)\s*[?:!]/iu,
  // A call for readers' material: "Send your stories, photos and videos to newsroom@... or WhatsApp 055 ...".
  /^(send|share|submit|email) (us )?your (stories|story|news|tips?|photos|pictures|videos)\b.{0,160}$/i,
  // A donation jar: "Enjoyed this? Buy us a Mosi!", "Buy us a kopi", "Support the blog via ...".
  // The same under the story in other languages: "Cet article vous a intéressé ? Abonnez-vous …",
  // "¿Te ha gustado este artículo? Suscríbete …", "Hat Ihnen dieser Artikel gefallen? …".
  /^(?:cet article vous a (?:intéressé|plu)|vous avez aimé cet article|abonnez-vous|¿?te ha gustado (?:este|esta) (?:artículo|nota|noticia)|suscríbete|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen|jetzt abonnieren|ti è piaciuto questo articolo|abbonati|gostou (?:desta|deste) (?:matéria|reportagem|artigo|texto)|vond je dit artikel)(?!\p{L}).{0,200}$/iu,
  /^enjoyed (this|reading|the (article|story|post))\b.{0,160}$|\bbuy (us|me) an? [\p{L}-]+(!|\s+(from|for|at|via|here)\b)|^support (the|this|our) (blog|site|podcast|newsletter)\b/iu,
  // A paywall notice: "This story is available to AgriCommodity Asia subscribers and trial users."
  /^(this|the) (story|article|report|content|analysis) is (only |exclusively )?(available|reserved) (to|for) .{0,80}\b(subscribers|members|premium)\b.{0,40}$/i,
  // The label over the team sheets and the officials under a match report: "TEAMS", "Line-ups",
  // "Referee: Michael Oliver. Attendance: 60,212.".
  /^(?:teams|the teams|line-?ups|starting line-?ups|team sheets?|squads)\s*:?$/i,
  // A cricket innings's card and the award after it: "India 182/6 (20 ov): Abhishek Sharma 64 (32b, …)", "Player of the match: …".
  /^\p{Lu}[\p{L} .'’-]{1,30}\s\d{1,3}(?:\/\d{1,2})?(?:\s*(?:&|and)\s*\d{1,3}(?:\/\d{1,2})?)?\s\((?:\d{1,3}(?:\.\d)?\s)?(?:ov|overs?)\.?\)\s*:.{0,800}$/u,
  /^(?:player|man|woman) of the (?:match|series|tournament)\s*:\s*\p{Lu}.{0,60}$/iu,
  /^(?:(?:[Rr]eferee|[Uu]mpires?|[Aa]ttendance|[Aa]tt\.?|[Cc]rowd|[Vv]enue|REFEREE|ATTENDANCE|[Ss]cheidsrechter|[Tt]oeschouwers|[Ss]chiedsrichter|[Zz]uschauer|[Aa]rbitre|[Aa]rbitro|[Áá]rbitro|[Ss]pectateurs|[Pp]úblico)\s*:\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s\([^)]{2,30}\))?|(?:c\.\s?)?\d[\d,.]*(?:\s\([^)]{1,20}\))?)(?:\.\s+|\.?$)){1,4}$/u,
  // A correction note above or under the story: "Correction, 29 April: An earlier version of this story gave …".
  // (Or after a note on the results in the same italic line: "Full results are posted by the timing company. Correction: …".)
  /^(?:[^.!?]{0,120}[.!?]\s+)?(?:correction|clarification|editor['’]s note)\b[^:]{0,30}:\s+(?:an earlier version|this (?:article|story) (?:was|has been))\b.{0,300}$/i,
  // The newsletter or site describing itself under the story: "Baltic Science Desk is an independent newsletter covering …".
  /^(?:the\s+)?\p{Lu}[\p{L}\d&'’ -]{2,40}\s+is\s+an?\s+(?:(?:independent|weekly|daily|free|non-?profit|reader-(?:funded|supported)|local|regional|national|online)\s+){0,3}(?:newsletter|news (?:site|website|service)|publication|magazine|newspaper|outlet)\b.{0,200}$/u,
  // A sign-up prompt in Polish, Czech, Swedish or Romanian: "Zapisz się do newslettera Gorzów24 …".
  /^(?:bądź na bieżąco!?\s*)?(?:zapisz się do newslettera|přihlaste se k odběru|prenumerera på (?:vårt )?nyhetsbrev|abonează-te la newsletter|meld deg på (?:vårt )?nyhetsbrev\p{L}*|tilmeld dig (?:vores )?nyhedsbrev\p{L}*|tilaa (?:\p{L}+ )?uutiskirje\p{L}*|prihláste sa na odber)(?!\p{L}).{0,200}$/iu,
  // A prompt to follow the site on a network, in any of the languages above: "Like PNG Daily Nius on
  // Facebook for live scores …", "Sledujte Tatry Dnes aj na Facebooku a Instagrame.", "Segueix tota
  // l'actualitat de l'Olot … al canal de WhatsApp de Garrotxa Esports.".
  /^(?:like|find|follow)\s+(?:us|\p{Lu}[\p{L}\p{N} .'’&-]{1,40})\s+on\s+(?:Facebook|Instagram|X|Twitter|TikTok|YouTube|WhatsApp|Telegram|Threads|LinkedIn)\b.{0,100}$|^(?:sledujte|sleduj|śledź|obserwuj|seuraa|följ|følg|volg|segueix|seguiu|segui|segue|seguide|sigue|siga|suivez|folgen sie|kövess(?:e|en)?|spremljajte|sledite|pratite|sekite|sekojiet|jälgi|sundan|ku biyo|tufuate|dilynwch|jarraitu|ikuti|theo dõi|takip edin|следите|стежте|ακολουθήστε)(?!\p{L}).{0,120}(?:Facebook|Instagram|WhatsApp|Telegram|TikTok|YouTube|Twitter|Threads)\p{L}*.{0,80}$/iu,
  // Speedway heat scores: "Stal Gorzów: 9. Wojtaszek 14+1 (3,3,2*,3,3), 10. Briggs 10+1 (1,3,2*,3,1), …".
  /^\p{Lu}[\p{L}\d .'’-]{1,40}:\s+(?:\d{1,2}\.\s+\p{Lu}[\p{L}'’-]+\s+\d{1,2}(?:\+\d)?\s+\([^)]{3,30}\),?\s*){3,}.*$/u,
  // The officials and the crowd in Polish: "Sędzia: Ryszard Bochenek (Opole). Widzów: ok. 15 200.".
  /^(?:sędzia|rozhodčí|domare|arbitru)\s*:\s*\p{Lu}[\p{L}'’ -]{2,40}(?:\s\([^)]{2,30}\))?\.\s.{0,120}$/iu,
  // A screen reader's label for the breadcrumb trail: "Breadcrumb Trail Links".
  /^breadcrumbs?(?: trail)?(?: links?| navigation)?$/i,
  // A note's tags on a line of their own: "#clippings/business #textiles #to-read" (Bear, Obsidian).
  /^#\p{L}[\p{L}\d_/-]*(?:\s+#\p{L}[\p{L}\d_/-]*)*$/u,
  // A newsletter prompt in other languages: "Recibe cada mañana las noticias de Osona en tu correo. Suscríbete gratis",
  // "Recibe cada mañana en tu correo las noticias de Avilés y la comarca: apúntate a nuestra newsletter.".
  /^(?:recibe|receba|recevez|ontvang|ricevi|erhalten sie)\b.{0,160}\b(?:correo|e-?mail|boîte|inbox|casella|postfach)\b.{0,100}$/iu,
  // A print-edition note: "Este artigo foi publicado na edição impressa de 18 de fevereiro de 2026.".
  /^(?:this (?:article|story) (?:was |first )?(?:published|appeared) in (?:the )?print|a version of this (?:article|story) appeared in print|este artigo foi publicado na edição impressa|este artículo (?:se publicó|fue publicado) en la edición impresa|cet article a (?:été publié|paru) dans (?:l'|notre )?édition|dieser (?:artikel|beitrag) erschien in der|questo articolo è (?:stato pubblicato|uscito) (?:sul|nell)|dit artikel verscheen in de krant)\b.{0,160}$/iu,
  // A newsletter's header note: "∙ Paid subscribers get the Friday briefing".
  /^[∙·•]?\s*(?:paid|free|premium) (?:subscribers?|members?) (?:get|receive|can|also)\b.{0,80}$/i,
  // A strip of live pages: "LIVE Tottenham v Brentford: Premier League – live · LIVE Women's Super League: …".
  /^(?:LIVE\b[^·|•]{3,120}(?:\s[·|•]\s+|$)){2,}$/u,
  // A box on how to get the site's alerts: "How do I sign up for sport breaking news alerts?".
  /^how (?:do|can) i (?:sign up|subscribe|get|turn on)\b.{0,60}\b(?:alerts?|notifications?|newsletters?)\??$/i,
  // An investment disclaimer: "This article is for information only and is not investment advice. …".
  /^(?:disclaimer\s*:\s*)?(?:this|the) (?:article|story|report|content|information|column|post|analysis)\b.{0,80}?\b(?:for (?:general )?information(?:al)? (?:purposes )?only|not (?:intended as |to be (?:taken|construed) as )?(?:investment|financial|legal) advice)\b.{0,200}$/i,
  // A follow prompt in Spanish, Portuguese, Italian or French: "Síguenos en nuestro canal de WhatsApp ...".
  /^(síguenos|siga-nos|segue-nos|seguici|suivez-nous)\s+(en|no|na|nos|su|sur)\b.{0,160}$/iu,
  // The category Jetpack's related posts set under each post: 'In "Sports"', 'Dans « Société »', 'En «Deportes»', 'In „Sport“'.
  /^(?:in|dans|en|em|na)\s*[«"“„]\s?[^"”“«»„\n]{1,40}?\s?[»"”“]$/iu,
  // A share strip written out in brackets: "[Partager sur Facebook] [Partager par courriel] [Imprimer]".
  /^(?:\[[^\]]{2,40}\]\s*){2,}$/u,
  // A strip of tickers between bars with a temperature in it: "COAST BULLETIN | Llandudno 8°C drizzle | A55 westbound: delays".
  /^(?=.{0,200}\d\s?°\s?[CF]\b)[^|]{1,60}(?:\s\|\s[^|]{1,80}){2,}$/u,
  // An inline link to another story or an offer: "Read: Tension as rival camps clash", "Download the report →".
  // ("← Travaux sur la route 170 : …": the previous post's link, its arrow before it.)
  /^(read|also read|read also|read more|more|related)\s*:\s*\S.{0,160}$|^[^«]{3,200}\s[→»]$|^←\s*\S.{2,200}$/i,
  // "Related reading ▸ ...", ">> ALSO READ: ...", "Also on TelcoLens → ...", "Approfondisci: ...", "Leggi anche: ...".
  /^(?:>+\s*)?(?:related(?: reading| stories| story| articles?)?|(?:also|read) (?:read|also|more|next)|read more|see also|approfondisci|leggi anche|per approfondire|à lire aussi|lire aussi|à lire également|lee también|lea también|te puede interesar|leia também|veja também|lesen sie auch|mehr zum thema|auch interessant|lees ook|lees meer|ook interessant|ook lezen|ook gelezen|llegiu també|llegeix també|vegeu també|lue myös|läs även|läs också|les også|læs også)\s*[:▸►→»>|–—-]\s*\S.{0,160}$/iu,
  /^[Aa]lso [Oo]n (?:the )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}\s*[▸►→»]\s*\S.{0,160}$/u,
  // The same under the site's name, shouted: "ALSO ON TAYSIDE FITBA: Dundee confirm ...", "MORE FROM REEF & SHAFT: ...".
  /^(?:ALSO ON|MORE FROM|MORE ON|ELSEWHERE ON) [\p{Lu}\d&'’. -]{2,40}:\s*\S.{0,160}$/u,
];
const matchesLeftover = matcher(LEFTOVERS);

/**
 * A photo caption, known by how sites mark one: "[Image: ...]", "[Item 1 of 2] ...", "Image caption, ...",
 * "... Hide caption", a closing "(AAP: Linda Higginson)" or "(File image)", "... File Photo",
 * "Photo courtesy of ...", "Purchase Licensing Rights".
 */
const CAPTION_SHAPES: RegExp[] = [
  /^\[(image|photo|picture|item \d+ of \d+)\b/i,
  // A photo desk's tag opening the caption: "[KND DB] Visitors walk past …", "[YONHAP] …", "[AP Photo] …".
  /^\[[\p{Lu}\p{N} .&-]{0,20}\b(?:DB|PHOTO|Photo|FILE|YONHAP|NEWS1|NEWSIS|REUTERS|AP|AFP|EPA|EPA-EFE|GETTY|XINHUA)\]\s+\p{Lu}/u,
  // A chart's or map's caption: "Chart: Polish CPI inflation vs NBP target band. Source: GUS, NBP".
  /^(?:chart|graphic|graph|infographic|map)\s*:\s+\p{Lu}/iu,
  /^(image|media|photo|video) caption\s*[,:]/i,
  /\b(hide|show|toggle|expand) caption$/i,
  /\((file|archive|stock|supplied|handout) (image|photo|picture|footage)\)\.?$/i,
  /\(\p{Lu}[\p{L}&. ]{1,30}:\s*\p{Lu}[\p{L}.'’ -]{1,40}\)\.?$/u,
  // The agency and the photographer in brackets closing a line with no full stop: "Martina Deflorian festeggia al traguardo del Rumerlo (Ansa/Pierluigi Zanin)".
  /^[^()]{10,300}[^.!?\s]\s\(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\)$/u,
  // The photographer and the paper in capitals closing it: "… at Mosaic Stadium in Regina on Sunday. HEYWOOD YU/THE NATIONAL COURIER".
  /[.!?]\s+\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,2}\s?\/\s?\p{Lu}[\p{Lu}&.'’ -]{1,40}$/u,
  // Korean, Japanese, Chinese and Arabic credits: "… 시공하고 있다. 대성마린텍 제공", "（県警提供）", "（新华社记者 王鹏 摄）", "(من المصدر)".
  /[.!?。]\s*\S{1,30}\s?제공$|[（(][^（）()]{1,30}(?:提供|供图|摄)[）)]$|\((?:من المصدر|أرشيفية|صورة أرشيفية|وام|رويترز|أ ف ب|أ\.ف\.ب)\)\.?$/u,
  // The agency and the photographer closing it: "… container center, June 10, 2015. (Xinhua/Zhou Lan)".
  /[.!?]\s*\(\p{Lu}[\p{L}&.]{1,20}\s?\/\s?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}\)\.?$/u,
  /\b(file photo|purchase licensing rights|(photo|image|picture)s? courtesy of)\b/i,
  // "Pic courtesy Eastern University: a blue whale surfaces …": the credit opens the caption.
  /^(photo|pic|picture|image)s? courtesy\b/i,
  // The photographer closing the caption: "… où plusieurs passages ont été organisés. Photo Bertrand
  // Lapègue", "… in Villach. Foto: Hans Gruber/APA".
  /(?:[.!?)]\s+(?:[—–-]\s*)?|\(|\|\s*|\s[—–-]\s*)(?:Photo|Photos|Crédit photo|Crédits photo|Foto|Fotos|Bild|Picture|Pic|PHOTO|FOTO|Φωτογραφία|Φωτο|Фото|Снимка|Fotoğraf|Fotó|Zdjęcie)\s*:?\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:du|de|des|del|di|da|do|van|von|der|la|le)\s+)?\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*[\p{L}\p{N} .&-]{2,30})?\s*\)?\.?$/u,
  // "… in the fourth quarter on Tuesday night. Sarah Kessler/Field & Court Images": the photographer
  // and the agency after the caption's last sentence.
  /[.!?]\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s(?:&|\p{Lu}[\p{L}&.'’-]*)){0,4}$/u,
  // A picture of what is planned, credited to whoever drew it: "A design rendering of one of the four
  // catamarans the line has ordered. Mactan Marine Works & Co.", "An artist's impression of the stand. Populous".
  /^(?:An?|The)\s+(?:(?:design|artist['’]s|architect['’]s|computer-generated|digital)\s+)?(?:rendering|render|impression|illustration|visuali[sz]ation|mock-?up)\s+of\s.{10,300}[.!?]\s+\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&|\p{Lu}[\p{L}&.'’-]*)){0,5}\.?$/u,
  // The same in brackets: "… off Victoria Beach in August 2026. (Kyle Desjarlais/Prairie Current)".
  /[.!?]\s+\(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s(?:&|\p{Lu}[\p{L}&.'’-]*)){0,4}\)$/u,
];
const matchesCaptionShape = matcher(CAPTION_SHAPES);

/** A caption that names its photographer or picture agency, however it marks the credit. */
export function isCreditedCaption(line: string): boolean {
  const t = line.trim();
  return isMarkedCaption(t) || CAPTION_CREDIT.test(t) || CAMERA_CREDIT.test(t) || OWNER_PHOTO_AT_END.test(t) || OWNER_PHOTO_BY_AT_END.test(t);
}

/** Or whose photo it is and who took it: "… in April. Nipissing Now photo by Kieran Dufresne". */
const OWNER_PHOTO_BY_AT_END = /^.{10,300}[.!?]["”’]?\s+(?:\p{Lu}[\p{L}&.'’-]{1,20}\s+){1,3}(?:photo|photograph|picture)\s+(?:by|courtesy of)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\.?$/u;

/** A caption closed by whose photo it is, with no name after: "… on Monday. – SC photo", "… (File photo)". */
const OWNER_PHOTO_AT_END = /^.{10,300}[.!?]["”’]?\s+(?:[–—-]\s*|\()(?:[\p{Lu}][\p{L}&.]{1,20}\s+){1,2}(?:photo|photograph|pic|picture)\)?\.?$/u;

export function isMarkedCaption(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 60 && matchesCaptionShape(t);
}

/** A reading-time note inside a longer line: "Lesezeit: 4 Min.", "6 min read", "5 minutes de lecture". */
export const READING_TIME =
  /(?:\b(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|leesduur|czas czytania|lästid|время чтения|okuma süresi)\s*:?\s*\d+\s*(?:min\w*)?\.?(?:\s*read\b)?|\b\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti|minut|мин|dk)\.?\s*(?:read|reading|de lecture|de lectura|di lettura|de leitura|de citit|lesezeit|leestijd|czytania|läsning|чтения|okuma)\b)/giu;

/** Shapes of machine residue: PHP dumps, JSON, CSS, script text. */
const CODE: RegExp[] = [
  // A PHP warning printed into the page: "Warning: Undefined array key "x" in /var/www/... on line 214".
  /^(php )?(warning|notice|deprecated|fatal error|parse error)\s*:.{0,300}\bin \/\S+ on line \d+\s*$/i,
  /^\s*(string|array|object|int|bool|float)\(\d+\)\s*[{"[]/,
  // PHP's print_r: "Array ( [0] => Array ( [id] => 1894412 …", "stdClass Object (", and its lines "[title] => …", '["id"]=>'.
  /^\s*(?:Array|stdClass Object)\s*(?:\(\s*(?:\[|\)|$)|$)/,
  /^\s*\["?[\w-]+"?(?::[\w-]+)?\]\s*=>/,
  /^\s*[()]\s*$/,
  /^\s*\[?\{\s*"[\w-]+"\s*:/,
  /^\s*[.#]?[a-z][\w.#, >+~:*="'[\]-]{0,150}\{[^{}]*:[^{}]*\}?\s*$/i,
  /^\s*@(media|font-face|import|keyframes|charset)\b/i,
  /^\s*(var|let|const|function)\s+[\w$]+\s*[=(]/,
  /^\s*(window|document|googletag|_gaq|dataLayer|gtag|fbq|jQuery|\$)\s*[.([]/,
  /^\s*<\/?(script|style|div|span|iframe|img)\b/i,
  /^\s*\}\s*\)?;?\s*$/,
];
const matchesCode = matcher(CODE);

/**
 * The word that opens a byline, in English, German, French, Spanish/Portuguese, Italian and Dutch,
 * and in Afrikaans ("Deur"), Welsh ("Gan"), Tagalog ("Ni"), Albanian ("Nga"), Hausa ("Daga"),
 * Swedish/Norwegian ("Av"), Danish ("Af"), Indonesian and Malay ("Oleh"), Luxembourgish ("Vum") and Greek ("Γράφει ο").
 */
/** A portal's "Story by" in Spanish, Portuguese and Italian: "Historia de Juan Camilo Ríos". */
/**
 * "Historia de …", and "written by" and "posted by" in the languages read: "Escrito por", "Scritto da", "Écrit par",
 * "Skrevet af", Romanian "Material realizat de", "Publicado por", "Pubblicato da", "Publié par".
 */
export const STORY_BY_PHRASES: readonly string[] = [
  'historia de', 'história de', 'storia di', 'escrito por', 'scritto da', 'écrit par', 'geschrieben von', 'geschreven door', 'skrevet af', 'skrevet av', 'skrivet av', 'scris de', 'material realizat de',
  'publicado por', 'pubblicato da', 'publié par', 'publicat per', 'publicat de', 'veröffentlicht von', 'gepubliceerd door', 'publicerad av', 'publisert av',
];
export const BYLINE_WORDS: readonly string[] = ['by', 'von', 'par', 'por', 'di', 'door', 'deur', 'gan', 'ni', 'nga', 'daga', 'av', 'af', 'oleh', 'vum', 'przez', 'γράφει ο', 'γράφει η'];
/**
 * Labels that open a byline before a colon in Finnish, Hungarian, Croatian/Serbian/Bosnian,
 * Lithuanian, Latvian, Slovenian, Greek, Indonesian, Turkish, Swedish, Ukrainian, Vietnamese and more:
 * "Teksti: Sanna Honkanen", "Piše: Ivo Marić", "Avtorica: Nina Rozman", "Συντάκτης: Γιώργος …",
 * "Penulis: Fauzan Hidayat"; and a writer who took the pictures too: "Report and photos: Shanice Alleyne".
 */
export const BYLINE_LABELS: readonly string[] = [
  'teksti', 'kirjoittaja', 'szerző', 'piše', 'autorius', 'autors', 'avtor', 'avtorica',
  'συντάκτης', 'συντάκτρια', 'penulis', 'yazar', 'skribent', 'авторка', 'tác giả',
  // Turkish "news by": "Haber: Elif Karahan".
  'haber',
  // Azerbaijani, Uzbek, Somali, Swahili, Hausa: "Müəllif: Aynur Quliyeva", "Qoraa: Cabdiraxmaan Xasan Cilmi".
  'müəllif', 'muallif', 'qoraa', 'mwandishi', 'marubuci',
  // English desks: "Reporting: Losana Tuimavana"; Portuguese, French and Dutch ones: "Reportagem: Nilton Évora Delgado".
  'reporting', 'reportagem', 'reportage',
  // Spanish, Portuguese and Italian "writes": "Escribe: Luciana Bordón"; and "Words: Megan Ferreira-Dube".
  'escribe', 'escreve', 'scrive', 'words',
  'report and photos', 'words and photos', 'words and pictures', 'text and photos', 'story and photos',
  // A content file's field: "Byline: Jenna Trewhella"; a CMS's extra field: "Correspondent: Kamran Sipra"; "Contributor: Bronte Nankervis".
  'byline', 'correspondent', 'contributor',
];
/** Words before "by" that open a byline: "Written by", "Story by", "Reporting by", "Report by", "Words by", Drupal's "Submitted by". */
export const BY_PHRASE_WORDS: readonly string[] = ['written', 'posted', 'submitted', 'reported', 'reporting', 'report', 'story', 'words', 'text'];
/** German nouns before "von" that open a byline: "Ein Bericht von", "Kommentar von". */
export const VON_PHRASE_NOUNS: readonly string[] = ['bericht', 'beitrag', 'kommentar', 'analyse', 'reportage'];
/** A correspondent's byline before the name: "dal nostro inviato Andrea Ferretti", "de notre envoyé spécial …". */
export const CORRESPONDENT_PHRASES: readonly string[] = [
  'dal nostro inviato', 'dalla nostra inviata', 'dal nostro corrispondente', 'dalla nostra corrispondente',
  'de notre envoyé spécial', 'de notre envoyée spéciale', 'de notre correspondant', 'de notre correspondante',
  'de nuestro enviado especial', 'de nuestra enviada especial', 'de nuestro corresponsal', 'de nuestra corresponsal',
  'von unserem korrespondenten', 'von unserer korrespondentin', 'from our correspondent',
];
/** "and" between two authors of a byline, in the seven languages read ("A et B", "A und B"). */
export const AUTHOR_CONJUNCTIONS: readonly string[] = ['and', 'und', 'et', 'y', 'e', 'en', 'och', 'og', 'ja', '&'];

/** Words that may stand before a bare byline's "by": "Story by Jane Doe", "Words by …". */
const BYLINE_BLOCK_LEADS = ['story', 'words', 'text', 'report', 'written', 'reporting'];
/** A bare byline: "By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", "By Jane Doe and John Roe, Reuters", "Story by Jane Doe · 2 hrs ago". */
const BYLINE_BLOCK = new RegExp(String.raw`^(?:(?:${BYLINE_BLOCK_LEADS.join('|')})\s+)?(?:${BYLINE_WORDS.join('|')})\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|der|al-\p{L}+)){0,6}(?:\s*\([^()]{1,80}\))?(?:\s*[-|,–—•·]\s*.*)?$`, 'iu');
/** The same with the name capitalised after "by" (the block above reads "by" in any case): "Story by Jane", not "story by jane". */
const BYLINE_BLOCK_NAMED = new RegExp(String.raw`^(?:(?:${BYLINE_BLOCK_LEADS.map(eitherCase).join('|')})\s+)?\S+\s+\p{Lu}`, 'u');

export type JunkKind = 'boilerplate' | 'code';

/** A section label or trail in capitals: "EVOLUTION · ANCIENT DNA", "NEWS | WORLD | EUROPE", "SPORT › FOOTBALL". */
const CAPS_SEGMENT = String.raw`\p{Lu}[\p{Lu}\p{N}&'’-]*(?:\s+[\p{Lu}\p{N}&'’-]+){0,2}`;
const SECTION_TRAIL = new RegExp(String.raw`^${CAPS_SEGMENT}(?:\s+[·|›>/»]\s+${CAPS_SEGMENT}){1,4}$`, 'u');

/** "Unai Simón (7)": a player and a mark out of ten. */
const RATING_ITEM = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+\((?:10|\d)(?:[.,]5)?\)/gu;

/**
 * Player ratings: "Las notas del Athletic: Unai Simón (7), Sancet (8), Guruzeta (7)…", a box of
 * marks out of ten that a few words label, never prose.
 */
function isRatingsList(t: string): boolean {
  const items = t.match(RATING_ITEM);
  if (!items || items.length < 3) return false;
  const label = t.replace(RATING_ITEM, ' ').replace(/[^\p{L}\s]/gu, ' ').trim();
  return label === '' || label.split(/\s+/).length <= 6;
}

/** Labels of a match's summary lines ("Goals: Fremantle: Amiss 4, Treacy 3, …", "Umpires: …", "Best: …"). */
const SUMMARY_LABEL = /^(?:goals|behinds|best|best players|scorers|goalscorers|goal ?kickers|tries|conversions|penalties|drop goals|cards|bookings|sin bin|injuries|umpires|referees?|crowd|attendance|subs|substitutes|replacements|line-?ups|doelpunten|wissels|gele kaarten|tore|wechsel|gelbe karten|buts|remplacements|goles|cambios|marcatori|reti|sostituzioni|gols|substituições)\s*:\s+/i;

/** A match's summary under the report: a label, then a list of names and numbers, not a sentence. */
function isMatchSummary(t: string): boolean {
  if (!SUMMARY_LABEL.test(t) || (t.match(/,/g)?.length ?? 0) < 2) return false;
  const words = t.replace(SUMMARY_LABEL, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length <= words.length * 0.2;
}

/** A name on a team sheet: "M Nichol", "J. van der Merwe", "Van der Veen", "O'Connell (c)", "Kramer (76. Boukhari)". */
const SHEET_NAME =
  /^(?:(?:\p{Lu}\.){1,3}\s?|\p{Lu}\s)?(?:\p{Ll}{1,3}\s){0,2}\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Ll}{1,3}\s)?\p{Lu}[\p{L}'’-]+)?(?:\s\((?:c|capt|vc|gk|wk)\))?(?:\s\((?:\p{Lu}[\p{L}.'’ -]{1,30}\s\d{1,3}(?:\+\d{1,2})?['’]?|\d{1,3}\.?\s\p{Lu}[\p{L}.'’ -]{1,30})\))?$/u;

/**
 * A team sheet under a match report, one side to a line: "HAWICK: M Nichol; C Renwick, J Welsh, …
 * Replacements: J Murray, …". Names with initials, or a side of eleven in the positions' groups (";").
 */
function isTeamSheet(t: string): boolean {
  // The side may carry its formation: "Arsenal (4-3-3): Raya; Timber, … Ødegaard (Merino 52), …".
  // Or be introduced in Dutch, German or French: "Opstelling SC Heerenveen: Kingma; …", "Aufstellung …:".
  const m = TEAM_SHEET.exec(t);
  if (!m) return false;
  const items = m[1]!.replace(/\b(?:replacements|substitutes|subs|bench)\s*:\s*/giu, ', ').replace(/\.$/, '').split(/\s*[,;]\s*/).filter(Boolean);
  const names = items.filter((i) => SHEET_NAME.test(i));
  if (names.length < items.length * 0.9) return false;
  const withInitial = names.filter((i) => /^(?:(?:\p{Lu}\.){1,3}\s?|\p{Lu}\s)\p{Lu}/u.test(i)).length;
  return withInitial >= 6 || (names.length >= 11 && m[1]!.includes(';'));
}

/**
 * A bell, a siren or a ball before a promo, a ticker or a heading ("🔔 Follow us on ...", "💬 Comments (23)")
 * says nothing; nor does a list's bullet a text copy kept.
 */
export function withoutLeadingPictographs(block: string): string {
  // "©", "®" and "™" are pictographs to Unicode, but the words they open are the page's imprint.
  return block.trim().replace(LEADING_PICTOGRAPHS, '').replace(LEADING_BULLET, '');
}
/** A list bullet a text copy kept before the line ("* Czytaj także: …", "• Share on Facebook"). */
const LEADING_BULLET = /^[*•▪◦]\s+/u;

/** A results list run into one line, however long: "Uitslag elite mannen: 1. Mathieu van der Poel (Ned) 1u02:14 – 2. Thibau Nys ...". */
const RESULTS_LINE = /^(?:results?|final results|uitslag|résultats?|classement|ergebnisse?|clasificación|classifica|resultados?|standings)\b[^:]{0,30}:\s(?:.*?\b\d{1,2}\.\s+\p{Lu}){3}/iu;

/** A picture as a text dump writes it: its alt text and its address in brackets (html-to-text's "alt [src]"). */
const DUMPED_IMAGE = /^[^[\]\n]{0,300}\[https?:\/\/[^\s\]]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?[^\s\]]*)?\]$/i;

/** Australian outlets' notice to First Nations readers: "Aboriginal and Torres Strait Islander readers are advised that this article contains the name of a person who has died." */
const DECEASED_NAME_NOTICE = /^(?:aboriginal and torres strait islander|first nations|indigenous) (?:readers|viewers|audiences|people)(?: are| should be)? (?:advised|warned|cautioned)\b.{0,200}\b(?:died|deceased|passed away)\b/;
/** A tribute page's call: "Share your memories of Uncle Eli", "Share your condolences". */
const TRIBUTE_CALL = /^share your (?:memories|condolences|tributes?)\b.{0,80}$/;
/** A helpline's offer under a story: "If you or someone you know needs support, call Lifeline on 13 11 14." */
const HELPLINE_CALL = /^(?:need (?:help|support)\?\s+)?if you or someone you know (?:(?:needs?|is in need of) (?:support|help)\b.{0,120}|\S.{0,200}(?:\b(?:helpline|hotline|lifeline|samaritans|freephone)\b|\bfree on \d|\b(?:call|contact|text)\b.{0,60}\d{3}).{0,160})$/;
const SPONSOR_HEADING = /^[Tt]ogether with\s+\p{Lu}[^.!?,]{0,60}$/u;
const READERS_DISCOUNT = /\b(?:mention|quote|show)\s+(?:this (?:ad|advert)|(?:the\s+)?[\p{L}'’ ]{2,40})\s+(?:for|to get)\s+\d{1,2}\s?%\s+(?:off|discount)\b/u;
/** What follows a question to readers about their material: "? Send it to …", "? Email us …". */
const READERS_MATERIAL_CALL = /\?\s+(?:send|email|e-mail|share|whatsapp|message) (?:it|them|us|yours)\b/;
const GROUP_ON_APP = /\bjoin\b.{0,60}\b(?:channel|community|group)\s+on\s+(?:whatsapp|viber|telegram|signal)\b/;

/**
 * Notices, calls to readers and advertisers' lines the phrase lists leave out, each tried only on a
 * line holding its words: the lists' alternations are near the budget V8 keeps for compiled patterns
 * (docs/architecture.md), and a new branch in them slowed every page.
 */
function isReaderNotice(t: string): boolean {
  const lower = t.toLowerCase();
  if ((lower.includes('torres strait') || lower.includes('first nations') || lower.startsWith('indigenous')) && DECEASED_NAME_NOTICE.test(lower)) return true;
  if (lower.startsWith('share your ') && TRIBUTE_CALL.test(lower)) return true;
  // A helpline under a story: "If you or someone you know needs support, call Lifeline on 13 11 14."
  // ("Need help? If you or someone you know is affected by drug use, the HSE Drugs and Alcohol Helpline is free on 1800 459 459.")
  if ((lower.startsWith('if you or someone you know ') || lower.startsWith('need help? ') || lower.startsWith('need support? ')) && HELPLINE_CALL.test(lower)) return true;
  // A newsletter platform's sponsor heading: "Together with Isa Tyre & Battery".
  if (lower.startsWith('together with ') && SPONSOR_HEADING.test(t)) return true;
  // A local advertiser's offer to the paper's readers: "Mention The Spinifex Post for 10% off fitting."
  if ((lower.includes('% off') || lower.includes('% discount')) && READERS_DISCOUNT.test(lower)) return true;
  // A call for readers' material: "Got a score, a photo or a result from your island league? Send it to sports@… and we will print it."
  if ((lower.startsWith('got ') || lower.startsWith('have you got ') || lower.startsWith('do you have ')) && READERS_MATERIAL_CALL.test(lower)) return true;
  // New Zealand's Local Democracy Reporting credit: "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air."
  if (lower.startsWith('local democracy reporting is ') && LDR_FUNDING.test(lower)) return true;
  // Canada's Local Journalism Initiative credit: "… is a Local Journalism Initiative reporter with …", "… est journaliste de
  // l’Initiative de journalisme local (IJL), un programme financé par le gouvernement du Canada."
  if ((lower.includes('local journalism initiative') || lower.includes('initiative de journalisme local')) && LJI_CREDIT.test(lower)) return true;
  // A Nordic paper's call for tips: "Har du tips? Send oss en melding på 412 00 500.", "Har du et tip? Skriv til …".
  if (TIP_QUESTIONS.some((q) => lower.startsWith(q)) && TIP_CALL.test(lower)) return true;
  return (lower.includes(' on viber') || lower.includes(' on whatsapp') || lower.includes(' on telegram') || lower.includes(' on signal')) && GROUP_ON_APP.test(lower);
}
const LDR_FUNDING = /\bfunded (?:through|by)\b.{2,60}$/;
const LJI_CREDIT = /\b(?:is an? local journalism initiative reporter\b|est (?:une? )?journaliste (?:de|à) l['’]initiative de journalisme local\b|(?:funded|financée?) (?:by|par) (?:the government of canada|le gouvernement du canada))/;
const TIP_QUESTIONS = ['har du tips?', 'har du et tip?', 'har du ett tips?', 'har du en nyhet?', 'haben sie einen hinweis?', 'heb je een tip?', 'heeft u een tip?', 'got a tip?', 'have a tip?', 'got a story?', 'have a story?'];
const TIP_CALL = /\?\s+(?:send|sms|ring|call|text|email|e-mail|skriv|kontakt|tipsa|tips oss|mail|schreiben|melden|stuur|bel|mejla)\b.{0,120}$/;

/**
 * A race's results row: a place, a name, the club or country in brackets and the time ("2. Chloé Ouellette
 * (Gatineau) 3:20.9", "Agata Tokarczyk (Polska) 2:36:02"). No sentence ends on a time after a name.
 */
const RACE_RESULT_ROW = /^(?:\d{1,3}[.)]?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,40}\))?,?\s+\+?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,2})?$/u;
/** One ranked row of a race's results, inside a line of them. */
const RANKED_ROW = String.raw`\d{1,3}\.\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{2,40}\))?\s+\+?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,2})?`;
/** A line of them under a category's label: "Women: 1. Maren Tschetter (Canmore) 3:18.6; 2. Chloé Ouellette (Gatineau) 3:20.9; …". */
const RACE_RESULTS_LINE = new RegExp(String.raw`^(?:\p{L}[\p{L} ]{0,20}:\s+)?${RANKED_ROW}(?:[;,]\s+${RANKED_ROW})+$`, 'u');

/** Whether a line is a race's ranked results under a category's label, bold or not. */
export function isRaceResultsLine(line: string): boolean {
  return RACE_RESULTS_LINE.test(line.trim().replace(/\*\*/g, ''));
}

export function junkKind(block: string): JunkKind | null {
  const trimmed = block.trim();
  // (The picture's pattern only on a line closing in a bracket: this runs on every line of a page.)
  if (CAMERA_CREDIT.test(trimmed) || (trimmed.endsWith(']') && DUMPED_IMAGE.test(trimmed))) return 'boilerplate';
  const t = withoutLeadingPictographs(block);
  if (!t) return 'boilerplate';
  if (isLabelledAdCopy(t) || isSignupPrompt(t) || isOwnScriptChrome(t) || isPageNotice(t) || isMoreAdLabel(t) || isBareAdLabel(t) || isHousePromo(t) || isReaderNotice(t)) return 'boilerplate';
  if (matchesCode(t)) return 'code';
  // Code-ish punctuation density: JSON dumps and minified CSS/JS.
  if (t.length > 40 && /[{};]/.test(t) && /["{}]/.test(t) && (t.match(/[{}[\];:=<>"]/g)?.length ?? 0) / t.length > 0.08) return 'code';
  const words = spacedParts(t);
  if (words <= 14 && !/[.!?]["”’]?$/.test(t) && BYLINE_BLOCK.test(t) && BYLINE_BLOCK_NAMED.test(t)) return 'boilerplate';
  if (words <= 4 && WIRE.test(t.replace(/[.,:;]+$/, ''))) return 'boilerplate';
  if (words <= 14 && STAMP.test(t)) return 'boilerplate';
  if (words <= MAX_WEATHER_BAR_WORDS && t.includes('°') && TEMPERATURE.test(t) && WEATHER_BAR.test(t)) return 'boilerplate';
  if (words <= MAX_NOTE_WORDS && matchesPublisherNote(t)) return 'boilerplate';
  if (words <= 10 && SECTION_TRAIL.test(t)) return 'boilerplate';
  if (isRatingsList(t) || isMatchSummary(t) || isTeamSheet(t) || RESULTS_LINE.test(t)) return 'boilerplate';
  // (A string test first: a race's row ends on its time.)
  if (/\d$/u.test(t) && ((words <= 8 && RACE_RESULT_ROW.test(t)) || isRaceResultsLine(t))) return 'boilerplate';
  // A long paragraph that merely mentions "subscribe" or "cookies" is content.
  if (words > 40) return null;
  if (isCreditedCaption(t) || isPhotoCredit(t)) return 'boilerplate';
  if (words <= 25 && matchesLeftover(t)) return 'boilerplate';
  if (t.length <= MAX_CALL_FOR_NEWS_CHARS && ((t.includes('@') && EMAIL_ADDRESS.test(t)) || (t.includes('WhatsApp') && WHATSAPP_NUMBER.test(t)) || NEWS_LINE_CHANNEL.test(t)) && HOUSE_CALL_FOR_NEWS.test(t.toLowerCase())) return 'boilerplate';
  if (matchesStrong(t)) return 'boilerplate';
  if (words <= MAX_CONTROL_ROW_WORDS && isControlRow(t)) return 'boilerplate';
  return twoNotices(t) ? 'boilerplate' : null;
}

/** How many parts white space parts a line into, as `line.split(/\s+/).length` counts them, without building them: junkKind runs on every line. */
function spacedParts(line: string): number {
  let parts = 1;
  let inSpace = false;
  for (let k = 0; k < line.length; k++) {
    const space = isWhiteSpace(line.charCodeAt(k));
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/** The characters `\s` matches. */
function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The house's own call for news with its address: "¿Su empresa tiene algo que contar? Escríbanos a
 * prensa@…", "Got a story? Email us at …". Tried apart from the leftovers, and only on the few lines
 * that hold an e-mail address; matched on the lower-cased line.
 */
const HOUSE_CALL_FOR_NEWS = /(?<![\p{L}])(?:write to us|email us|e-mail us|contact us|send (?:us )?your|escr[ií]banos|escr[ií]benos|cont[aá]ctenos|[ée]crivez-nous|contactez-nous|schreiben sie uns|schreib uns|scrivici|scriveteci|escreva-nos|envie-nos|schrijf ons|mail ons|napisz do nas|skriv till oss|skriv til os|skriv til oss|tip de redactie|tip onze redactie|tip ons|tipsa oss|tips oss)(?![\p{L}])/u;
/** A WhatsApp number inside a line: "on WhatsApp 7091 2264", "on WhatsApp at +592 600 1122", "via WhatsApp op 0470 28 14 55". */
const WHATSAPP_NUMBER = /WhatsApp:?\s+(?:(?:on|at|via|op|au|al|an|su|na|på)\s+)?\+?\d[\d\s-]{5,}\d/u;
/** A phone number to call or text, or a messenger, inside a line: "on Facebook Messenger or call 5577 310". */
const NEWS_LINE_CHANNEL = /\b(?:(?:call|ring|text|phone|sms)\s+(?:us\s+)?(?:on\s+|at\s+)?\+?\d[\d\s-]{4,}\d|Messenger)\b/u;
/** An e-mail address inside a line. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+\.\w/u;
/** Longest line read as such a call. */
const MAX_CALL_FOR_NEWS_CHARS = 250;

const MAX_CONTROL_ROW_WORDS = 12;
const CONTROL_ROW_SEPARATOR = /\s+[·|•]\s+/;

/** A row of the page's controls, each one chrome on its own: "Dela · Lyssna på artikeln 5 min", "Udostępnij · Skopiuj link". */
function isControlRow(line: string): boolean {
  const parts = line.split(CONTROL_ROW_SEPARATOR);
  return parts.length >= 2 && parts.every((part) => junkKind(part) !== null);
}

/**
 * Two notices run into one line ("This article first appeared on … . Subscribe to … in your
 * LinkedIn feed."): junk when both sentences are. Only a line of exactly two sentences, each of some
 * length, is read again in halves.
 */
function twoNotices(t: string): boolean {
  const cut = SECOND_SENTENCE.exec(t);
  if (!cut || cut.index < MIN_NOTICE_CHARS || t.length - cut.index < MIN_NOTICE_CHARS) return false;
  const [first, second] = [t.slice(0, cut.index + 1), t.slice(cut.index + 1).trim()];
  return !SECOND_SENTENCE.test(second) && junkKind(first) === 'boilerplate' && junkKind(second) === 'boilerplate';
}
const SECOND_SENTENCE = /[.!?](?=\s+\p{Lu})/u;
const MIN_NOTICE_CHARS = 15;

/** Words that open a photo credit; capitalised or not, never in any other mix. */
const PHOTO_WORD = String.raw`(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?|[Nn]uotr(?:\.|aukos?)|[Pp]ics?|[Ii]mages?|[Ii]mag(?:en|em|ine)|[Ii]mmagin[ei]|[Ff]otos?|[Ff]ot\.|[Bb]ild(?:er)?|[Bb]eeld|[Aa]fbeelding|[Ff]otograf[ií]as?|[Cc]redit|[Mm]ynd|[Ll]lun|[Pp]icha|[Aa]rgazkia|[Ll]arawan|[Gg]rianghraf|[Ss]awir|[Ảả]nh|[Gg]ambar|Φωτογραφί(?:α|ες)|Φωτο|Фото(?:графи[яи])?|Снимк[аи]|Світлин[аи]|Zdjęci[ea]|Fotoğraf|Fotó|[Kk]uvat?|[Ii]llustrations?|[Ii]llustrazione|[Gg]raphics?|[Gg]rafi[ck]|[Ii]nfographi(?:c|e)s?)(?: [Cc]redits?| [Cc]ourtesy)?`;
const CREDIT_BY = String.raw`(?:by|BY|von|de|di|door|deur|par|por|ni|nga|gan)`;

/**
 * A line that is only a photo credit, a few names after the label: "Photograph: Kay Nietfeld/dpa",
 * "Foto: dpa/Kay Nietfeld", "Photo by Tom Abara." ("Foto: View of the chamber." is a caption itself.)
 */
const PHOTO_CREDIT = new RegExp(
  String.raw`^(?:STAFF |[Ss]taff )?(?:(?:${PHOTO_WORD}|[Ff]otografie|[Bb]ildquelle|[Cc]r[ée]dits? [Pp]hotos?)\s*:\s*[\p{L}\d]|${PHOTO_WORD}\s+${CREDIT_BY}\s+\p{Lu})[^\s.!?]*(?:[\s/,&]+[^\s.!?]+){0,6}\.?$`,
  'u',
);

/**
 * A short caption that ends in its credit: "Books stacked for a sale on Monday. Photo by Tom Abara.",
 * "Osimhen celebrates his second goal. | NST PHOTO: Kelechi Amadi-Ogbonna".
 */
const CAPTION_CREDIT = new RegExp(
  // ("… dopo il gol del 2-1. Foto Pescara Sport 24 / Luca Ciammaichella": the label alone before an agency and a photographer.)
  String.raw`^.{10,300}[.!?]["”’]?\s+(?:[|/·–—-]\s*)?(?:[\p{Lu}\p{N}&]{2,10}\s+)?${PHOTO_WORD}\s*(?:${CREDIT_BY}\s+|[:/|]\s*|(?<=\.)\s+|\s(?=[^.!?/]{1,40}\s?\/\s?\p{Lu}))\p{Lu}[^.!?]{1,60}\.?$`,
  'u',
);

/**
 * A camera or a copyright sign before a credit: "📷 Huw Evans Picture Agency", "… mardi après-midi.
 * © Réveil verviétois / Michel Thonnard", alone or closing a caption.
 */
const CAMERA_CREDIT = /(?:^|^.{10,300}[.!?]["”’]?\s+)(?:[📷📸]\uFE0F?|©)\s*\p{Lu}[^.!?]{1,60}\.?$/u;

export function isPhotoCredit(block: string): boolean {
  return PHOTO_CREDIT.test(block.trim()) || CAMERA_CREDIT.test(block.trim());
}

/**
 * WordPress's comment header: '7 thoughts on "Pogačar rips the Plateau de Beille apart"', as its
 * translations write it: '2 réflexions sur « … »', '3 Gedanken zu „…“', '3 Antworten auf „…“'.
 */
const REPLIES_HEADER =
  /^(\d+|one|two|three|une?|eine?|una?|um|uma|één|ett|en)\s+(?:thoughts?|repl(?:y|ies)|responses?|comments?|réflexions?|réponses?|commentaires?|gedanken|gedanke|antworten|antwort|kommentare?|comentarios?|respuestas?|comentários?|respostas?|pensieri|pensiero|risposte|risposta|commenti|commento|gedachten?|reacties?|reaktioner|reaktion|tankar|svar|kommentarer|kommentar|komentarze?|komentarzy|odpowiedzi|răspunsuri|comentarii)\s+(?:on|to|sur|à|zu|auf|en|em|para|sobre|su|riguardo|a|over|op|på|om|till|til|do|la|pe)\s+(.{1,160})$/iu;
/**
 * The headline in quotation marks; or, counted in digits, in none: a converter writes the marks as
 * emphasis ('3 Antworten auf *…*') that a renderer then drops. Then it opens on a capital and is no sentence.
 */
function repliesHeader(t: string): boolean {
  const m = REPLIES_HEADER.exec(t);
  if (!m) return false;
  const headline = m[2]!;
  return /^["“'‘«„”»‚*_]/u.test(headline) || (/^\d/u.test(m[1]!) && /^\p{Lu}/u.test(headline) && !/[.!?]$/u.test(headline));
}

/**
 * WordPress's entry footer under the story, in its translations: "This entry was posted in News and
 * tagged … Bookmark the permalink.", "Dieser Beitrag wurde unter … veröffentlicht", "Esta entrada fue publicada en …",
 * "Este artigo foi publicado em Economia e etiquetado com …".
 */
const ENTRY_FOOTER =
  /^(?:this (?:entry|post) was posted (?:in|on|by)|bookmark the permalink|(?:dieser|der) (?:beitrag|eintrag) wurde (?:unter|in|am|veröffentlicht|verfasst|geschrieben)|setze ein lesezeichen auf den permalink|esta entrada (?:fue|foi) publicada (?:en|em)|(?:este (?:artigo|artículo|post)|esta (?:publicação|publicación)) (?:fue|foi) publicad[oa] (?:en|em)|adicione aos favoritos o link permanente|guarda el enlace permanente|cet article a été publié dans|questo articolo è stato pubblicato in|cette entrée a été publiée|ce billet a été publié|questa voce è stata pubblicata|dit (?:bericht|item) (?:is|werd) geplaatst|dette? (?:indlæg|innlegget?) (?:blev|ble) (?:udgivet|publisert|postet)|detta inlägg (?:publicerades|postades)|ten wpis został opublikowany|acest articol a fost publicat)(?![\p{L}])/iu;
/** Most words of an entry footer or a comment header, which name the story's categories, tags or headline. */
const MAX_ENTRY_CLOSER_WORDS = 60;

/**
 * A line that closes a blog entry however long it is: its footer of categories and tags, or the
 * header over its comments, which repeats the headline.
 */
export function closesEntry(block: string): boolean {
  const t = block.trim();
  return (ENTRY_FOOTER.test(t) || repliesHeader(t)) && t.split(/\s+/).length <= MAX_ENTRY_CLOSER_WORDS;
}

/** A match report's ratings' or statistics' heading: its box closes the report, or stands in it with the story going on under it. */
export const MATCH_FACTS_MARKER = /^(?:player ratings|match stats|match statistics|match facts|match details)\s*:?$/i;

/** Markers after which, near the end of a page, everything is comments or forms. */
const TAIL_MARKERS: RegExp[] = [
  // A live blog's or a comment thread's order switch: its entries follow.
  /^(newest|oldest|latest|most recent) first$/i,
  // "Mer fra Fotball", "Mehr aus Sport", "Altro da Cronaca": a section's rail after the story, its name capitalised.
  /^(?:[Mm]ehr aus|[Mm]ás de|[Pp]lus de|[Aa]ltro da|[Aa]ltri da|[Mm]eer uit|[Mm]er fra|[Mm]ere fra|[Mm]er från|[Ww]ięcej z|[Vv]íce z)\s+\p{Lu}[\p{L}&'’ -]{1,40}$/u,
  // A chat channel's reaction counts under a post ("❤️ 412  👏 98  😢 23"): the channel's next posts follow.
  // (Read after its first pictograph is taken off.)
  /^(?:(?:\p{Extended_Pictographic}\uFE0F?)+\s*)?\d[\d.,]*[KkMm]?(?:\s+(?:\p{Extended_Pictographic}\uFE0F?)+\s*\d[\d.,]*[KkMm]?)+\s*$/u,
  // A shared link's preview card, which opens with the site's bare domain ("monroviasportsbeat.com").
  /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}$/,
  // A match report's closing ratings and statistics.
  MATCH_FACTS_MARKER,
  // The paid family notice printed under an obituary.
  /^(family|death|funeral|bereavement) notices?:?$/i,
  /^\d+\s+(replies|comments?|responses?)\.?$/i,
  /^(leave|post|add|write) a (reply|comment|response)\b/i,
  /^be the first to comment\b/i,
  /^(want to )?join the (discussion|conversation)\b/i,
  /^comments?( \(\d+\))?:?$/i,
  /^(show|view|load|read) (all )?(\d+ )?comments?\b/i,
  /^(you (may|might) (also )?like|related (articles|stories|posts)|more from\b|recommended for you)/i,
  /^(subscribe to our newsletter|sign up for our newsletter)\b/i,
  // WordPress's heading over the previous and next posts' links, in its translations.
  /^(?:post navigation|posts navigation|beitragsnavigation|beitrags-navigation|navigation de l['’]article|navigation des articles|navegación de entradas|navegación de la entrada|navigazione articoli|navegação de posts?|navegação de post|berichtnavigatie|inleggsnavigatie|inläggsnavigering|navigering af indlæg|nawigacja wpisu|navigace pro příspěvek|navigare articole)$/iu,
  // A newsletter box's heading by the newsletter's name: "Get the Press Box newsletter".
  /^(?:get|sign up for|subscribe to) (?:the |our )?[\p{L}\d&'’ -]{1,40} newsletters?[.!:]?$/iu,
  /^(about (this|the) (publication|author))$/i,
  // The writer's box under the story, labelled with the writer's role: "L'autrice", "Der Autor", "La autora".
  // (Or "About the authors", "Sobre los autores", "Über die Autorin".)
  /^(?:l['’]auteur|l['’]autrice|l['’]autore|der autor|die autorin|el autor|la autora|o autor|a autora|de auteur|författaren|forfatteren|about the authors|les auteurs|les autrices|gli autori|die autoren|os autores|de auteurs|sobre (?:el|la|o|a|los|las|os|as) autor(?:a|es|as)?|über (?:den|die) autor(?:in|en)?|à propos de l['’]aut(?:eur|eure|rice))$/iu,
  /^(readers?'?|your|user|latest|top|all|\d+) comments?\b.{0,30}$/i,
  /^(share what you think|have your say|post a comment|add your comment|discuss this (article|story)|comments are closed|what do you think\??|readers'? (views|reactions|responses))\b/i,
  COMMENTS_HEADER,
  // The most-read list under the story, in the languages read.
  /^(?:most read|most popular|lo más leído|más leídas|mais lidas|les plus lus|meistgelesen|i più letti|più letti|meest gelezen|nejčtenější(?: články)?|najczęściej czytane|mest lästa|mest lest|mest læste|cele mai citite|najbolj brano|najčitanije|najčítanejšie|luetuimmat|loetumad|loetuimad|skaitomiausi|lasītākie|legolvasottabb|най-четени|найчитаніше|més llegides|en çok okunan(?:lar)?|τα πιο δημοφιλή|terpopuler|paling popular|mest lesið|meeste gelees|mees gelees|đọc nhiều nhất|xem nhiều nhất|mwyaf poblogaidd|mwyaf darllen|irakurrienak|zilizosomwa zaidi|habari zilizosomwa zaidi|pinakabinasa|më të lexuarat|is mó a léadh|l-aktar moqrija|ən çox oxunanlar)\s*:?$/iu,
  // The reproduction notice that closes an Italian article: "© RIPRODUZIONE RISERVATA".
  /^©?\s*riproduzione riservata\.?$/i,
  /^(réagissez|laisser un commentaire|kommentar schreiben|deja un comentario|inicia sesión para comentar|deixa un comentari|deixa una resposta|la vostra adreça electrònica no es publicarà)\b/i,
  // WordPress's comment form in its translations: "Leave a Reply" and "Your email address will not be published".
  /^(?:deixe um comentário|deixe uma resposta|lascia un commento|lascia una risposta|laisser une réponse|laissez un commentaire|deja una respuesta|dejar un comentario|schreibe einen kommentar|hinterlasse einen kommentar|hinterlasse eine antwort|laat een reactie achter|geef een reactie|lämna ett svar|lämna en kommentar|legg igjen en kommentar|efterlad en kommentar|zostaw odpowiedź|zostaw komentarz)\s*[:.!]?$/iu,
  /^(?:seu endereço de e-mail não será publicado|o seu endereço de email não será publicado|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|tu dirección de correo electrónico no será publicada|la tua email non sarà pubblicata|il tuo indirizzo email non sarà pubblicato|je e-mailadres wordt niet gepubliceerd|het e-mailadres wordt niet gepubliceerd|din e-postadress kommer inte (?:att )?publiceras|twój adres e-mail nie zostanie opublikowany|din e-mailadresse vil ikke blive publiceret|e-postadressen din vil ikke bli publisert)\b/iu,
  /^(dodaj komentarz|skriv en kommentar|оставьте комментарий|yorum yazmak için|tulis komentar|vstoupit do diskuse)/iu,
  // A donation or subscription appeal: nothing after it, late on a page, is article (see isAppealHeading).
  APPEAL_HEADING,
  // A press release's end and the sections after it: "ENDS", "###", "Notes to editors", "About Acme:
  // Acme is ...", "Media contacts", "Forward-looking statements"; a tabloid's "Share or comment on this article".
  /^[-–—\s]*ends[-–—\s]*$|^#{3}$|^-\s?30\s?-$/i,
  /^(notes? (to|for) editors?|editors['’]? notes)\s*:?$/i,
  /^(media|press|investor) (contacts?|enquiries|inquiries)\s*:?$/i,
  /^((cautionary|special) (note|statement|language)s? (regarding|concerning|about|on) )?forward[- ]looking (statements?|information)\s*:?$|^safe harbou?r( statement)?\s*:?$/i,
  ABOUT_SENDER,
  // The same as a heading over the paragraph: "About Voltaris Energy, Inc.".
  /^about (?:the )?\p{Lu}[\p{L}\d&.'’ -]{1,50},? (?:inc|ltd|llc|corp|corporation|plc|ag|gmbh|s\.a|sa|se|nv|group|holdings|limited|co)\.?$/iu,
  SHARE_OR_COMMENT,
  // The latest stories and the newsletter box under the article, as headings in the languages read:
  // "Senaste nytt", "Seneste nyt", "Uusimmat", "Nyhetsbrev".
  /^(?:latest news|latest stories|senaste nytt|seneste nyt|siste nytt|uusimmat( uutiset)?|tuoreimmat|najnowsze( wiadomości)?|legfrissebb( hírek)?|najnovšie( správy| články)?|nejnovější( zprávy| články)?|τελευταία νέα|ultime notizie|últimas noticias|últimas notícias|dernières nouvelles|laatste nieuws|neueste nachrichten|newsletter|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|biuletyn|ενημερωτικό δελτίο)\s*:?$/iu,
  // Lists of topics and stories under the article: "Explore more on these topics", "More on this story".
  /^(explore more on these topics|more on this story|related topics|suggested topics)\s*:?$|^comments? \(?\d+\)?$/i,
];
const matchesTailMarker = matcher(TAIL_MARKERS);

/** A section's other stories: "In the same section" (SPIP's heading) and its translations, a list marker and a related list's header alike. */
const SAME_SECTION_HEADINGS = String.raw`in the same (section|category)|dans la même rubrique|en la misma sección|nella stessa (rubrica|sezione)|na mesma (secção|seção|rubrica)|in dezelfde rubriek`;

/**
 * A heading or line that introduces a list of other stories or of share buttons: "Related:",
 * "Mehr zum Thema", "Leia também", "Partager cet article", "Teilen:".
 */
const LIST_MARKER = new RegExp(
  '^(' +
    [
      String.raw`related( (articles?|stories|posts|reading|coverage|content|links|news))?|read (more|also|next)|see also|more on (this|the) (story|topic)|further reading|${SAME_SECTION_HEADINGS}|(you (may|might) )?also like|share( (this|the))?( (article|story|post|page))?( (on|via))?`,
      // A newsletter's sections around its story: "In today's edition", "The quick version", "From our sponsor".
      String.raw`in (today's|today’s|tonight's|tonight’s|this) (edition|issue)|the quick version|also in (town|the news|this issue)|from our sponsors?|today's sponsor|today’s sponsor`,
      // Over a table of scores or standings: "SCORING SUMMARY", "Box score", "League table".
      String.raw`scoring summary|box ?score|(league |conference |division )?standings|league table|team stats|match stats|line-?ups?|starting (xi|line-?ups?)`,
      String.raw`(à |a )?lire aussi|voir aussi|sur le même sujet|articles? liés?|partage[rz]?( (cet|l'|l’)\s?article)?( sur)?`,
      String.raw`mehr zum thema|lesen sie (auch|mehr)|auch interessant|das könnte sie auch interessieren|weitere (artikel|beiträge|nachrichten)|verwandte (artikel|beiträge)|(artikel |beitrag )?teilen|diesen (artikel|beitrag) teilen`,
      String.raw`le[ea] también|te puede interesar|noticias relacionadas|más noticias|compart(e|ir|a)( (esta noticia|este artículo|en))?`,
      // Catalan and Valencian: "Més notícies", "Notícies relacionades", "Llegiu també".
      String.raw`més notícies|notícies relacionades|lle(giu|geix|gir) també|també et pot interessar`,
      String.raw`leggi anche|articoli correlati|potrebbe interessarti|condividi( (questo articolo|su))?`,
      String.raw`leia (também|mais)|veja também|notícias relacionadas|compartilh(e|ar)( (esta notícia|este artigo|esta matéria))?|partilh(e|ar)( este artigo)?`,
      String.raw`lees (ook|meer)|zie ook|gerelateerde artikelen|meer over dit onderwerp|(deel|delen)( dit artikel)?`,
      // Icelandic, Afrikaans, Welsh, Basque, Vietnamese, Swahili, Tagalog, Albanian, Irish, Maltese, Malay, Hausa.
      String.raw`tengdar fréttir|fleiri fréttir|verwante (artikels|berigte)|meer nuus|straeon eraill|straeon perthnasol|erthyglau eraill|rhannu('|’)r stori|atal berean|lotutako albisteak|partekatu|tin liên quan|tin cùng chuyên mục|chia sẻ|habari zinazohusiana|habari nyingine|shiriki|mga kaugnay na balita|ibahagi|lajme të ngjashme|të ngjashme|shpërndaje|scéalta gaolmhara|aħbarijiet relatati|berita berkaitan|kongsi|labarai masu alaka|oxşar xəbərlər|linki kopyala|paylaş`,
      // A tag list's label alone over its items: "Etiquetas", "Schlagwörter", "Tagi".
      String.raw`tags|tagged|etiquetas|etiquetes|schlagwörter|schlagworte|étiquettes|mots-clés|parole chiave|tag correlati|trefwoorden|taggar|nyckelord|etiketler|anahtar kelimeler|ετικέτες|štítky|oznake|cuvinte cheie|etichete|từ khóa|vitambulisho|tagi|słowa kluczowe`,
      String.raw`czytaj (także|też)|zobacz (też|także|również)|polecamy|udostępnij|läs (också|mer)|relaterat|dela|читайте также|по теме|поделиться|[iİ]lgili haberler|paylaş|διαβάστε επίσης|σχετικά άρθρα|κοινοποίηση|berita terkait|baca juga|bagikan|související články|čtěte také|sdílet`,
    ].join('|') +
    String.raw`)\s*[:.!]?$`,
  'i',
);

export function isListMarker(block: string): boolean {
  const t = withoutLeadingPictographs(block);
  return (t.length <= 60 && (LIST_MARKER.test(t) || isReadAlsoLabel(t) || isSummaryLabel(t))) || (t.length <= MAX_LABELLED_BOX_HEADING && labelOverWhatItSums(t));
}

/** Longest heading of a box's label and what the box is about. */
const MAX_LABELLED_BOX_HEADING = 100;

/** Most words after a box's label and its colon: "What to expect: River Watch forecast for the Fredericton gauge". */
const MAX_BOX_SUBJECT_WORDS = 8;

/** A box's label, a colon and what the box is about, in up to `maxSubjectWords` words ("At a glance: the conditions"). */
export function labelOverWhatItSums(t: string, maxSubjectWords = MAX_BOX_SUBJECT_WORDS): boolean {
  const colon = t.indexOf(': ');
  return colon > 0 && isSummaryLabel(t.slice(0, colon)) && t.slice(colon + 2).split(/\s+/u).length <= maxSubjectWords && !/[.!?]$/u.test(t);
}

/**
 * A summary box's label over its bullet points ("Key points", "L'essentiel", "Das Wichtigste in
 * Kürze"): the points repeat what the story tells, in a list of their own. A fact box's ("Key
 * facts", "What happens next") likewise.
 */
const SUMMARY_LABELS: ReadonlySet<string> = new Set([
  'key points', 'key takeaways', 'takeaways', 'key findings', 'main findings', 'at a glance', 'in brief', 'the key points', 'summary', 'story highlights',
  'points clés', 'les points clés', "l'essentiel", 'l’essentiel', 'en bref', 'das wichtigste in kürze', 'das wichtigste', 'auf einen blick', 'in kürze',
  'lo más importante', 'claves', 'las claves', 'en resumen', 'in sintesi', 'in breve', 'i punti chiave', 'principais pontos', 'em resumo', 'pontos-chave',
  'belangrijkste punten', 'in het kort', 'det viktigaste', 'kort om', 'det vigtigste', 'det viktigste', 'najważniejsze informacje', 'w skrócie', 'pääkohdat', 'tärkeimmät',
  'pe scurt', 've zkratce', 'v kostce', 'ukratko', 'röviden', 'kısaca', 'lyhyesti',
  // A fact box's or a help box's label set in the story: its points are figures or advice of their own
  // (or a club's signings and departures).
  'key facts', 'key figures', 'fast facts', 'quick facts', 'fact file', 'factfile', 'fact box', 'factbox', 'by the numbers', 'in numbers', 'what happens next', 'what happens now', 'what to expect', 'match facts', 'match details', 'match stats', 'match statistics',
  'statystyki meczu', 'statystyki', 'spielstatistik', 'statistiques du match', 'estadísticas del partido', 'statistiche della partita', 'wedstrijdstatistieken', 'matchstatistik', 'matchfakta', 'statistika zápasu', 'ottelun tilastot',
  'what you need to know', 'need to know', 'how to get help', 'where to get help', 'ins and outs', 'in and out', 'comings and goings', 'arrivals and departures', 'chiffres clés', 'les chiffres clés', 'en chiffres', 'zahlen und fakten', 'in zahlen',
  'datos clave', 'en cifras', 'in cifre', 'i numeri', 'em números', 'in cijfers', 'feiten en cijfers',
  // The Nordic fact box, "Fakta: Læsø Trindel", and the same in figures elsewhere.
  'fakta', 'faktaboks', 'faktaruta', 'i tal', 'i siffror', 'în cifre', 'v číslech', 'w liczbach', 'számokban', 'u brojkama',
  // A timeline's: its points are dates, the story tells them in prose.
  'chronologie', 'zeitleiste', 'chronik', 'cronología', 'cronologia', 'cronologia dos factos', 'tijdlijn', 'tidslinje', 'tidslinjen', 'chronologia',
]);
const MAX_SUMMARY_LABEL_CHARS = 30;
/** What a box's label may say of its span in brackets after it: "Results in brief (year to March 31, 2026)". */
const LABEL_SPAN = /\s*\([^()]{1,40}\)$/u;
export function isSummaryLabel(t: string): boolean {
  const label = withoutClosingStop(t.replace(/[*_]/g, '').trim().toLowerCase()).replace(LABEL_SPAN, '');
  if (label.length > MAX_NAMED_BOX_LABEL_CHARS) return false;
  return (label.length <= MAX_SUMMARY_LABEL_CHARS && SUMMARY_LABELS.has(label)) || NAMED_BOX_LABEL.test(label) || RESULTS_BOX_LABEL.test(label);
}
const MAX_NAMED_BOX_LABEL_CHARS = 60;
/** A results box's label after the event it reports: "Shandur Polo Festival 2026 – results". */
const RESULTS_BOX_LABEL = /^(?:[\p{L}\d'’-]+ ){1,5}[–—:-] (?:results?|scores|fixtures|standings|results and fixtures)$/u;
/** A box that names what it sums up: "Results at a glance", "Alerta naranja: qué significa", "A lonxa de Burela en cifras", "Kahindi factfile", "About the study", "What the study found", "Timeline of the case". */
const NAMED_BOX_LABEL = /^(?:(?:(?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+: )?(?:what it means|what (?:this|that) means|qué significa|que significa|o que significa|ce que (?:ça|cela) (?:signifie|veut dire)|was (?:das|es) bedeutet|cosa significa|che cosa significa|wat (?:het|dit) betekent|vad (?:det|detta) betyder|co to oznacza)|(?:[\p{L}'’-]+,? ){1,4}(?:at a glance|in brief|fact ?file|fact ?box|in numbers|in figures|by the numbers|en cifras|en números|en chiffres|in zahlen|in cifre|em números|in cijfers|i tal|i siffror|în cifre|v číslech|v číslach|w liczbach|számokban|u brojkama|v številkah|skaičiais|skaitļos|numeroina|en xifres)|about (?:the|this) (?:study|research|survey|report|poll|data)|(?:the )?(?:timeline|chronology|key dates)(?: of (?:the |this )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2})?|what (?:the|this) (?:study|research|survey|report|review|audit|inquiry|poll|data) (?:found|finds|shows|says))$/u;

/**
 * Read-also labels added after the patterns above, read with string tests for the reason given at
 * SIGNUP_VERBS: Turkish "Bunu da okuyun:", "İlginizi çekebilir".
 */
const READ_ALSO_LABELS: ReadonlySet<string> = new Set(['bunu da okuyun', 'şunu da okuyun', 'bunları da okuyun', 'ayrıca okuyun', 'ilginizi çekebilir']);
function isReadAlsoLabel(t: string): boolean {
  if (t.length > 30) return false;
  // Turkish lower-cases its own I and İ; without them the locale's rules change nothing and cost an ICU call a line.
  return READ_ALSO_LABELS.has(withoutClosingStop(/[Iİ]/u.test(t) ? t.toLocaleLowerCase('tr') : t.toLowerCase()));
}

/** A short label without the colon or stop closing it, by string operations (see SIGNUP_VERBS). */
function withoutClosingStop(label: string): string {
  return ':.!'.includes(label.slice(-1)) ? label.slice(0, -1).trimEnd() : label;
}

/** The site's own blurb under its heading, in the page's furniture: "About us" / "Breffni Sport is a volunteer-run website …". */
const ABOUT_US: ReadonlySet<string> = new Set([
  'about us', 'who we are', 'über uns', 'à propos', 'à propos de nous', 'qui sommes-nous', 'qui sommes-nous ?', 'sobre nós', 'quem somos', 'sobre nosotros', 'quiénes somos',
  'acerca de nosotros', 'chi siamo', 'over ons', 'om oss', 'om os', 'o nas', 'meistä', 'rólunk', 'o nás', 'σχετικά με εμάς', 'hakkımızda', 'tentang kami',
]);
const MAX_ABOUT_US_CHARS = 30;
/** A newsletter's link to the item on its site, in the languages read. */
const READ_ON_SITE = [
  'read on the website', 'read on our website', 'read it on the website', 'read this on the website', 'read the full story on', 'view on website', 'view on the website', 'read online',
  'lire sur le site', 'auf der website lesen', 'im web lesen', 'leer en la web', 'leer en el sitio', 'leggi sul sito', 'ler no site', 'lees op de website', 'läs på webben', 'czytaj na stronie',
];
const opensReadOnSite = opensWithAnyOf(READ_ON_SITE);
const MAX_READ_ON_SITE_CHARS = 140;
const MAX_MORE_FROM_CHARS = 60;
/** "More from" in the languages read, opening the heading over the section's other stories. */
const MORE_FROM_OPENINGS = ['más noticias de ', 'más noticias del ', 'más noticias sobre ', 'mais notícias de ', 'mais notícias da ', 'mais notícias do ', 'mais notícias sobre ', 'mehr aus ', "plus d'actualités ", 'plus d’actualités ', 'altre notizie da ', 'altre notizie di ', 'meer uit ', 'meer nieuws uit ', 'więcej z ', 'více z ', 'viac z ', 'mer från ', 'mere fra ', 'mer fra '];
const opensMoreFrom = opensWithAnyOf(MORE_FROM_OPENINGS);
/** Discussion prompts added after the patterns of TAIL_MARKERS, read with string tests. */
const DISCUSSION_PROMPTS = ['dołącz do dyskusji', 'przejdź do komentarzy'];
const opensDiscussionPrompt = opensWithAnyOf(DISCUSSION_PROMPTS);

/** Lines that belong to a comment thread: signatures, timestamps, reply and report links. */
export const COMMENTISH =
  /^(posted by|submitted by|reply|report (abuse|this)|recommend|flag|permalink|quote)\b|\bwrote:$|\b(said|says|wrote) on\b|\bat \d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)|\b\d+ (points?|votes?|recommendations?|likes?)\b|^(posted|commented) (on|at)\b/i;

/**
 * The word a comments heading counts with, after its number ("1 komentář", "12 komentarzy", "3
 * komentarjev"), in the forms the languages read use for one, a few and many.
 */
const COUNTED_COMMENTS: ReadonlySet<string> = new Set([
  'komentář', 'komentáře', 'komentářů', 'komentár', 'komentáre', 'komentárov', 'komentarz', 'komentarze', 'komentarzy',
  'komentar', 'komentara', 'komentari', 'komentarja', 'komentarji', 'komentarjev', 'komentaras', 'komentarai', 'komentarų',
  'komentārs', 'komentāri', 'kommentaar', 'kommentaari', 'kommentaarid', 'kommentti', 'kommenttia', 'hozzászólás',
  'yorum', 'kommentar', 'kommentarer', 'kommentare', 'commentaire', 'commentaires', 'comentario', 'comentarios',
  'comentário', 'comentários', 'commento', 'commenti', 'reactie', 'reacties', 'comentariu', 'comentarii', 'comentari', 'comentaris',
]);

/** "1 komentář": a comments heading with its count first (read with string tests: see isTailMarker's lists). */
function countedCommentsHeading(lower: string): boolean {
  const space = lower.indexOf(' ');
  if (space < 1 || space > 4) return false;
  for (let i = 0; i < space; i++) {
    const code = lower.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const word = lower.slice(space + 1);
  return COUNTED_COMMENTS.has(word.endsWith(':') ? word.slice(0, -1) : word);
}

export function isTailMarker(block: string): boolean {
  const t = withoutLeadingPictographs(block);
  // (The short lines' tests below share one lower-cased copy; the longest they read is MAX_READ_ON_SITE_CHARS.)
  if (t.length <= MAX_READ_ON_SITE_CHARS) {
    const lower = t.toLowerCase();
    // "More from …" over the section's other stories, in the languages read: "Más noticias de Región", "Mehr aus Murau".
    if (t.length <= MAX_MORE_FROM_CHARS && opensMoreFrom(lower) && !/[.!?]/u.test(t)) return true;
    // "About us" over the site's blurb; a Polish discussion prompt ("Dołącz do dyskusji (27)").
    if (t.length <= MAX_ABOUT_US_CHARS && (ABOUT_US.has(withoutClosingStop(lower)) || opensDiscussionPrompt(lower) || countedCommentsHeading(lower))) return true;
    // A newsletter's link to the item on the site closes the item ("Read on the website <https://…>").
    if (opensReadOnSite(lower)) return true;
  }
  // An invitation to report a mistake closes the story: the page's boxes come after it.
  return matchesTailMarker(t) || closesEntry(t) || isErrorReport(t);
}

/** A header over a list of links to other articles, alone on its line ("Mehr zum Thema", "Related:"). */
const RELATED_HEADER = new RegExp(
  String.raw`^(related( (articles?|stories|posts|news|coverage|content|reading|links|topics))?|read (next|more|also)|also read|see also|more (on|about) this (story|topic)|more from .{1,40}|most (read|popular|viewed|shared)( [\p{L}&]+){0,2}|recommended( for you)?|(you (may|might) )?also like|top stories|${SAME_SECTION_HEADINGS}|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|articles? liés?|à lire également|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|weitere artikel|noticias relacionadas|lee también|lea también|te puede interesar|más noticias|leggi anche|articoli correlati|potrebbe interessarti|leia também|leia mais|veja também|notícias relacionadas|saiba mais|lees ook|lees meer|leggi altro|leggi di più|leer más|lire plus|mehr lesen|ler mais|läs mer|les mer|læs mere|zie ook|meer over dit onderwerp|gerelateerde artikelen|gerelateerd|czytaj także|czytaj też|zobacz (też|także|również)|polecamy|najczęściej czytane|läs också|läs mer|mest lästa?|relaterat|relaterade artiklar|læs også|læs mere|les også|les mer|relaterede artikler|relaterte saker|lue myös|lue lisää|citește și|citiți și|vezi și|olvassa el|kapcsolódó cikkek|pročitajte još|preberite tudi|prečítajte si aj|lestu einnig|читайте также|по теме|самое читаемое|[iİ]lgili haberler|en çok okunanlar|διαβάστε επίσης|σχετικά άρθρα|berita terkait|baca juga|terpopuler|související články|čtěte také|nejčtenější|tengdar fréttir|fleiri fréttir|verwante artikels|meer nuus|straeon eraill|erthyglau eraill|atal berean|lotutako albisteak|tin liên quan|habari zinazohusiana|mga kaugnay na balita|lajme të ngjashme|scéalta gaolmhara|aħbarijiet relatati|berita berkaitan|labarai masu alaka)\s*:?$`,
  'iu',
);

export function isRelatedHeader(block: string): boolean {
  const t = withoutLeadingPictographs(block);
  return RELATED_HEADER.test(t) || isReadAlsoLabel(t);
}

const WIRE = /^(reuters|associated press|the associated press|ap|afp|agence france-presse|ria novosti|sputnik|tass|xinhua|upi|dpa|efe|ansa|bloomberg|pti|ians|staff|staff writer|staff reporter|editorial (staff|board)|admin|administrator|editor|news desk|newsdesk|web desk|guest|anonymous|unknown|(la )?rédaction|redaktion|redacción|agences|agencias|agenturen)(\s*[/,&|–—-]\s*(afp|ap|reuters|dpa|efe|agences|agencias|agenturen))*$/i;

/** Verbs written small that no name holds. */
const NAME_BREAKING_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'said', 'says']);

/** Whether a byline names a person rather than a publisher, wire service or desk. */
export function isPersonName(name: string, siteName?: string | null): boolean {
  const n = name.trim().replace(/\s+/g, ' ');
  if (n.length < 3 || n.length > 60) return false;
  if (WIRE.test(n)) return false;
  if (/^https?:|@|\.(com|org|net|co\.uk|ru|de|fr)\b|\d{2}/i.test(n)) return false;
  if (siteName && n.toLowerCase() === siteName.toLowerCase()) return false;
  // The site's desk named after it: "Tim Warta Minahasa", "Warta Minahasa Staff" (a name of two words or more).
  // (A string test: a pattern built per site would be compiled anew for every site a process reads.)
  const site = siteName?.trim().toLowerCase() ?? '';
  if (site.includes(' ') && ` ${n.toLowerCase()} `.includes(` ${site} `)) return false;
  // "Central Asia Newswire", "Pacific Wire": a wire service. (A string test first: this runs on every name-like line.)
  if (n.toLowerCase().includes('wire') && /\b(?:news)?wires?\b/i.test(n)) return false;
  if (/\b(news|newsroom|newsdesk|press|media|times|post|journal|agency|network|tv|radio|daily|magazine|staff|team|desk|bureau|inc|ltd|llc|group|reporters?|correspondents?|sports?|bulletin|gazette|tribune|chronicle|dispatch|courier|sentinel|examiner|enquirer|inquirer|advertiser)\b/i.test(n)) return false;
  // Newsroom desks in other languages: "Haber Merkezi", "Redakcja", "Редакция", "Σύνταξη", "Redacció
  // Crònica", "Redaktioun Norden", "Editan Labarai" (Hausa's news editor), and a site's "… Ньюз".
  if (/(^|\s)(redakcja|redakce|redakcia|redakcija|redaktionen|redaktion|redaktioun|redaksjonen|redaktsioon|redacción|redacció|redaccio|rédaction|redazione|redação|redacção|redacçao|redacao|redacția|redactia|redactie|redaksi|uredništvo|szerkesztőség|toimitus|editan|редакция|редакція|редакција|ньюз|σύνταξη|haber merkezi|merkez|haberler)(\s|$)/iu.test(n)) return false;
  // Roles and wire services inside a longer credit: "Reuters Staff", "Guest Author", "AP Writer".
  if (/\b(reuters|bloomberg|xinhua|ritzau|kyodo|yonhap|bernama|antara|tanjug|belga|lusa|associated|agence|editors?|editorial|contributors?|writers?|authors?|guest|admin|administrator|sponsored|partner|webmaster)\b/i.test(n)) return false;
  // A site's account links or page controls taken for a name: "Tilaa Kirjaudu" (Finnish: subscribe,
  // log in), "Subscribe Login", Medium's "Listen Share", "Skip Navigation".
  if (/(^|\s)(links?|breadcrumbs?|navigation|menu|skip|toggle|search|sidebar|footer|header|listen|share|follow|print|subscribe|login|log in|sign in|sign up|register|tilaa|kirjaudu|prenumerera|logga in|abonnieren|anmelden|registrieren|s['’]abonner|connexion|se connecter|suscríbete|suscribirse|iniciar sesión|abonneren|inloggen|abonnér|abonner|logg inn|log ind|zaloguj( się)?|subskrybuj|prenumeruok|prisijunk|přihlásit( se)?|předplatit|feliratkozás|bejelentkezés|logi sisse|pretplati se|naroči se|prijavi se|abonează-te|autentificare|accedi|abbonati|assine)(\s|$)/iu.test(n)) return false;
  // "Our correspondent" in the words of the page's language: an unsigned staff credit ("Na Mwandishi
  // Wetu", Swahili), never a writer's name.
  if (/^(mwandishi wetu|waandishi wetu|mwandishi maalum|nuestro corresponsal|nuestra corresponsal|notre correspondante?|nosso correspondente|nossa correspondente|il nostro corrispondente|la nostra corrispondente|unser korrespondent|unsere korrespondentin|onze correspondent|vår korrespondent|vores korrespondent|nasz korespondent|náš zpravodaj|muhabirimiz|wakilinmu)$/iu.test(n)) return false;
  // A content system's default account: "Super User" (Joomla), "Site Owner".
  if (/^(super user|site owner|site admin|default user|wordpress user)$/i.test(n)) return false;
  if (/(?<![\p{L}\p{N}])(AP|AFP|UPI|DPA|PTI|IANS|TASS|EFE|ANSA|NTB|TT|STT|MTI|ČTK|CTK|TASR|PAP|ANA-MPA|ANP|BTA|HINA|APA|SDA|ATS)(?![\p{L}\p{N}])/u.test(n)) return false;
  const words = n.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  // A sentence's verb: "Tamika Deveaux is the Compass’s", a bio cut at its job.
  if (words.some((w) => NAME_BREAKING_VERBS.has(w))) return false;
  // Words in a script without case (Japanese, Chinese, Thai...) cannot be capitalised: they count as such.
  // "d'Entremont", "d'Alembert": an elided particle before a capitalised surname.
  return words.filter((w) => /^\p{Lu}/u.test(w) || /^d['’]\p{Lu}/u.test(w) || !hasLetterCase(w)).length >= Math.min(2, words.length);
}

/** `PressTV/ `, `Reuters - ` and similar source prefixes on a title line. */
export function stripTitlePrefix(title: string): string {
  const m = /^([\p{L}\d.&' -]{2,24})\s*(\/|\|)\s+(.{12,})$/u.exec(title);
  if (m?.[3] && !/\s(\/|\|)\s/.test(m[3])) return m[3].trim();
  return title;
}

/** What parts a site's name from a title: "Title | Site", "Site :: Title", "Title - Site". */
const TITLE_SITE_SEPARATORS = new Set(['|', '-', '–', '—', ':', '·', '•', '»']);

/**
 * The title without "| Site" after it, the site's name matched in any case. String tests, not a
 * pattern per site: see the architecture doc on regexp code in a long-lived process.
 */
function withoutSiteAtEnd(title: string, siteName: string): string {
  const trimmed = title.trimEnd();
  if (!trimmed.toLowerCase().endsWith(siteName.toLowerCase())) return title;
  const head = trimmed.slice(0, trimmed.length - siteName.length).trimEnd();
  if (head.endsWith('::')) return head.slice(0, -2).trimEnd();
  return TITLE_SITE_SEPARATORS.has(head.slice(-1)) ? head.slice(0, -1).trimEnd() : title;
}

/** The title without "Site |" before it. */
function withoutSiteAtStart(title: string, siteName: string): string {
  if (!title.toLowerCase().startsWith(siteName.toLowerCase())) return title;
  const rest = title.slice(siteName.length).trimStart();
  if (rest.startsWith('::')) return rest.slice(2).trimStart();
  return TITLE_SITE_SEPARATORS.has(rest.charAt(0)) ? rest.slice(1).trimStart() : title;
}

/** Removes a `| Site Name` or ` - Site Name` suffix from a document title. */
export function stripTitleSuffix(title: string, siteName?: string | null): string {
  let t = title.trim();
  if (siteName) t = withoutSiteAtStart(withoutSiteAtEnd(t, siteName), siteName);
  const parts = t.split(/\s+(?:[|–—·•»]|::)\s+|\s+-\s+/);
  if (parts.length > 1) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.split(/\s+/).length >= 4) return longest.trim();
  }
  return t;
}

/**
 * A wire dateline: a place in capitals ("SÃO PAULO", "BERLIN/PARIS"), or in title case when an
 * agency follows ("Nueva York, 5 mar (EFE)", "Sucre, 10 de septiembre (ANF)", "Ponta Delgada, 03 nov 2026 (Lusa)", "Murau/Graz (APA)",
 * Czech and Slovak agencies' "Zlín 11. března (ČTK)" with no comma before the day), an optional date
 * ("March 3", "21 Oct.", "5 mar", "13 de diciembre de 2026") after an optional state, county or country
 * of up to three words ("AUSTIN, Texas, March 10, 2026", "THUWAL, Saudi Arabia —", "BUCHANAN, Grand
 * Bassa County, July 16 (MRPS) –"), the agency in parentheses, or the agency's tag alone, a press
 * release's wire ("/PRNewswire/"), and a dash ("-", "–", "—", "--", ".-") before the text.
 */
// (With a Spanish wire's province after the town, "CANFRANC (HUESCA), 24 Mar. (EUROPA PRESS) -", an Italian
// one's in title case, "PONTREMOLI (Massa-Carrara), 27 gennaio (ANA) –", and its day alone, "ZARAGOZA, 24 (EUROPA PRESS) -".)
const DATELINE = String.raw`^(?:\p{Lu}[\p{Lu}.'’-]+(?:[ /]\p{Lu}[\p{Lu}.'’-]+){0,4}(?:\s*\(\p{Lu}[\p{L}.'’ -]{1,30}\)(?=,))?(?:,\s*(?:\p{Lu}[\p{L}.]+(?: \p{Lu}\p{Ll}+){0,2}(?: \d{1,2})?|\d{1,2}\.? (?:de |d['’])?\p{L}{3,10}\.?(?: del? \d{4})?|\d{1,2}(?=\s*\())){0,2}(?:,\s*\d{4})?\s*(?:\(([^()]{2,60})\))?(?:\s*\/[^/\n]{2,40}\/)?` +
    String.raw`|\p{Lu}\p{Ll}+(?:[ /-]\p{Lu}\p{Ll}+){0,3}(?:,\s*(?:\p{Lu}\p{Ll}+(?:\.? \d{1,2})?|\d{1,2}\.? (?:de |d['’])?\p{L}{3,10}\.?(?: (?:del? )?\d{4})?)| \d{1,2}\. \p{Ll}{3,10}(?: \d{4})?)?\s*\(([^()]{2,60})\)` +
    // An outlet's or agency's tag alone: "(ĐBO) - Rạng sáng 29/8, …", "(ANTARA) -".
    String.raw`|\(([\p{Lu}\p{N}.&]{2,12})\))` +
  // (Or a colon after the agency: "PESHAWAR, Jan 17 (Sarhad News Service): …".)
  String.raw`(?:\.-|\s*(?:--|[-–—])|(?<=\))\s*:)`;
/** South Asian papers' dateline: a place in capitals and a colon ("KOLKATA: Left-arm spinner …"). */
const COLON_DATELINE = String.raw`^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}:\s+`;
// A spaced dash, or EFE's ".-": "AL-QAEDA chief" and "AL-HAYAT" are words, not datelines.
const DATELINE_RE = new RegExp(String.raw`(?:${DATELINE}(?:(?<=\.-)\s*|\s+)|${COLON_DATELINE})(?=\p{Lu}|["“‘«„¿¡])`, 'u');
/** A dateline alone on its line ("MADRID, 21 Oct. (EUROPA PRESS) -"), the text starting on the next. */
const DATELINE_LINE_RE = new RegExp(String.raw`${DATELINE}\s*$`, 'u');

/** The agency a dateline match names (DATELINE_RE or DATELINE_LINE_RE), in whichever group holds it. */
function datelineAgency(m: RegExpExecArray): string | null {
  return agencyName(m[1] ?? m[2] ?? m[3]);
}

function agencyName(named: string | undefined): string | null {
  const n = named?.trim();
  // "(Reuters)", "(EUROPA PRESS)", "(dpa)": a short name; "(Oct. 3)" or "(Updated)" is not an agency.
  return n && !/\d/.test(n) && n.split(/\s+/).length <= 4 && !/^(updated?|actualizado|mis à jour)$/i.test(n) ? n : null;
}

/** The agency and the place of a line that is nothing but a dateline, or null when it is not one. */
export function datelineLine(line: string): { agency: string | null; place: string | null } | null {
  const m = line.length < 90 ? DATELINE_LINE_RE.exec(line.trim()) : null;
  return m ? { agency: datelineAgency(m), place: datelinePlace(m[0]) } : null;
}

/**
 * The place a dateline names, without its date, agency and dash: "MONTEGO BAY, St James",
 * "BERLIN/PARIS"; null for an agency's tag alone ("(ANTARA) -").
 */
function datelinePlace(dateline: string): string | null {
  const place = dateline
    .replace(/\([^()]*\)|\/[^/\n]{2,40}\/|(?:\.-|\s*(?:--|[-–—]))\s*$|:\s*$/gu, ' ')
    .split(',')
    // ("Zlín 11. března": the day and month the Czech and Slovak agencies write after the place.)
    .map((part) => part.replace(/\s\d{1,2}\.\s\p{Ll}{3,10}(?:\s\d{4})?\s*$/u, '').trim())
    .filter((part) => part !== '' && !/\d/u.test(part))
    .join(', ');
  return /\p{L}/u.test(place) ? place : null;
}

/** A town in capitals and a full stop opening a paragraph: "GMÜND. ", "BAD ISCHL. ", "ST. PÖLTEN. " is not read (a dot inside). */
const TOWN_STOP_DATELINE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})/u;
/** Words in capitals that open a paragraph with a full stop and are no town: a label or an acronym's sentence. */
const NOT_A_TOWN_IN_CAPITALS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'LISTEN', 'NOTE', 'PHOTOS', 'VIDEO', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'LIVE', 'CORRECTION', 'CLARIFICATION', 'END', 'ENDS', 'FILE', 'AKTUALISIERT', 'EILMELDUNG', 'NACHTRAG', 'KORREKTUR']);

/** The dateline at the start of a paragraph, the agency it names ("LONDON (Reuters) -" → Reuters) and its place. */
export function splitDateline(paragraph: string): { text: string; agency: string | null; place: string | null } {
  const m = DATELINE_RE.exec(paragraph);
  if (!m || m[0].length >= 90) {
    // "GMÜND. Rettungswagen …": a town in capitals and a full stop, as German-language local papers write it.
    const town = TOWN_STOP_DATELINE.exec(paragraph);
    if (town && !NOT_A_TOWN_IN_CAPITALS.has(town[1]!)) return { text: paragraph.slice(town[0].length), agency: null, place: town[1]! };
    return { text: paragraph, agency: null, place: null };
  }
  const text = paragraph.slice(m[0].length);
  const agency = datelineAgency(m);
  const place = datelinePlace(m[0]);
  // "(ANSA) - BARI, 14 OTT - …": the agency's tag alone, then the place's own dateline.
  const then = place === null ? DATELINE_RE.exec(text) : null;
  const thenPlace = then && then[0].length < 90 ? datelinePlace(then[0]) : null;
  if (then && thenPlace !== null) return { text: text.slice(then[0].length), agency: agency ?? datelineAgency(then), place: thenPlace };
  return { text, agency, place };
}

/** A desk's initials after a story's last sentence: "… 15.000 ton. (cut/tfd)", "(ant/hm)". */
const CLOSING_INITIALS = /\s*\((?:[a-z]{2,5}(?:-[a-z]{2,5})?\/)+[a-z]{2,5}\)\.?$/;

/** The initials closing a story's last paragraph, as written, or null. */
export function closingInitials(paragraph: string): string | null {
  return CLOSING_INITIALS.exec(paragraph)?.[0] ?? null;
}
