import { describe, expect, it } from 'vitest';
import { civicBreadth, civicGain } from '../../functions/core/classify/civic-cues.js';
import { createClassifier, loadDefaultClassifier, topicLabels, type TopicModel } from '../../functions/core/classify/index.js';
import shippedModelJson from '../../models/topic-model.json' with { type: 'json' };
import { seedExpectations, seedText } from './classify-helpers.js';

const classifier = loadDefaultClassifier();
const shippedModel = shippedModelJson as TopicModel;

describe('topic', () => {
  it('ships the AG News labels', () => {
    expect(topicLabels).toEqual(['World', 'Sports', 'Business', 'Sci/Tech']);
  });

  it.each(seedExpectations.map((e) => [e.file, e] as const))('labels seed %s as its expected topic', (_f, e) => {
    const c = classifier.classify(seedText(e));
    expect(c.topic).toBe(e.topic);
    expect(c.topicConfidence).toBeGreaterThan(0.5);
    expect(c.topicConfidence).toBeLessThanOrEqual(1);
  });

  const cases: [string, string, string][] = [
    [
      'Sports',
      'Federer beats Nadal to reach Wimbledon final',
      'Roger Federer beat Rafael Nadal in four sets on Friday to reach his seventh Wimbledon final. The Swiss champion served 20 aces and broke his opponent twice in the decisive set as the crowd on Centre Court cheered. He will face the winner of the second semi-final on Sunday.',
    ],
    [
      'Sports',
      'Late goal gives United victory over Arsenal',
      'A header in stoppage time gave Manchester United a 2-1 win over Arsenal at Old Trafford on Saturday, lifting the club to third in the Premier League table. The coach praised his players for their patience after the visitors had equalised early in the second half.',
    ],
    [
      'Business',
      'Oil prices push shares lower as profits disappoint',
      'Stocks fell on Wall Street on Tuesday after crude oil futures rose to a record and several large retailers reported quarterly earnings below analyst forecasts. The Nasdaq lost 1.4 percent, while bond yields edged higher as investors weighed the chance of another interest rate increase by the Federal Reserve.',
    ],
    [
      'Business',
      'Bank agrees to buy rival in $3 billion deal',
      'The bank said on Monday it had agreed to acquire its smaller rival for about $3 billion in cash and stock, creating the third-largest lender in the region. Shareholders of the target company will receive a 25 percent premium, and the merger is expected to cut annual costs by $200 million.',
    ],
    [
      'Sci/Tech',
      'New chip doubles battery life of laptops',
      'The company unveiled a processor on Wednesday that it says doubles the battery life of notebook computers while running software faster. The chip uses a new manufacturing process, and the first laptops with it will ship next year with an updated version of the operating system and faster wireless networking.',
    ],
    [
      'Sci/Tech',
      'Astronomers find water on distant planet',
      'Scientists using the space telescope have detected water vapour in the atmosphere of a planet orbiting a nearby star, NASA said. Researchers believe the discovery will help them understand how planets form, and a new probe to study the planet further is planned for launch next decade.',
    ],
  ];
  it.each(cases)('classifies a hand-written %s paragraph', (label, title, body) => {
    expect(classifier.classify({ title, body }).topic).toBe(label);
  });

  it('is not swayed by length: a long article keeps the topic of its lead', () => {
    const [, title, body] = cases[0]!;
    const long = Array.from({ length: 40 }, () => body).join('\n\n');
    const short = classifier.classify({ title, body });
    const lengthy = classifier.classify({ title, body: long });
    expect(lengthy.topic).toBe(short.topic);
    expect(Math.abs(lengthy.topicConfidence - short.topicConfidence)).toBeLessThan(0.05);
  });

  it('reads a long article past its opening: later passages outvote a misleading lead', () => {
    const title = 'Researchers recover meteorite on the plain';
    const lead = 'The team had a strong season and the captain led the side to a win in the final, the coach said after the match at the stadium, where fans cheered the players.';
    const science = 'The meteorite was tracked by cameras that recorded the fireball, and researchers used the images to compute its orbit around the Sun and the asteroid belt. The laboratory will study the rock with a scanning electron microscope and publish the results in a scientific journal.';
    // The opening passage alone (the first 80 words) is all about the match.
    const opening80 = [lead, lead, lead].join('\n\n');
    const whole = classifier.classify({ title, body: [opening80, ...Array.from({ length: 4 }, () => science)].join('\n\n') });
    expect(classifier.classify({ title, body: [lead, lead, lead].join('\n\n') }).topic).toBe('Sports');
    expect(whole.topic).toBe('Sci/Tech');
    expect(whole.topicConfidence).toBeGreaterThan(0);
    expect(whole.topicConfidence).toBeLessThanOrEqual(1);
  });

  describe('full-length articles', () => {
    const title = 'Shipyard wins order for two electric ferries';
    const body = [
      'A shipyard on the South Shore has won a $38 million contract to build two battery-electric ferries for the province, the company said on Monday, securing work for its 140 employees until 2028.',
      'The vessels will carry 18 cars each and charge from shore-side cables at both terminals in about ten minutes, using lithium battery packs supplied by a European manufacturer and an electric drive system designed in-house.',
      "The order is the largest in the yard's history. The company said it would hire 30 welders and electricians and invest $4 million in a new assembly hall, with help from a provincial loan.",
      'Engineers expect the ferries to cut diesel use on the crossing by about 90 percent. The software that manages charging was developed with a local technology firm and will be tested next spring.',
      'The ferries will also carry sensors that send data on battery temperature and energy use to a cloud system, which the firm says will let it plan maintenance and sell the technology to other operators.',
      'Shares of the parent company rose 4 percent on the news.',
    ].join('\n\n');
    // The same weights under another name for Sci/Tech: the model with no shift.
    const modelAlone = createClassifier({ ...shippedModel, labels: shippedModel.labels.map((l) => (l === 'Sci/Tech' ? 'Technology' : l)) });

    it('files a company story full of technical words under Business, which the model alone reads as Sci/Tech', () => {
      expect(modelAlone.classify({ title, body }).topic).toBe('Technology');
      expect(classifier.classify({ title, body }).topic).toBe('Business');
    });

    it('leaves a news item of AG News length as the model reads it', () => {
      const [, itemTitle, item] = cases[4]!;
      expect(classifier.classify({ title: itemTitle, body: item }).topicConfidence).toBe(modelAlone.classify({ title: itemTitle, body: item }).topicConfidence);
    });
  });

  describe('local public affairs', () => {
    const title = 'County budget passes with 4 percent tax rise after long debate';
    const body = [
      'The county council voted 7-2 on Tuesday to approve a $48 million budget for next year, raising the property tax rate by 4 percent after a debate that ran past midnight.',
      'Residents packed the chamber for the final hearing, and several asked the commissioners to spend more on rural roads and less on the new administration building.',
      'The mayor said the budget would pay for two new deputies at the sheriff\'s office, repairs to the district court building and a pay rise for staff.',
      'Two councillors voted against it, saying families were already struggling with higher prices and that the county should have drawn on its reserves instead.',
      'Ratepayers will see the new rate on bills mailed in October.',
    ].join('\n\n');

    it('counts the kinds of public body and procedure a text names, each kind once', () => {
      expect(civicBreadth('The council and the councillors met the mayor')).toBe(2);
      expect(civicBreadth('Shares rose after the company raised its profit forecast')).toBe(0);
      expect(civicBreadth(`${title} ${body}`)).toBeGreaterThanOrEqual(8);
    });

    it('counts an inquest and the Irish police among them', () => {
      expect(civicBreadth('The coroner opened the inquest after gardaí recovered the kayak')).toBe(2);
    });

    it('gives nothing for the one or two kinds any story may name', () => {
      expect(civicGain(0)).toBe(0);
      expect(civicGain(2)).toBe(0);
      expect(civicGain(5)).toBeGreaterThan(civicGain(3));
    });

    it('files a county budget vote under World, which the model alone reads as Business', () => {
      const modelAlone = createClassifier({ ...shippedModel, labels: shippedModel.labels.map((l) => (l === 'World' ? 'General' : l)) });
      expect(modelAlone.classify({ title, body }).topic).toBe('Business');
      expect(classifier.classify({ title, body }).topic).toBe('World');
    });

    it('leaves a company story that names one court as Business', () => {
      const story =
        'Shares of the retailer rose 6 percent after it reported quarterly profit above analyst forecasts and said a court had approved its purchase of a smaller rival. ' +
        'Sales at stores open at least a year grew 3 percent, and the company raised its dividend.';
      expect(classifier.classify({ title: 'Retailer profit beats forecasts', body: story }).topic).toBe('Business');
    });
  });

  it('is deterministic', () => {
    const e = seedText(seedExpectations[0]!);
    expect(classifier.classify(e)).toEqual(classifier.classify(e));
  });
});
