/**
 * Words that are never keywords in an article of one language: function words, auxiliaries,
 * pronouns, numerals, weekdays and months. Unlike filler-words.ts these apply only to articles
 * detected as that language, because many are everyday words or names elsewhere (Danish "men",
 * Croatian "mali", Finnish "ensi", Romanian "care").
 */
import { listKeyOf } from './shared-lists.js';

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
  sq: `dhe që të në një me për nga si por ose nuk është janë ishte ishin kanë ka kishte do mund duhet edhe
vetëm shumë më pas para gjatë midis rreth sipas pa tek këtë kjo ky këta këto ajo ai ata ato tij saj tyre
dy tre katër pesë dhjetë qind mijë milionë përqind vitin vit vjet deklaroi tha`,
};

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(BY_LANGUAGE).map(([language, text]) => [language, new Set(text.split(/\s+/).filter(Boolean))]),
);

/** The language-only filler words of an article in `language` (ISO 639-1), if it has any. */
export function fillerWordsOf(language: string | undefined): ReadonlySet<string> | undefined {
  return language === undefined ? undefined : SETS.get(listKeyOf(language));
}
