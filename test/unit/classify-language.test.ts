import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../functions/core/classify/index.js';
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
