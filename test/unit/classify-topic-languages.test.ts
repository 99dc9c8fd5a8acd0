import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier, trainTopicModel } from '../../functions/core/classify/index.js';
import { toEnglishCues, topicCueLanguages } from '../../functions/core/classify/topic-cues.js';
import { dominantLanguage } from '../../functions/core/classify/train.js';
import { unpackText } from '../../functions/core/classify/packed.js';
import packedCues from '../../functions/core/classify/data/topic-cues.packed.json' with { type: 'json' };
import { readCueSources, serializeCueTables } from '../../scripts/lib/topic-cue-sources.js';

const classifier = loadDefaultClassifier();
const names = new Set(['Bayern', 'Airbus', 'Paris']);
const isName = (w: string): boolean => names.has(w);

describe('cross-language topic cues', () => {
  it('ships the tables as they are written (run `npx tsx scripts/build-topic-cues.ts` after editing one)', () => {
    const sources = readCueSources(new URL('../../functions/core/classify/data/topic-cues', import.meta.url).pathname);
    expect(unpackText(packedCues.packed)).toBe(serializeCueTables(sources));
  });

  it('has tables for thirty-one languages besides English, one shared by Croatian, Bosnian and Serbian and one by Indonesian and Malay', () => {
    expect([...topicCueLanguages()].sort()).toEqual(['ar', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sr', 'sv', 'th', 'tr', 'zh']);
  });

  it('reads Chinese, Japanese and Thai, written without spaces, by longest match, and the Latin names inside them as words', () => {
    expect(toEnglishCues('国家队在世界杯比赛中进球', 'zh', isName).split(/\s+/)).toEqual(expect.arrayContaining(['team', 'match', 'goals']));
    expect(toEnglishCues('株価が上昇し、決算は好調だった', 'ja', isName).split(/\s+/)).toEqual(expect.arrayContaining(['shares']));
    expect(toEnglishCues('นักวิทยาศาสตร์ค้นพบยีนใหม่', 'th', isName).split(/\s+/)).toContain('scientists');
    // "Airbus" inside a Chinese run is a name the English model knows.
    expect(toEnglishCues('Airbus公司', 'zh', isName).split(/\s+/)).toContain('Airbus');
  });

  it('reads a Korean noun under its particle and a Hindi word under its ending', () => {
    expect(toEnglishCues('선수들이 경기장에서 뛰었다', 'ko', isName).split(/\s+/)).toEqual(expect.arrayContaining(['players']));
    expect(toEnglishCues('खिलाड़ियों ने मैच जीता', 'hi', isName).split(/\s+/)).toEqual(expect.arrayContaining(['match']));
  });

  it('reads Arabic, Hebrew and Persian words with their attached articles and prefixes', () => {
    expect(toEnglishCues('أعلنت الحكومة أن المنتخب فاز في الدوري', 'ar', isName).split(/\s+/)).toEqual(expect.arrayContaining(['government', 'league']));
    expect(toEnglishCues('הממשלה הודיעה כי הבורסה ירדה', 'he', isName).split(/\s+/)).toEqual(expect.arrayContaining(['government', 'stock']));
    expect(toEnglishCues('دولت اعلام کرد که تورم کاهش یافت', 'fa', isName).split(/\s+/)).toEqual(expect.arrayContaining(['government', 'inflation']));
  });

  it('reads a Catalan word written with the middle dot as one word, and only in Catalan', () => {
    expect(toEnglishCues("L'agència ha llançat un satèl·lit per estudiar les cèl·lules", 'ca', isName).split(/\s+/)).toEqual(expect.arrayContaining(['satellite', 'cells']));
    // French inclusive writing keeps its base word readable.
    expect(toEnglishCues('Les chercheur·euse·s du laboratoire', 'fr', isName).split(/[\s·]+/)).toEqual(expect.arrayContaining(['researchers', 'laboratory']));
  });

  it('reads Malay through the Indonesian table, which lists the Malaysian words too', () => {
    expect(toEnglishCues('Pemerintah dan polisi', 'id', isName).split(/\s+/)).toEqual(expect.arrayContaining(['government', 'police']));
    expect(toEnglishCues('Kerajaan dan polis', 'ms', isName).split(/\s+/)).toEqual(expect.arrayContaining(['government', 'police']));
  });

  it('reads the case and tense endings of inflecting languages from the stem', () => {
    // "meczu", "meczem" are forms of "mecz" (match); "ottelussa" of "ottelu".
    for (const [language, text] of [['pl', 'Po meczu z Legią trener był zadowolony z meczem'], ['fi', 'Tappara voitti ottelussa Kärppiä']] as const) {
      expect(toEnglishCues(text, language, isName).split(/\s+/)).toContain('match');
    }
    // Lithuanian, Latvian and Estonian case endings: "vyriausybė", "valdība" (government) and "eelarve" (budget) in other cases.
    expect(toEnglishCues('vyriausybei pritarus', 'lt', isName).split(/\s+/)).toContain('government');
    expect(toEnglishCues('valdībai ziņots', 'lv', isName).split(/\s+/)).toContain('government');
    expect(toEnglishCues('eelarvest', 'et', isName).split(/\s+/)).toContain('budget');
    // French has no stem lookup: a form the table lacks stays unknown.
    expect(toEnglishCues('matchzzz', 'fr', isName).trim()).toBe('');
  });

  it('reads a language without a table through its nearest relative\'s', () => {
    // Slovak through the Czech table, Bulgarian and Ukrainian through the Russian one.
    expect(toEnglishCues('Zápas sa skončil remízou a vláda', 'sk', isName).split(/\s+/)).toEqual(expect.arrayContaining(['match', 'government']));
    expect(toEnglishCues('Полицията задържа футболиста', 'bg', isName).split(/\s+/)).toEqual(expect.arrayContaining(['police', 'football']));
    expect(toEnglishCues('Матч завершився', 'uk', isName).split(/\s+/)).toContain('match');
  });

  it('lower-cases Turkish capitals the Turkish way and reads Romanian written with cedillas', () => {
    expect(toEnglishCues('SEÇİMLER yapıldı', 'tr', isName).split(/\s+/)).toContain('elections');
    expect(toEnglishCues('Acţiunile au scăzut', 'ro', isName).split(/\s+/)).toContain('shares');
  });

  it('rewrites known words into English, keeps accepted names and drops the rest', () => {
    const out = toEnglishCues('Le gouvernement et Airbus à Paris', 'fr', isName).split(/\s+/).filter(Boolean);
    expect(out).toContain('government');
    expect(out).toContain('Airbus');
    expect(out).toContain('Paris');
    expect(out).not.toContain('Le');
    expect(out).not.toContain('et');
  });

  it('reads French elided words and German compounds by their head', () => {
    expect(toEnglishCues("l'équipe", 'fr', isName).trim()).toBe(toEnglishCues('équipe', 'fr', isName).trim());
    expect(toEnglishCues('équipe', 'fr', isName).trim()).not.toBe('');
    const head = toEnglishCues('Regierung', 'de', isName).trim();
    expect(head).not.toBe('');
    expect(toEnglishCues('Bundesregierung', 'de', isName).trim()).toBe(head);
    // "Beispiel" ends in "Spiel" but is no game.
    expect(toEnglishCues('Beispiel', 'de', isName).trim()).toBe('');
  });

  it('leaves text in languages without a table alone, and never reads the object prototype', () => {
    expect(toEnglishCues('The government and Bayern', 'en', isName)).toBe('The government and Bayern');
    expect(toEnglishCues('constructor toString', 'fr', isName).trim()).toBe('');
  });

  const cases: [string, string, string, string][] = [
    [
      'fr',
      'Sports',
      'Le club lyonnais remporte le derby',
      "L'équipe de Lyon a battu Saint-Étienne 3 à 1 samedi soir devant 50 000 spectateurs. L'entraîneur a salué la victoire de ses joueurs, qui reviennent à deux points du leader du championnat. L'attaquant a marqué deux buts en seconde période.",
    ],
    [
      'de',
      'Business',
      'Autobauer senkt Gewinnprognose',
      'Der Autokonzern hat seine Prognose für das laufende Geschäftsjahr gesenkt. Der Umsatz sei im dritten Quartal um fünf Prozent gefallen, teilte das Unternehmen mit. Die Aktie verlor an der Börse in Frankfurt mehr als sieben Prozent. Anleger fürchten sinkende Gewinne.',
    ],
    [
      'es',
      'World',
      'Miles de personas huyen de los combates en el norte',
      'Miles de civiles abandonaron sus hogares tras los enfrentamientos entre el ejército y grupos rebeldes. El gobierno declaró el estado de emergencia y pidió ayuda a las Naciones Unidas. Al menos veinte soldados murieron en los ataques, según el ministro de Defensa.',
    ],
    [
      'fr',
      'Sci/Tech',
      'Une sonde spatiale découvre de la glace sur la Lune',
      "Les scientifiques de l'agence spatiale ont annoncé que la sonde a détecté de la glace d'eau près du pôle sud de la Lune. Les chercheurs comptent utiliser ces données pour préparer de futures missions. Le logiciel de bord a été mis à jour pour analyser les images du satellite.",
    ],
    [
      'it',
      'Sports',
      'Il Napoli vince in trasferta e torna in testa',
      "La squadra partenopea ha battuto la Fiorentina per 2 a 0 grazie ai gol segnati nel secondo tempo. L'allenatore ha elogiato la difesa e il portiere, decisivo su un rigore. Con questa vittoria il Napoli torna primo in classifica a tre giornate dalla fine del campionato.",
    ],
    [
      'pt',
      'Business',
      'Lucro do banco cresce 12% no trimestre',
      'O banco registrou lucro líquido de 9 bilhões de reais no terceiro trimestre, alta de 12% em relação ao mesmo período do ano passado. A receita com juros e tarifas subiu, e as ações da empresa avançaram 3% na bolsa. Analistas esperam novos dividendos para os acionistas.',
    ],
    [
      'de',
      'World',
      'Hochwasser im Süden: Tausende Menschen evakuiert',
      'Nach tagelangen Regenfällen sind im Süden des Landes mehrere Flüsse über die Ufer getreten. Tausende Anwohner wurden evakuiert, Rettungskräfte brachten Bewohner mit Booten in Sicherheit. Die Zahl der Todesopfer stieg auf zwölf. Der Ministerpräsident besuchte die betroffenen Orte und versprach schnelle Hilfe.',
    ],
    [
      'pt',
      'World',
      'Chuvas fortes alagam bairros de Porto Alegre',
      'As chuvas que atingem o Rio Grande do Sul desde o fim de semana alagaram ao menos doze bairros de Porto Alegre nesta segunda-feira. A Defesa Civil pediu que moradores de áreas de risco deixem suas casas. Segundo a prefeitura, cerca de três mil pessoas estão em abrigos. O governo federal anunciou o envio de equipes de resgate para os municípios afetados.',
    ],
  ];
  it.each(cases)('labels a %s article as %s', (language, topic, title, body) => {
    const c = classifier.classify({ title, body });
    expect(c.language).toBe(language);
    expect(c.topic).toBe(topic);
  });
});

describe('the language a model was trained on', () => {
  it('is stored with the model when one language dominates, and absent for a mixed corpus', () => {
    const english = [
      'The government announced new measures to support the economy after the election.',
      'The team won the championship final after a dramatic match on Sunday evening.',
    ];
    const french = [
      "Le gouvernement a annoncé de nouvelles mesures pour soutenir l'économie après les élections.",
      "L'équipe a remporté la finale du championnat après un match dramatique dimanche soir.",
    ];
    expect(dominantLanguage([...english, ...english])).toBe('en');
    expect(dominantLanguage([...english, ...french])).toBeNull();
    const model = trainTopicModel([
      ...english.map((text, i) => ({ label: i === 0 ? 'politics' : 'sport', text })),
      ...english.map((text, i) => ({ label: i === 0 ? 'politics' : 'sport', text: `${text} Again.` })),
    ]).model;
    expect(model.language).toBe('en');
  });
});
