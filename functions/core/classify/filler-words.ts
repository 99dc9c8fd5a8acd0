/**
 * Words that are never keywords although the short stop lists (stopwords.ts, which are tuned for
 * the language vote) leave them out: pronouns, contractions of prepositions and articles,
 * auxiliary and modal forms, numerals, and the commonest verbs and adverbs of each language.
 */
const FILLER_TEXT: Readonly<Record<string, string>> = {
  fr: `aucun aucune autre autres avant après assez beaucoup bien car ceci celle celles celui ceux chaque chez
ci contre déjà depuis dès donc doit doivent encore enfin ensuite est-ce étaient étant été faut font hier ici
jamais jusqu là laquelle lequel lesquels leurs mieux moins n'est notamment parce pendant peut peuvent
plusieurs pourrait pourtant près puis quand quel quelle quelles quels quelque quelques rien sera seront
serait seulement si soit souvent tandis tant toujours trop vers via voici voilà vraiment deux trois quatre
cinq six sept huit neuf dix cent mille avait avaient aura auront ont eu dit selon afin alors cependant
comment chez dont elle-même lui-même eux ceux-ci celle-ci d'un d'une d'autres l'un l'une qu'il qu'elle
qu'ils c'est n'a s'est`,
  de: `ab aller andere anderen anderer anderes beim bereits bevor bisher bislang damals daher darauf darum
davon dazu deren dessen deshalb etwa etwas euch eure gab gibt ging hatten hätte ihm ihn ihnen immer ins jetzt
jedoch kam kommt konnte könnte künftig lassen lässt mal mehrere meist möchte müssen musste neben nichts
nie oft rund schon seit seien seinen seiner sogar solle sollen sollte soll sowie später statt trotz viel viele
vielen vorher wäre wegen weil weiter weitere weiteren welcher wer wieder will wollen wollte worden wurden
würde würden zudem zwar zwei drei vier fünf sechs sieben acht neun zehn hundert tausend ans aufs übers ums
vom zum zur beim dabei damit demnach dennoch derzeit dies diesmal einmal ebenfalls eigentlich erst gerade
ganz heute gestern morgen laut nun sagte sagt sagten`,
  es: `aquí así aún ahora algún alguna algunas ambos año años cada casi cierto cinco cuatro cuyo cuya dentro
después dijo dos ellos entonces estaban estamos están estar estará estos fueron había habían hace hacer hacia
hecho incluso luego mientras misma mismo mismos nadie nuestra nuestro nunca otras otros pasado pese poder
podría puede pueden pues quien quienes segundo sí siempre siete sin sino sólo solo son suya suyo tal tampoco
tan tener tienen toda todas tres través tuvo usted varios vez veces ya yo diez seis ocho nueve cien mil
hoy ayer mañana mediante según será serán sería sean`,
  it: `alcuni alcune altra altre altri altro ancora anni anno aveva avevano avere bene c'è ciò come così
cui da dagli dai dall dallo degli deve devono dopo dove due dunque ecco era erano essere fa fare fino fra
gli già ieri invece lei loro lui mentre molti molto negli nei nello noi nostro nulla oggi ogni oltre ora
perché però poi poco potrebbe può quale quali quando quanto quasi quattro quelle quelli quello questi
questo qui se sei sempre senza sia siamo sotto stata state stati sta stanno su sugli sui sul sulla sulle
tanto tre tutte tutti tutto uno verso vi voi cinque sette otto nove dieci cento mille hanno abbiamo
detto dice secondo anche agli allo alle alla della delle dello nell nella nelle sull`,
  pt: `ainda algum alguma algumas alguns além antes aqui assim cada cerca coisa contra da dela dele deles
desde deve devem dia disse dizer dois duas durante ela elas eles embora entre era essa essas esse esses
esta estas este estes estava estavam ficar fica foi fora fazer feito havia hoje isso isto lá logo lhe maior
mesmo mesma muitos muitas nada nem nenhum nossa nosso num numa onde outra outras outro outros pela pelas
pelos pode podem poderá porque pouco quando quase quatro quem sempre ser será seria sido sob sobre somente
só tal também tanto tão ter teve três todo toda todos todas tudo vai vão vez vezes cinco seis sete oito
nove dez cem mil ontem amanhã agora segundo segunda apenas`,
  nl: `alle alleen alles altijd andere anders bij daar daarna daarom dan deze doen doet dus echter eerder eigen
even geen geweest haar had hadden heb hebben heeft hem hier hoe hun iets ieder iemand jaar jaren kan komen
komt kon konden kunnen laat later liet maar meer men mijn minder moet moeten na naar nadat net niets nog nu
omdat onder ons onze ook ooit over pas reeds sinds sommige steeds toch toen tussen twee drie vier vijf zes
zeven acht negen tien honderd duizend veel vier volgens voor vooral waar waren wie wil willen wordt wel
werden zal zei zegt zeggen zo zoals zou zouden zullen gisteren vandaag morgen`,
  // Swedish, Polish, Czech, Russian, Turkish, Greek and Indonesian have no stop list of their own
  // (the language vote leaves them to the trigram profiles): their function words and commonest verbs are here.
  sv: `och att det som är för med till den har inte ett kan ska efter sig från vid var men eller också
även när där här hade hon han de dem deras sin sina sitt vara varit blir blev skulle kunde måste mot under
över utan bara redan mycket flera många andra detta dessa denna vilket vilka enligt säger sade sa år året
två tre fyra fem får kommer`,
  pl: `się nie jest oraz przez dla jak już czy są był była było były może także też który która które
których którzy którym tego tej ten tym jego jej ich jednak więc gdy jeszcze tylko bardzo może przed pod nad
przy bez roku rok lat według powiedział powiedziała mówi pierwszy pierwsza pierwsze dwa trzy cztery pięć`,
  cs: `se je že na které který která kteří jako pro podle také jsou byl bylo byla byly není ale jeho její
jejich tak jen už ještě když nebo než při před pod nad bez mezi může roce roku let řekl uvedl uvedla dva tři
čtyři pět přes`,
  ru: `что это как для его она они также был была были уже после при над под без между через который
которая которые которых только ещё еще более года году лет год может можно будет было этого этой этом
того том тем чем где когда если или даже заявил сообщил отметил несколько два три четыре пять`,
  tr: `bir bu için ile olarak çok daha gibi ama olan sonra göre kadar ise şu her veya hem ancak değil
var yok olduğu olduğunu eden etti ayrıca yaklaşık bütün tüm bazı önce üzere dedi söyledi belirtti açıkladı
yıl yılı yılın yüzde geçen iki üç dört beş`,
  el: `και το τα της του των στο στην στη στον στα τον την τις τους ότι θα είναι δεν ένα μια από που
για με σε να οι ως μετά πριν κατά προς χωρίς όπως ενώ έχει έχουν ήταν είχε αυτό αυτή αυτός αυτά
δύο τρία τρεις τέσσερα`,
  id: `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada oleh sebagai atau bahwa
telah sudah karena mereka antara lain tersebut menjadi bagi saat setelah namun hingga serta seperti secara
agar dapat bisa harus masih lebih kepada semua beberapa setiap kata ujar mengatakan menyatakan lalu pekan
tahun dua tiga empat lima`,
  en: `within upon onto towards toward amid amidst despite unless whereas whilst shall ought must might cannot
can't won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't couldn't shouldn't wouldn't
two three four five six seven eight nine ten twenty thirty hundred thousand`,
};

/** Every language's filler words, lower case. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  Object.values(FILLER_TEXT)
    .flatMap((text) => text.split(/\s+/))
    .filter(Boolean)
    .map((word) => word.replace(/’/g, "'")),
);

/**
 * French and Italian articles and prepositions elided onto the next word ("l'arrêt", "d’eau",
 * "dell'energia"): the word behind them is what counts.
 */
export const ELIDED_PREFIX = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|coll|quest|quell|un|nessun|tutt)['’](?=\p{L})/iu;
