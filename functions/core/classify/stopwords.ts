/**
 * Short stop-word lists: the function words that dominate running text in each language. They
 * drive the language vote and keep keywords free of filler.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even ever every few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just least
less like made make many may me might more most much must my myself never new no nor not now of off on once
one only or other others our ours ourselves out over own per rather said same say says she should since so
some still such than that the their theirs them themselves then there these they this those though through
thus to too under until up upon us very was we were what when where whether which while who whom whose why
will with within without would yet you your yours yourself yourselves`.split(/\s+/),
  fr: `à au aux avec ce ces cette dans de des du elle elles en est et été être eu il ils je la le les leur
leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu que qui sa sans se ses
son sont sur ta te tes toi ton tu un une vos votre vous y était sont ainsi aussi avait avoir cela comme
dont entre fait faire lors plus peu selon sous tout tous toute toutes très`.split(/\s+/),
  de: `aber alle allem allen aller alles als also am an auch auf aus bei bin bis bist da damit dann das
dass dem den denn der des die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
einen einer eines er es für gegen hat hatte hier ich ihr ihre im in ist ja jede jedem jeden jeder jedes
kann kein keine man mehr mein mich mir mit muss nach nicht noch nun nur ob oder ohne sehr sein seine sich
sie sind so über um und uns unter vom von vor war waren was weil welche wenn werden wie wir wird wurde
zu zum zur zwischen`.split(/\s+/),
  es: `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
ellos en entre era es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha había han
hasta hay la las le les lo los más me mi mucho muy nada ni no nos o otra otro para pero poco por porque que
quien se sea ser si sido sin sobre su sus también tanto te tiene todo todos tras un una uno unos y ya
según además aunque`.split(/\s+/),
  it: `ai al alla alle anche che chi con da dal dalla degli dei del della delle di e gli ha hanno il in la
le lo ma nel nella non per più questo questa sono su sua suo tra una uno è stato essere`.split(/\s+/),
  pt: `ao aos as com como da das de do dos e ela ele em entre foi há isso mais mas muito na nas no nos
não o os ou para pela pelo por que se sem seu sua são também um uma é à ainda está foram você vocês
seus suas até após nesta neste nessa nesse essa esse isso então já estão tem têm foi eram depois muito`.split(/\s+/),
  nl: `aan al als bij dat de den der die dit door een en er het hij hun in is je maar met na naar niet nog
of om ook op over te tot uit van voor was wat we wel werd worden zich zij zijn`.split(/\s+/),
};

/**
 * Function words of the Scandinavian languages, for the language vote only. They stay out of
 * {@link ALL_STOPWORDS}: short ones such as "han", "hun", "vi" and "men" are also English words or
 * names, which keywords and entities must keep. Danish and Norwegian Bokmål share most of theirs,
 * so the lists differ mainly by the words each writes its own way (af/av, efter/etter, blev/ble, and
 * the Norwegian infinitive "å" where Danish writes "at").
 */
export const NORDIC_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  sv: `och att det som en på är av för med till den har inte om ett de jag han hon var men vi så kan från
sig ska eller efter när också där vid mot utan hade blev sedan över under bara vara detta dessa denna
många mycket någon några vad hur varför än nu redan enligt`.split(/\s+/),
  da: `og at det som en på er af for med til den har ikke om et de jeg han hun var men vi så kan fra
sig skal eller efter når også der ved mod uden havde blev siden over under kun være dette disse denne
mange meget nogen nogle hvad hvordan hvorfor end nu allerede ifølge mig dig jo`.split(/\s+/),
  no: `og at det som en på er av for med til den har ikke om et de jeg han hun var men vi så kan fra
seg skal eller etter når også der ved mot uten hadde ble siden over under bare være dette disse denne
mange mye noen hva hvordan hvorfor enn nå allerede ifølge meg deg blir å`.split(/\s+/),
};

/**
 * Function words for the language vote only, of two kinds of language. Those the trigram profiles
 * lack (Icelandic, Irish, Welsh, Basque, West Frisian): without a vote such a text comes back as its nearest
 * profiled relative (Icelandic as Norwegian, Frisian as Danish). And Catalan, Galician, Afrikaans, Maltese and Luxembourgish, whose texts share so many
 * function words with Spanish, Portuguese, Dutch, Italian or German that those would win the vote (their lists hold the
 * shared words those languages' lists hold, and the words only they write). Words that are also
 * common function words of larger languages are left out of the first kind (English "a", "is",
 * Spanish "y", Portuguese "um", Slavic "na", "sa" and "da", Hungarian "ez"), so that those
 * languages' texts give them few votes.
 */
export const VOTE_ONLY_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  is: `að í á sem við ekki með það hann hún þeir fyrir frá eftir hefur hafa verið þegar eða þó þess
þetta þessi einnig þá nú yfir upp voru hefði sagði hafði verður mun eru ég þau henni honum sinni`.split(/\s+/),
  ga: `agus ar ag le don níl bhí tá sé sí siad seo sin ó faoi leis chun nach gur cé beidh atá ina ní
an mar ach dá nó freisin inniu ann aige orthu iad`.split(/\s+/),
  cy: `yr yn ac ar gan mae roedd bod ei eu hyn hynny fel ond neu wedi yng ym ddim fydd bydd gyda dros
sydd oedd nad pan hefyd mewn wrth rhwng eraill iddo ein chi nhw`.split(/\s+/),
  eu: `eta du dira dute zen zuen bat ere baina edo hau hori bere beste oso gero behar izan egin
dago daude baita arte ondoren ditu zituen dela duela zuela egingo izango baino gehiago gisa`.split(/\s+/),
  ca: `el la els les de del dels i a al als en un una que per amb és va van ha han no però més com aquest
aquesta aquests seu seva seus també ja quan on fins entre sobre segons perquè sense molt ser són era
havia pel pels hi ho aquí així altres després encara`.split(/\s+/),
  gl: `o os as de do da dos das en no na nos nas e que un unha con por para se non máis como pero
xa ao á ás cando foi está ten iso tamén moi entre cun cunha polo pola nun nunha dende aínda`.split(/\s+/),
  // Maltese: Haitian Creole is the trigrams' nearest profile ("il", "ta", "li" are shared with Italian).
  mt: `il tal tas fil mill lill għal għall minn huwa hija kien kienet biex iżda ukoll wkoll qal qalet
għandu għandha jista dawn dak dik aktar bħala għax meta kif hemm ta li ma jew wara fuq bejn sena
ġimgħa lejn sal kull`.split(/\s+/),
  // Luxembourgish: without its own words a text of it reads as German, with which it shares "der", "den", "dem".
  lb: `vun fir mat ass gëtt huet hunn gouf dës awer wéi hien hir ginn kënnen elo ëm iwwer ënner méi
schonn eng ee sinn och dem den der zu bei am um deen déi dat wou wann well d`.split(/\s+/),
  // West Frisian: no trigram profile, and its nearest ones are Dutch and the Scandinavian languages.
  fy: `fan yn mei foar ek harren hawwe wurde wurdt waard binne wie sil troch út ús dizze dêr hjir hieltyd
hja it de en op is dat te net om oer by har hat kin mar noch nei al dy doe sa hiel wat`.split(/\s+/),
  // Afrikaans shares most of Dutch's function words; its own ("nie", "vir", "hy", "’n", "gesê")
  // tip the vote, and Dutch's "de", "een", "niet" and "zijn" are not among them.
  af: `die en van is in om te n nie het op vir met wat hy sy dat was word aan deur ook na by sal kan hul
ons jy ek hulle haar hom daar hier nou toe as of maar nog oor tot uit sodat omdat terwyl wanneer waar hoe
wie reeds gesê baie meer net moet sê volgens ná tussen teen sowat weer eers`.split(/\s+/),
};

/**
 * Words that tell Croatian, Bosnian, Serbian and Slovenian apart where trigrams cannot (the first
 * three share their grammar and most of their words, and short Slovenian texts look Croatian).
 * Croatian and Bosnian write the ijekavian forms (vrijeme, mjesto, djeca) where Serbian writes the
 * ekavian ones (vreme, mesto, deca); Bosnian and Serbian share a vocabulary Croatian does not use
 * (hiljada/tisuća, miliona/milijuna, saradnja/suradnja, uticaj/utjecaj, the international month
 * names where Croatian has its own). So a Bosnian text shows words of both other lists, and its
 * list holds both kinds. Slovenian has function words the others lack (in, ki, tudi, ter, kot).
 */
const IJEKAVIAN = `vrijeme mjesto mjesta mjestu mjestima djeca djece djeci dijete djeteta riječ riječi uvijek lijepo lijepa
pjesma pjesme gdje prije poslije vijest vijesti predsjednik predsjednika predsjednica rijeka rijeke cijena cijene
cijenu mlijeko srijeda srijedu srijede vijeće vijeća mjesec mjeseca mjeseci procjena procjeni procjene izmjene
izmjena ocijenio ocijenila dio dijela dijelu cijeli cijela cijelu cijelog sljedeći sljedeće sljedećeg posljednji
posljednje posljednjih primijetio primijetili lijek lijekova bijeli bijela sjednica sjednici sjednice zahtjev
zahtjeva`;
const EASTERN_VOCABULARY = `budžet budžeta budžetu fabrika fabrike fabriku fabrici odbornici odbornika ko hiljada hiljade hiljadu miliona milion milijarde fudbal fudbala fudbalski fudbaleri fudbalera
univerzitet univerziteta univerzitetu porodica porodice porodici tokom saradnja saradnji saradnju saradnje uticaj
uticaja uticaju naučnici naučnika nauka nauke nauku ćelija ćelije ćelijama procenat procenata uslovi uslova
voz voza januar januara februar februara mart marta april aprila jun juna jul jula septembar septembra oktobar
oktobra novembar novembra decembar decembra`;
export const CROATIAN_MARKERS: ReadonlySet<string> = new Set(
  `${IJEKAVIAN} tvornica tvornice tvornicu tvornici vijećnici vijećnika tko tisuća tisuće tisuću milijun milijuna tjedan tjedna tjednu tjedno sveučilište sveučilišta
sveučilištu nogomet nogometa nogometni nogometaša povijest povijesti kruh vlak vlaka zrakoplov zrakoplova glazba
glazbe znanost znanosti znanstvenici obitelj obitelji tijekom suradnja suradnji suradnju utjecaj utjecaja
uvjeti uvjeta stoljeća stoljeće izvješće izvješća priopćenje posto siječnja veljače ožujka travnja svibnja
lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca siječanj veljača ožujak travanj svibanj
lipanj srpanj kolovoz rujan listopad studeni prosinac`.split(/\s+/),
);
export const BOSNIAN_MARKERS: ReadonlySet<string> = new Set(
  `${IJEKAVIAN} ${EASTERN_VOCABULARY} sedmica sedmice sedmicu historija historije historiji općina općine općini
hljeb august augusta`.split(/\s+/),
);
export const SERBIAN_MARKERS: ReadonlySet<string> = new Set(
  `${EASTERN_VOCABULARY} vreme mesto mesta mestu mestima deca dece deci dete deteta reč reči uvek lepo lepa pesma
pesme gde pre posle vest vesti predsednik predsednika predsednica reka reke cena cene cenu mleko hleb sreda sredu
srede mesec meseca meseci procena proceni procene izmene izmena ocenio ocenila deo dela delu ceo cela celu celog
sledeći sledeće sledećeg poslednji poslednje poslednjih primetio primetili lek lekova beli bela sednica sednici
sednice zahtev zahteva nedelja nedelje nedelju opština opštine opštini istorija istorije istoriji izveštaj
izveštaja odsto avgust avgusta verovatno bezbednost bezbednosti`.split(/\s+/),
);
export const SLOVENIAN_MARKERS: ReadonlySet<string> = new Set(
  'in ki tudi ter kot lahko so bo bodo smo ste jih zelo če že še vendar zato saj med'.split(' '),
);

/**
 * Words that tell Indonesian from Malay, which share most function words (and which the trigram
 * profiles often confuse): each language's spelling of a shared word (bahwa/bahawa,
 * karena/kerana), its own word for an everyday thing or unit (uang/wang, persen/peratus,
 * miliar/bilion, mobil/kereta, kantor/pejabat, rumah sakit/hospital), and its weekday and month
 * names (Senin/Isnin, Agustus/Ogos). Words both write in news (seperti, banyak, tersebut, hanya)
 * tell nothing and are left out.
 */
export const INDONESIAN_MARKERS: ReadonlySet<string> = new Set(
  `bahwa karena bisa saja tapi yaitu persen miliar uang rupiah rp kantor mobil polisi kepolisian pemerintah kabupaten provinsi
internasional berhasil berbagai terkait senin kamis jumat maret juni juli agustus desember`.split(/\s+/),
);
export const MALAY_MARKERS: ReadonlySet<string> = new Set(
  `bahawa kerana sahaja iaitu peratus bilion wang ringgit rm pejabat kereta polis kerajaan syarikat jabatan hospital
antarabangsa berjaya pelbagai berbanding menerusi sebarang selepas semasa kenyataan tempatan isnin khamis jumaat ahad mac jun julai ogos disember`.split(/\s+/),
);

/**
 * Words that tell Norway's two written standards apart, which share most function words: each
 * one's spelling of a word both write every day (ikke/ikkje, jeg/eg, hva/kva, hvordan/korleis,
 * bare/berre, fra/frå, noe/noko, mye/mykje, hver/kvar, de/dei, en/ein, et/eit, være/vere).
 */
export const BOKMAL_MARKERS: ReadonlySet<string> = new Set(
  'ikke jeg hva hvordan hvorfor bare fra noe mye hver hele de en et være vært også fikk gikk mer hun dem deres hvis mens'.split(/\s+/),
);
export const NYNORSK_MARKERS: ReadonlySet<string> = new Set(
  'ikkje eg kva korleis kvifor berre frå noko mykje kvar heile dei ein eit vere vore òg fekk gjekk meir ho deira viss medan'.split(/\s+/),
);

/** Union of all stop lists, for keyword filtering. */
export const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flat());
