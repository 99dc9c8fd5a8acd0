/**
 * Words that are never keywords in an article of one language: function words, auxiliaries,
 * pronouns, numerals, weekdays and months. Unlike filler-words.ts these apply only to articles
 * detected as that language, because many are everyday words or names elsewhere (Danish "men",
 * Croatian "mali", Finnish "ensi", Romanian "care").
 */
import { listKeyOf } from './shared-lists.js';
import { ALL_STOPWORDS, NORDIC_FUNCTION_WORDS, VOTE_ONLY_FUNCTION_WORDS } from './stopwords.js';

const BY_LANGUAGE: Readonly<Record<string, string>> = {
  fi: `että joka jotka jonka jossa josta johon jolla jolle mikä mitä mutta myös sekä tai kun jos vaan vain
vielä jo nyt sitten siis koska vaikka kuin kuten noin yli alle mukaan jälkeen ennen aikana kanssa ilman
välillä kautta vuoksi takia luona olla ole ollut olleet oli olivat ovat olisi olisivat olemme olette on ei
eivät emme voi voivat voisi pitää pitäisi täytyy tämä tämän tässä tästä tähän nämä näiden se sen siinä
siitä sitä ne niiden niitä hän hänen häntä he heidän heitä me meidän te teidän minä sinä itse kaikki kaikkien
muut muiden monet moni useita eri uusi uuden uutta ensi viime toinen kolme neljä viisi kymmenen sata tuhatta
miljoonaa prosenttia vuonna vuoden vuotta päivänä maanantaina tiistaina keskiviikkona torstaina perjantaina
lauantaina sunnuntaina tammikuussa helmikuussa maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa
elokuussa syyskuussa lokakuussa marraskuussa joulukuussa sanoi kertoi mukaansa`,
  et: `ning ja aga või kui et mis mida mille kes keda kelle see selle seda sellel seal siin need nende neid
nad meie teie mina sina tema ta oma on oli olid olnud olla oleks ei pole saab saa sai peab tuleb võib
võivad juba veel ka ainult kuid siis nüüd enne pärast jaoks kohta üle alla vastu ligi umbes poolt juures
kõik kõigi mitu mitme teine kaks kolm neli viis kümme sada tuhat miljonit protsenti aastal aasta aastat
esmaspäeval teisipäeval kolmapäeval neljapäeval reedel laupäeval pühapäeval jaanuaris veebruaris märtsis
aprillis mais juunis juulis augustis septembris oktoobris novembris detsembris ütles sõnul`,
  hu: `hogy és vagy de is nem sem már még csak azonban amely amelyek amelyet ami amit aki akik ahol amikor
mert mint szerint után előtt alatt között miatt során szerint számára által ellen nélkül felé ez ezt ezek
azt azok annak ennek itt ott most majd lesz lett volt voltak van vannak lehet kell nagyon több sok minden
egyik másik egy két három négy öt tíz száz ezer millió milliárd százalék évben éves évvel évi hétfőn kedden
szerdán csütörtökön pénteken szombaton vasárnap januárban februárban márciusban áprilisban májusban júniusban
júliusban augusztusban szeptemberben októberben novemberben decemberben mondta közölte`,
  ro: `și sau dar iar că care cei cele cel cea ale alor lui lor din prin pentru peste după către despre
între fără până spre sub asupra într într-un într-o dintre acest această acești aceste acesta aceasta
acolo aici acum când unde cum dacă încă deja doar foarte mai mult multe mulți toate toți fost este sunt era
erau fi fie avea are au vor va poate pot trebuie unui unei unor doi două trei patru cinci zece sută mii
milioane procent anul anului ani luni marți miercuri joi vineri sâmbătă duminică ianuarie februarie martie
aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie seară spus declarat potrivit`,
  sk: `ako aj ale alebo ani že keď kde kto čo ktorý ktorá ktoré ktorí ktorých ktorým tak len už ešte však
preto pretože podľa počas pred pod nad pri bez medzi cez proti okrem je sú bol bola bolo boli bude budú byť
má majú môže môžu sme ste sa si ich jeho jej ten tá to tie tento táto toto tieto tam tu teraz veľmi viac
všetky všetci dva dve tri štyri päť desať sto tisíc milióna miliónov percent roku rokov rok pondelok utorok
stredu štvrtok piatok sobotu nedeľu januára februára marca apríla mája júna júla augusta septembra októbra
novembra decembra povedal uviedol`,
  sl: `in ki da je so bo bodo bil bila bilo bili biti sem smo ste tudi ter ali pa kot kar ker če že še
le naj zato vendar saj med pri pred po pod nad brez proti zaradi glede skozi okoli več manj zelo tako
tam tu zdaj ko kjer kdo kaj kateri katera katero ta to te tega teh njegov njena njihov jih jim ga jo mu
lahko mora morajo dva dve tri štiri pet deset sto tisoč milijonov odstotkov odstotke leta letu let
ponedeljek torek sredo četrtek petek soboto nedeljo januarja februarja marca aprila maja junija julija
avgusta septembra oktobra novembra decembra dejal povedal`,
  // Croatian, Bosnian and Serbian share their function words.
  sh: `koji koja koje kojeg kojem kojoj kojih kojima što šta kako kada kad gdje gde dok ako ali već još samo
tako također takođe jer pa te ili niti kao prema nakon poslije posle prije pre tijekom tokom tokom između
preko oko bez protiv zbog radi osim kroz iznad ispod je su bio bila bilo bili biti bit će ćemo ćete
hoće može mogu mora moraju ima imaju nije nisu nema sam smo ste ovaj ova ovo ovi ove ovog ovom taj ta to
ti te tog tom onaj njegov njegova njihov njihova njih njima njemu ona oni one sve svi svih vrlo više manje
dva dvije dve tri četiri pet deset sto tisuća hiljada milijuna miliona posto odsto godine godina godini
ponedjeljak ponedeljak utorak srijedu sredu četvrtak petak subotu nedjelju nedelju siječnja veljače ožujka
travnja svibnja lipnja srpnja kolovoza rujna listopada studenog studenoga prosinca januara februara marta
aprila maja juna jula avgusta augusta septembra oktobra novembra decembra rekao rekla izjavio kazao`,
  lt: `ir ar bet kad kai kur kas ką kuris kuri kurie kurios kurį kurio kurių tai tas ta tie tos šis ši
šie jis ji jie jos jo jų jam jai juos savo yra buvo bus būti gali galės turi turės reikia nėra nebuvo
taip pat dar jau tik labai daug daugiau mažiau apie per po prie iki nuo su be dėl tarp pagal prieš virš
visi visos visų du dvi trys keturi penki dešimt šimtas tūkstančių milijonų procentų metų metais metai
pirmadienį antradienį trečiadienį ketvirtadienį penktadienį šeštadienį sekmadienį sausio vasario kovo
balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio sakė teigė beveik
metu metus proc mln mlrd eurų eurus eurais`,
  lv: `un vai bet ka kas kā kad kur kurš kura kuri kuras kuru ko tas tā tie tās šis šī šie viņš viņa
viņi viņu viņam savu savā ir bija būs būt var varēs jābūt nav nebija arī vēl jau tikai ļoti daudz vairāk
mazāk par pēc pie līdz no ar bez dēļ starp saskaņā pret virs visi visas divi divas trīs četri pieci
desmit simts tūkstoši miljoni procenti gadā gada gadu pirmdien otrdien trešdien ceturtdien piektdien
sestdien svētdien janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī
decembrī sacīja norādīja`,
  ca: `els les dels als del pel pels amb per però més menys com quan on fins entre sobre segons perquè sense
molt molts moltes també encara ja així aquí allà aquest aquesta aquests aquestes aquell aquella seu seva
seus seves tot tota tots totes altre altra altres ser són era eren estat està estan han havia hauria pot
poden serà seran fer fet dos dues tres quatre cinc deu cent mil milions cent any anys dilluns dimarts
dimecres dijous divendres dissabte diumenge gener febrer març abril maig juny juliol agost setembre octubre
novembre desembre diu va van`,
  gl: `unha uns unhas non máis menos como cando onde ata entre sobre segundo porque sen moi moito moita
moitos tamén aínda xa así aquí este esta estes estas ese esa iso isto aquel aquela seu súa seus súas
todo toda todos todas outro outra outros outras ser son era foi foron está están ten teñen había pode
poden será farán facer feito dous dúas tres catro cinco dez cen mil millóns anos ano luns martes
mércores xoves venres sábado domingo xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro
novembro decembro cos coas polo pola polos polas dun dunha nun nunha`,
  da: `og at det som en på er af for med til den har ikke om et de jeg han hun var men vi så kan fra
sig skal eller efter når også der ved mod uden havde blev siden over under kun være dette disse denne
mange meget nogen nogle hvad hvordan hvorfor end nu allerede ifølge hos før mellem igen hele flere andre
sin sine sit deres dem blive bliver været vil ville kunne skulle siger sagde to tre fire fem ti hundrede
tusind millioner procent året år mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts
april maj juni juli august september oktober november december`,
  no: `og at det som en på er av for med til den har ikke om et de jeg han hun var men vi så kan fra
seg skal eller etter når også der ved mot uten hadde ble siden over under bare være dette disse denne
mange mye noen hva hvordan hvorfor enn nå allerede ifølge hos før mellom igjen hele flere andre nye sin
sine sitt deres dem blir blitt vil ville kunne skulle sier sa to tre fire fem ti hundre tusen millioner
prosent året år mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april mai juni
juli august september oktober november desember`,
  uk: `що це як для його її вона вони також був була були було вже після при над під без між через який
яка які яких якого тільки ще більш більше року році років рік може можна буде будуть цього цієї цьому
того тому тим чим де коли якщо або навіть заявив повідомив зазначив кілька два дві три чотири п'ять
відсотків тисяч мільйонів понеділок вівторок середу четвер п'ятницю суботу неділю`,
  bg: `че това като за неговия нейния тя те също беше бяха бил била били вече след при над под без между
през който която които само още повече година години годината може ще бъде това този тази тези там тук
сега когато ако или дори във със заяви каза съобщи няколко два две три четири пет процента хиляди
милиона понеделник вторник сряда четвъртък петък събота неделя`,
  mk: `што тоа како за неговиот нејзиниот таа тие исто така беше беа бил била биле веќе по при над под без
меѓу преку кој која кои само уште повеќе година години може ќе биде овој оваа овие таму тука сега кога ако
или дури изјави рече неколку два две три четири пет проценти илјади милиони понеделник вторник среда
четврток петок сабота недела`,
  id: `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada oleh sebagai atau bahawa
telah sudah kerana mereka antara lain tersebut menjadi bagi ketika selepas namun hingga serta seperti
secara supaya boleh dapat perlu masih lebih kepada semua beberapa setiap kata katanya berkata daripada
iaitu ialah sahaja hanya turut kira-kira tahun dua tiga empat lima ribu juta peratus
bahwa karena setelah sesudah saat kami kita saya kamu dia ia beliau para pun lagi baru sedang hal cara
lalu kemudian maka jika bila kalau agar sehingga bahkan tetapi tapi meski meskipun walaupun saja bisa
mampu harus sejak sampai melalui menerusi terhadap tentang mengenai berbanding dibandingkan sekitar
banyak seluruh sebagian sebahagian menggunakan menurut ujar ujarnya jelasnya ungkapnya tambahnya
mengatakan menyatakan yaitu adalah persen miliar bilion triliun satu enam tujuh delapan lapan sembilan
sepuluh pertama kedua ketiga orang hari minggu bulan senin selasa rabu kamis jumat sabtu isnin khamis
jumaat ahad semalam kemarin sementara sebuah seorang suatu mulai puluhan ratusan ribuan jutaan`,
  ru: `и в во не на что с со по к ко из за от для о об обо это как но а его ее её он она они оно мы вы я
также был была были было будет будут быть до у же уже при над под без между через после перед около
который которая которое которые которых которым этот эта эти этого этой этих тот та те того там тут здесь
теперь когда если или даже только еще ещё более менее всех все всё весь вся очень может могут нужно
сказал сказала заявил заявила сообщил сообщила отметил отметила по словам году года лет два две три
четыре пять процентов тысяч миллионов понедельник вторник среду четверг пятницу субботу воскресенье
января февраля марта апреля мая июня июля августа сентября октября ноября декабря`,
  pl: `i w we z ze na do nie że się jest to od po za jak przez dla oraz ale już czy są był była było były
będzie będą może mogą także też jego jej ich który która które których którym ten ta te tego tej tych tam
tu teraz gdy jeśli lub nawet tylko jeszcze bardziej wszystkie wszystkich bardzo przy nad pod bez między
przed według podczas około roku lat rok dwa dwie trzy cztery pięć procent tysięcy milionów powiedział
powiedziała poinformował dodał poniedziałek wtorek środę czwartek piątek sobotę niedzielę stycznia lutego
marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia`,
  cs: `a v ve z ze na do ne že se je to od po za jak přes pro pod nad bez mezi před při podle během kolem
jsou byl byla bylo byly bude budou být má mají může mohou také jeho její jejich který která které kterých
kterým ten ta ty toho této těch tam tady teď když pokud nebo ani jen ještě více všechny všech velmi už
roku let rok dva dvě tři čtyři pět procent tisíc milionů řekl řekla uvedl uvedla dodal pondělí úterý
středu čtvrtek pátek sobotu neděli ledna února března dubna května června července srpna září října
listopadu prosince kdy kde jsme jste jako proto však tehdy`,
  tr: `ve bir bu da de için ile olarak çok daha gibi ama ki ne olan sonra göre kadar ise şu her ya veya
hem ancak değil var yok olduğu olduğunu eden etti ayrıca yaklaşık bütün tüm bazı önce üzere dedi söyledi
belirtti açıkladı oldu olan olacak olması oldu ise bunun buna bunu şöyle ilk iki üç dört beş yüzde bin
milyon milyar yılı yılında yıl pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart
nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık üst`,
  el: `και το τα της του των η ο οι σε να με για από που στο στην στη στον στα τον την τις τους ότι θα
είναι δεν ένα μια ως παρά στις στους αλλά ή όπως όταν αν μετά πριν μεταξύ κατά προς χωρίς ήταν είχε έχει
έχουν ήδη ακόμη μόνο πολύ περισσότερο αυτό αυτή αυτά αυτός αυτές αυτών όλα όλες όλοι δύο τρία τέσσερα
πέντε τοις εκατό χιλιάδες εκατ εκατομμύρια δήλωσε είπε ανέφερε σύμφωνα Δευτέρα Τρίτη Τετάρτη Πέμπτη
Παρασκευή Σάββατο Κυριακή`,
  ar: `في من على إلى الى عن مع أن إن ان التي الذي الذين اللذين هذا هذه ذلك تلك هؤلاء كان كانت يكون تكون
قد لم لن ما لا هو هي هم هن نحن بعد قبل بين حتى عند كما أو ثم كل منذ خلال حيث أي أيضا وقال قال قالت
وقالت وأضاف أضاف وأضافت أضافت أكد وأكد أشار وأشار أوضح وأوضح فيه فيها منه منها عليه عليها إليه له لها
لهم به بها وفي ومن وعلى وإلى وهو وهي وكان وكانت ولا وما وقد ولم يوم العام عام الماضي المقبل نحو أكثر
أقل غير بين لدى ضمن عبر وفق وفقا مليون مليار ألف الف واحد اثنين ثلاثة`,
  fa: `و در به از که این آن را با است برای های هایی ها شده شد شود می بود بودند کرد کرده کند کنند کرد
یک تا بر نیز هم اما یا اگر چه همه هر دیگر خود ما او آنها ایشان وی باید بوده دارد دارند داشت خواهد
گفت گفته کرده‌اند شده‌اند می‌شود می‌کند می‌کنند شده‌است پس پیش بین روی زیر بیش کمتر بیشتر حدود درصد
سال امسال میلیون میلیارد هزار دو سه چهار پنج`,
  ur: `کے کی کا کو میں سے پر ہے ہیں تھا تھی تھے اور یا بھی نے تو ہی یہ وہ اس ان ایک کہ جو لیے ساتھ بعد
گیا گئی گئے کیا کہا کرنے کرتے ہونے ہو رہا رہی رہے تک اپنے انہوں`,
  he: `של את על עם זה זו זאת הוא היא הם הן כי לא גם אבל או כל אם רק כבר עוד אחרי לפני בין כך יותר
אמר אמרה אמרו היה היתה הייתה היו יהיה אשר אלה אותו אותה להם לו לה בו בה שם פה כאן כמו מאוד אחד אחת
שני שתי שלושה מיליון מיליארד אלף אחוז השנה שנה`,
  hi: `का की के को में से पर है हैं था थी थे और या भी ने तो ही यह वह इस उस इन उन एक कि जो लिए साथ
बाद गया गई गए किया कहा करने करते करता करती होने हो रहा रही रहे तक द्वारा अपने अपनी उन्होंने इसके उनके
कर कुछ सभी बहुत अब वे ये जब तब लेकिन अगर नहीं हुआ हुई हुए होगा होगी था दिया दी दिए बताया कहना जा
रहे वाले वाली वालों बजे करीब लगभग प्रतिशत लाख करोड़ हजार दो तीन चार पांच साल वर्ष दिन`,
  bn: `এবং ও এই সেই যে কি না করে করা হয় হয়েছে ছিল থেকে জন্য সঙ্গে সাথে তার তাদের তিনি আমরা এক একটি
দুই তিন বলেন জানান বলে পর আগে মধ্যে উপর কাছে হবে`,
  ko: `그리고 그러나 하지만 또한 또 및 등 것 수 위해 대한 통해 따르면 관계자 기자 이번 지난 오는 올해 지난해
이날 당시 현재 가장 모두 함께 오전 오후 그는 그녀는 이에 이를 이는 특히 다만 한편 이후 이전 최근 때문
정도 경우 가운데 대해 관련 밝혔다 말했다 전했다 설명했다 덧붙였다 억원 만원 퍼센트 년 월 일`,
  zh: `我们 他们 她们 这个 那个 一个 没有 已经 因为 所以 但是 如果 可以 表示 认为 进行 目前 今年 去年 记者
报道 同时 其中 以及 此外 通过 对于 关于 这些 那些 自己 什么 还是 就是 也是 不是 这样 一些 之后 之前
以上 以下 方面 其他 有关 相关 时候 时间 日电 消息 介绍 指出 称 据 新华社 当天 近日 日前 今天 昨天
明天 同比 环比 亿元 万元 百分点 左右 超过 达到 实现 开展 工作 进一步 一系列`,
  ja: `こと もの ため よう これ それ あれ どれ ここ そこ 今年 昨年 来年 今回 前回 午前 午後 記者 発表 明らか
関係者 同日 同社 同氏 以上 以下 約 万 億 円 年 月 日 時 分 人 氏 さん 話 述べ 示し 一方 また さらに`,
  th: `การ ที่ ใน และ ของ ได้ ให้ เป็น มี ว่า จะ ไม่ กับ จาก แล้ว โดย ซึ่ง อยู่ นี้ ไป มา ความ เมื่อ หรือ แต่
ก็ ถึง ยัง ต้อง อย่าง กล่าว เพื่อ ทั้ง คน ครั้ง นั้น กัน เขา เรา ด้วย ไว้ ขึ้น ลง ออก หลัง ก่อน ระหว่าง
ตาม ทาง หน้า วัน ปี เดือน นาที ล้าน บาท ราย ส่วน เพราะ จึง ทำ ให้ เช่น หาก แม้ ยังคง สำหรับ ภาพ`,
  vi: `và của là có được cho các những một trong với không đã đang sẽ này đó khi để từ theo như người
tại về hơn đến nhưng cũng thì vì nên nếu sau trước ra vào lên xuống rằng biết cho biết cho hay nói ông
bà anh chị năm tháng ngày giờ triệu tỷ nghìn phần trăm nhiều rất`,
  tl: `ang ng mga sa na ay at ni si kay nang para hindi ito iyon siya sila kami tayo niya nila noong rin din
kung dahil upang pero ngunit lamang mula ayon may mayroon wala isang dalawa tatlo`,
  ceb: `ang sa mga nga og ug si ni kay para dili kini kana siya sila kami kita niya nila kaniadto usab
kon tungod aron apan lamang gikan sumala adunay wala usa duha tulo`,
  sw: `na ya wa kwa katika ni za cha kuwa hiyo huo hii pia lakini alisema amesema ambao ambayo kwamba
baada zaidi wakati hadi kama hata bado sana yake wake zake kabla tangu mwaka miaka moja mbili tatu`,
  so: `iyo ku oo waa uu ay ee ayaa soo kala ugu waxaa kale kuwa ka la in hadda badan sidoo sheegay
kadib kahor inta ilaa markii sannadka`,
  ha: `da a na ta ya su ba wanda wadda cikin daga zuwa wani wata kuma domin amma yana tana sun ce ya
ce kan game shi ita su mu bayan kafin har tun`,
  zu: `futhi kodwa ukuthi uma noma kusho ngoba lapho kanye kakhulu manje ukuze kuphela kanti wathi
bathi kwaye ukuba okanye`,
  sq: `dhe që të në një me për nga si por ose nuk është janë ishte ishin kanë ka kishte do mund duhet edhe
vetëm shumë më pas para gjatë midis rreth sipas pa tek këtë kjo ky këta këto ajo ai ata ato tij saj tyre
dy tre katër pesë dhjetë qind mijë milionë përqind vitin vit vjet deklaroi tha`,
};

/**
 * Each language's list, with the function words the language vote keeps for it alone (Nordic,
 * Icelandic, Irish, Welsh, Basque …): never keywords either, in that language's articles.
 */
const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...new Set([...Object.keys(BY_LANGUAGE), ...Object.keys(NORDIC_FUNCTION_WORDS), ...Object.keys(VOTE_ONLY_FUNCTION_WORDS)])].map((language) => [
    language,
    new Set([...(BY_LANGUAGE[language] ?? '').split(/\s+/), ...(NORDIC_FUNCTION_WORDS[language] ?? []), ...(VOTE_ONLY_FUNCTION_WORDS[language] ?? [])].filter(Boolean).map((word) => word.toLowerCase())),
  ]),
);

/** The language-only filler words of an article in `language` (ISO 639-1), if it has any. */
export function fillerWordsOf(language: string | undefined): ReadonlySet<string> | undefined {
  return language === undefined ? undefined : SETS.get(listKeyOf(language));
}

let everyList: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case word is on any language's list here or among the stop words: a word every
 * reader of some language knows, which a text read in the wrong character set rarely yields.
 */
export function isListedInAnyLanguage(word: string): boolean {
  everyList ??= new Set([...ALL_STOPWORDS, ...[...SETS.values()].flatMap((set) => [...set])]);
  return everyList.has(word);
}
