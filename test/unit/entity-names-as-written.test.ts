import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { namesAsWritten } from '../../functions/core/classify/entities/as-written.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';
import { feedKeysFor } from '../../functions/core/feed-keys.js';
import { toApiArticle } from '../../functions/core/render/api.js';
import { renderArticlePage } from '../../functions/core/render/html.js';
import { articleTags } from '../../functions/core/render/urls.js';
import { makeArticle } from '../support/articles.js';

const classifier = loadDefaultClassifier();
const none = { people: [], places: [], organizations: [] };

describe("entity names as an article in another language writes them", () => {
  it('shows a German article its places and bodies in German, each sharing its canonical feed', () => {
    const result = classifier.classify({
      title: 'Deutschland und Österreich einigen sich auf gemeinsame Bahnstrecke',
      body:
        'Die Regierungen in Berlin und Wien haben am Montag einen Vertrag über eine neue Bahnstrecke zwischen München und Salzburg unterzeichnet. ' +
        'Deutschland übernimmt zwei Drittel der Kosten, Österreich den Rest.\n\n' +
        'Die Europäische Union fördert das Vorhaben mit 400 Millionen Euro, teilte die Kommission mit. Der Bau soll im Frühjahr beginnen.',
    });
    expect(result.language).toBe('de');
    expect(result.entities.places).toEqual(expect.arrayContaining(['Deutschland', 'Österreich', 'Wien', 'München', 'Berlin']));
    expect(result.entities.organizations).toContain('Europäische Union');
    expect(result.entityFeedNames).toMatchObject({ Deutschland: 'Germany', Österreich: 'Austria', Wien: 'Vienna', München: 'Munich', 'Europäische Union': 'European Union' });
    // A name German writes as English does has no entry.
    expect(result.entityFeedNames).not.toHaveProperty('Berlin');
  });

  it('shows an English article another spelling it uses, but never a short form', () => {
    const result = classifier.classify({
      title: 'Kyiv signs grain deal',
      body: 'Officials in Kyiv and Bengaluru signed the deal on Monday. The US and Britain welcomed it, a spokesman said.',
    });
    expect(result.language).toBe('en');
    expect(result.entities.places).toEqual(expect.arrayContaining(['Kyiv', 'Bengaluru', 'United States', 'United Kingdom']));
    expect(result.entities.places).not.toContain('Kiev');
    expect(result.entityFeedNames).toEqual({ Kyiv: 'Kiev', Bengaluru: 'Bangalore' });
    // A longer form is shown as written too; the smog over Delhi's capital region is no Manila's.
    const longer = classifier.classify({ title: 'Chip orders rise', body: 'Its largest customer is Meta Platforms. Smog covered the National Capital Region around Delhi again on Monday.' });
    expect(longer.entities.organizations).toContain('Meta Platforms');
    expect(longer.entities.places).toContain('National Capital Region');
    expect(longer.entityFeedNames).toEqual({ 'Meta Platforms': 'Meta' });
    // The same words in another order are the same name as written; a dropped article is a short form.
    const reordered = namesAsWritten({ ...none, organizations: ['Department of Justice', 'The Guardian'] }, 'The Justice Department appealed, Guardian reporters said.', 'en');
    expect(reordered.entities.organizations).toEqual(['Justice Department', 'The Guardian']);
  });

  it('shows an English article the initials or short name it gives a body, keyed on the canonical feed', () => {
    const cycling = classifier.classify({
      title: 'Stage goes ahead after protest',
      body: 'The UCI said the stage would go ahead on Sunday. Riders complained to the UCI about the descent, a team manager said.',
    });
    expect(cycling.entities.organizations).toContain('UCI');
    expect(cycling.entityFeedNames).toMatchObject({ UCI: 'Union Cycliste Internationale' });
    const article = makeArticle('incoming/uci.txt', { entities: cycling.entities, entityFeedNames: cycling.entityFeedNames });
    expect(feedKeysFor(article)).toContain('entity:union-cycliste-internationale');
    // A short name the article uses is shown as written too; a name with "The" dropped is not.
    const rugby = namesAsWritten({ ...none, organizations: ['Leinster Rugby', 'The Guardian'] }, 'Leinster beat Munster on Saturday, Guardian reporters said.', 'en');
    expect(rugby.entities.organizations).toEqual(['Leinster', 'The Guardian']);
    // A short form the article writes only inside a longer one is not written on its own.
    const council = namesAsWritten({ ...none, organizations: ['UN Security Council'] }, 'The mission was authorised by the United Nations Security Council in 2023.', 'en');
    expect(council.entities.organizations).toEqual(['United Nations Security Council']);
    // A hyphen parts a place's words: "Timor-Leste" is no short form of "East Timor".
    expect(namesAsWritten({ ...none, places: ['East Timor'] }, 'Workers from Timor-Leste arrived in March.', 'en').entities.places).toEqual(['Timor-Leste']);
    // The lists spell Hawaiian names without the ʻokina; an article that writes it keeps it, on the same feed.
    const okina = namesAsWritten({ ...none, places: ['Kauai', 'Hawaii'] }, 'Crews flew from Kauaʻi to Hawai‘i on Monday.', 'en');
    expect(okina.entities.places).toEqual(['Kauaʻi', 'Hawai‘i']);
    expect(okina.feedNames).toEqual({ 'Kauaʻi': 'Kauai', 'Hawai‘i': 'Hawaii' });
    expect(namesAsWritten({ ...none, places: ['Kauai'] }, 'Kauaʻi, or Kauai, is the oldest island.', 'en').entities.places).toEqual(['Kauai']);
    // The lists write the straight apostrophe; a typeset article's curly one is the same name.
    const typeset = namesAsWritten({ ...none, places: ['Ivory Coast'] }, 'Cocoa from Côte d’Ivoire reached the port.', 'en');
    expect(typeset.entities.places).toEqual(['Côte d’Ivoire']);
    expect(typeset.feedNames).toEqual({ 'Côte d’Ivoire': 'Ivory Coast' });
  });

  it("keys a side's or a league's initials on the side only in a sports story", () => {
    const fire = namesAsWritten({ ...none, organizations: ['Royal Challengers Bangalore'] }, 'RCB ostrzegło mieszkańców przed pożarem lasu w pobliżu Rytla.', 'pl', false);
    expect(fire.entities.organizations).toEqual(['RCB']);
    expect(fire.feedNames).toEqual({});
    const match = namesAsWritten({ ...none, organizations: ['Royal Challengers Bangalore'] }, 'RCB won by six wickets in Bengaluru.', 'en', true);
    expect(match.feedNames).toEqual({ RCB: 'Royal Challengers Bangalore' });
    // A sports body's initials are no guess: "GAA" at a country fair is still the association.
    const fair = namesAsWritten({ ...none, organizations: ['Gaelic Athletic Association'] }, 'The local GAA club ran the car park at the fair.', 'en', false);
    expect(fair.feedNames).toEqual({ GAA: 'Gaelic Athletic Association' });
  });

  it('leaves English articles with their canonical names when they write them', () => {
    const result = classifier.classify({
      title: 'Germany and Austria agree on a new rail line',
      body: 'The governments in Berlin and Vienna signed a treaty on Monday for a new line between Munich and Salzburg. Germany pays two thirds of the cost.',
    });
    expect(result.entities.places).toEqual(expect.arrayContaining(['Germany', 'Vienna', 'Munich']));
    expect(result.entityFeedNames).toEqual({});
  });

  it('prefers a written-out name to an acronym, keeps a canonical name the text writes, and never shows a case form', () => {
    const spanish = namesAsWritten({ ...none, places: ['United States'] }, 'Los aranceles de EE.UU. preocupan. Estados Unidos ya negocia con México.', 'es');
    expect(spanish.entities.places).toEqual(['Estados Unidos']);
    const written = namesAsWritten({ ...none, places: ['United States'] }, 'United States e Estados Unidos, ambos.', 'pt');
    expect(written.entities.places).toEqual(['United States']);
    expect(written.feedNames).toEqual({});
    // "w Polsce" is Polish for "in Poland": a case form is no name to show.
    const polish = namesAsWritten({ ...none, places: ['Poland'] }, 'Inflacja w Polsce spadła w listopadzie.', 'pl');
    expect(polish.entities.places).toEqual(['Poland']);
    const nominative = namesAsWritten({ ...none, places: ['Poland'] }, 'Polska eksportuje więcej. Inflacja w Polsce spadła.', 'pl');
    expect(nominative.entities.places).toEqual(['Polska']);
    // Only whole words count: "Deutschlands" does not write "Deutschland".
    expect(namesAsWritten({ ...none, places: ['Germany'] }, 'Die Wirtschaft Deutschlands wächst.', 'de').entities.places).toEqual(['Germany']);
  });

  it('finds countries named in scripts without capitals, the longest name first, and shows them as written', () => {
    const lex = defaultLexiconTable();
    const zhText = '公司产品出口到马来西亚、日本和印度尼西亚，并计划进入法国市场。';
    const zh = extractEntities('', zhText, lex, 'zh');
    expect(zh.places).toEqual(expect.arrayContaining(['Malaysia', 'Japan', 'Indonesia', 'France']));
    expect(zh.places).not.toContain('India');
    expect(namesAsWritten(zh, zhText, 'zh').entities.places).toEqual(expect.arrayContaining(['马来西亚', '日本', '印度尼西亚', '法国']));
    // Arabic attaches "and" to the name; a longer word that merely contains one is no mention.
    const ar = extractEntities('', 'أعلنت السلطات في اليمن والسعودية عن أمطار غزيرة.', lex, 'ar');
    expect(ar.places).toEqual(expect.arrayContaining(['Yemen', 'Saudi Arabia']));
    // Korean particles attach after a name, but a name inside another word is none.
    // ("수영국가대표팀", the swimming team, holds "영국", the United Kingdom).
    const ko = extractEntities('', '한국과 미국은 협력을 강화하기로 했다. 수영국가대표팀도 참가했다.', lex, 'ko');
    expect(ko.places).toEqual(expect.arrayContaining(['South Korea', 'United States']));
    expect(ko.places).not.toContain('United Kingdom');
  });

  it('feeds, categories, links and the API use the canonical slug for a name written in the article language', () => {
    const article = makeArticle('incoming/de.txt', { language: 'de', entities: { ...none, places: ['Deutschland'] }, entityFeedNames: { Deutschland: 'Germany' } });
    expect(feedKeysFor(article)).toContain('entity:germany');
    expect(feedKeysFor(article)).not.toContain('entity:deutschland');
    expect(articleTags(article)).toContainEqual({ name: 'Deutschland', slug: 'germany', scheme: 'entity' });
    expect(toApiArticle(article).entitySlugs).toEqual({ Deutschland: 'germany' });
    expect(renderArticlePage(article, 'https://feeds.example')).toContain('href="https://feeds.example/entities/germany/feed.atom">Deutschland</a>');
    // A stored map cannot point a name at the prototype's properties.
    const odd = makeArticle('incoming/odd.txt', { entities: { ...none, places: ['constructor'] } });
    expect(toApiArticle(odd).entitySlugs).toEqual({ constructor: 'constructor' });
  });
});

describe('a typeset article', () => {
  const typeset = {
    title: 'Le satellite SWOT mesure la baisse des lacs du sud de la France',
    body: 'Les données ont été présentées mardi par le Centre national d’études spatiales (CNES) à Toulouse. « Le niveau a baissé d’un mètre », a dit Marie O’Reilly, chercheuse au laboratoire.',
  };
  const plain = { title: typeset.title, body: typeset.body.replaceAll('’', "'") };

  it('names the entities its plain-typed twin names, each once, with its apostrophes as written', () => {
    const typesetResult = classifier.classify(typeset);
    const plainResult = classifier.classify(plain);
    const plainTyped = (names: string[]): string[] => names.map((name) => name.replaceAll('’', "'"));
    expect(typesetResult.entities.people).toContain('Marie O’Reilly');
    expect(typesetResult.entities.organizations).toContain('Centre national d’études spatiales');
    expect(plainTyped(typesetResult.entities.people)).toEqual(plainResult.entities.people);
    expect(plainTyped(typesetResult.entities.organizations)).toEqual(plainResult.entities.organizations);
    expect(typesetResult.entities.places).toEqual(plainResult.entities.places);
    expect(feedKeysFor({ ...makeArticle('incoming/typeset.txt'), ...typesetResult }).sort()).toEqual(feedKeysFor({ ...makeArticle('incoming/plain.txt'), ...plainResult }).sort());
  });
});
