import { describe, expect, it } from 'vitest';
import { readClosingMatter } from '../../functions/core/clean/author-bio.js';
import { trailingMatchFacts } from '../../functions/core/clean/match-facts.js';
import { clean, REPORT } from './clean-report-fixture.js';

describe('a match’s facts under the report', () => {
  it('go in any language: the result, the officials and the sheets are no sentences', () => {
    const facts = [
      'HUNTERS 28 (A Kila 2, W Gari, N Pokana tries; J Rau 6 goals) d NORTHS DEVILS 20 (L Fisher, B Kelly tries; R Stone 4 goals). Referee: Chris Sutton. Crowd: 12,000.',
      'Reserve grade: Mudgee 24 d CYMS 10. League tag: CYMS 16 d Mudgee 12.',
    ];
    expect(trailingMatchFacts([...REPORT, ...facts])).toBe(2);
    const danish = ['KAMPFAKTA', 'Sønderjyske – Randers FC 3-1 (0-1)', 'Mål: 0-1 Mads Kragh (34.), 1-1 Oliver Bech (63.), 2-1 Rasmus Lund (82., str.)', 'Dommer: Morten Krogh. Tilskuere: 7.412.'];
    expect(trailingMatchFacts([...REPORT, ...danish])).toBe(4);
    const croatian = ['JUG AO – MLADOST 12:10 (3:3, 4:2, 2:3, 3:2)', 'Bazen u Gružu. Gledatelja: 2100. Suci: Kovač (Split), Šimunović (Rijeka).'];
    expect(trailingMatchFacts([...REPORT, ...croatian])).toBe(2);
  });

  it('go when they are a leaderboard: each player\'s rounds after the name, under its heading', () => {
    const golf = ['Leading final scores', '280 | T Crilly (Ardee) 70 71 71 68*; R Hegarty (Portstewart) 69 68 72 71', '282 | S Keaveney (Ballina) 68 70 74 70', '284 | C Mulroy (The Island) 71 72 70 71'];
    expect(trailingMatchFacts([...REPORT, ...golf])).toBe(4);
    expect(trailingMatchFacts([...REPORT, 'The club said 240 players entered, 70 more than last year, and 12 of them were under 16.'])).toBe(0);
  });

  it('go when labelled fields carry sentences: a cricket result and the match notes of a tabellino', () => {
    const cricket = ['SCORES', 'Saint Lucia Kings 170-3 (18.3 overs) (Darren Rampersad 78 not out, Keron Alleyne 41; Shamar Persaud 2-34)', 'Result: Kings won by seven wickets. Player of the match: Darren Rampersad.', 'Umpires: Dexter Baptiste, Ravi Ramlogan'];
    expect(trailingMatchFacts([...REPORT, ...cricket])).toBe(4);
    const italian = ['OLBIA-BUDONI 2-1 (1-0)', 'NOTE: spettatori 2.140. Espulso al 90\' Loi (B) per doppia ammonizione. Ammoniti: Serra, Piras (O). Angoli: 6-4.'];
    expect(trailingMatchFacts([...REPORT, ...italian])).toBe(2);
    const brief = ['Brief scores: Royals 167/7 in 20 overs (Hem Raj Bhatt 58, Bikash Mahato 3-21); Bolts 171/4 in 19.2 overs (Suman Yadav 71 not out). Bolts won by six wickets.'];
    expect(trailingMatchFacts([...REPORT, ...brief])).toBe(1);
    expect(trailingMatchFacts([...REPORT, '**Scores in brief:** Barbados Pride 187 (Holder-Best 62; Charles 5-38) and 184 (Charles 4-61). Windward Islands Volcanoes 412 (La Touche 131). Volcanoes won by an innings and 41 runs.'])).toBe(1);
    const scorecard = ['Scorecard', 'Scarborough 231 (49.2 overs; K Dobson 71, J Hebden 38, T Crosby 27; S Lodge 4-38, O Marsden 2-41, F Wray 2-45)', 'Harrogate 232-6 (47.4 overs; O Marsden 96 not out, A Rasheed 41, W Featherstone 29; J Hebden 3-52, C Beal 2-40)', 'Harrogate won by four wickets. Umpires: G Thwaite and R Dacre.'];
    expect(trailingMatchFacts([...REPORT, ...scorecard])).toBe(4);
    // One label before a sentence is the report's own paragraph.
    expect(trailingMatchFacts([...REPORT, 'Update: the club said on Sunday that the winger would miss the next two games.'])).toBe(0);
  });

  it('go when a scoring sequence, a bar for the colon, a side’s eleven without a label or the best player’s line is all they have', () => {
    const rugby = ['Benetton Rugby-Zebre Parma 31-17 (p.t. 10-10)', "Marcatori: p.t. 9' m. Visentin tr. Scattolin (7-0); 17' m. Cavalli tr. Bacchi (7-7); 28' c.p. Bacchi (7-10); 36' c.p. Scattolin (10-10).", 'Arbitro: Ewan Mackie (Scozia). Spettatori: 5.400.'];
    expect(trailingMatchFacts([...REPORT, ...rugby])).toBe(3);
    const basket = ['84 - Baskonia (25+20+18+21) | Ugarte (14), Fontecha (10), Mbaye (16), Aróstegui (5), Kessler (13) -cinco inicial- Díaz de Cerio (9), Laínez (8), Roux (9).', 'Árbitros | Javier Peñalver, Marta Soler y Luis Caballé. Sin eliminados.', 'Incidencias | Partido de la jornada 27 de la Liga Endesa disputado en el Palacio de Deportes ante 10.412 espectadores.'];
    expect(trailingMatchFacts([...REPORT, ...basket])).toBe(3);
    const football = [
      'Síntesis', "Rosario Central 2 | Newell's Old Boys 1",
      'Franco Sosa; Iván Medina, Nahuel Correa, Santiago Ferrari, Leandro Ruiz; Ezequiel Quiroga, Facundo Rivas, Bruno Maidana; Kevin Agüero, Tomás Giménez, Joaquín Paz. DT: Gustavo Lucero',
      "Amonestados: Rivas, Maidana | Expulsado: ST 31' Benítez (roja directa por codazo)", 'Estadio: Gigante de Arroyito | Árbitro: Fernando Echenique',
    ];
    expect(trailingMatchFacts([...REPORT, ...football])).toBe(5);
    const hockey = ['Ladakh: Lhadol 2, Wangmo, Chorol', 'Himachal Pradesh: Thakur', 'Player of the final: Diskit Angmo (Ladakh)'];
    expect(trailingMatchFacts([...REPORT, ...hockey])).toBe(3);
    const table = ['Uitslag NK sprint vrouwen', 'Plaats | Naam | Punten', '1 | Femke Hoekstra | 151,870', '2 | Noor van Wijk | 152,155', '3 | Lieke Terpstra | 152,604'];
    expect(trailingMatchFacts([...REPORT, ...table])).toBe(5);
    // A table of words alone, with no place in its rows, is the report's own.
    expect(trailingMatchFacts([...REPORT, 'Team | Coach | Ground', 'Hunters | Paul Aiton | National Football Stadium'])).toBe(0);
  });

  it('leave the report alone: a closing sentence with a score, a kick-off time or a phone number stays', () => {
    expect(trailingMatchFacts(REPORT)).toBe(0);
    expect(trailingMatchFacts([...REPORT, 'In the other game Orange CYMS beat Bathurst Panthers 22-20 at Wade Park.'])).toBe(0);
    // Details without a result are no match's facts: a box office line under a concert review.
    expect(trailingMatchFacts([...REPORT, 'VIP : 60,000 R : 50,000 S : 40,000', 'Inquiry 02-751-1500'])).toBe(0);
    expect(trailingMatchFacts([...REPORT, 'Posted By: Edward Gomez | December 13 2007 at 07:52 AM'])).toBe(0);
    // Three paragraphs of report stay whatever follows.
    expect(trailingMatchFacts(['Mudgee 26 d CYMS 18', 'Referee: Matt Gallagher.'])).toBe(0);
  });

  it('go from a text page with the writer’s bio and a follow prompt after them; a byline with a handle names the writer', async () => {
    const text = [
      'Hunters beat Devils before record crowd', '', 'Joshua Kuman (@joshkuman)', 'Sunday 28 June 2026', '',
      ...REPORT.flatMap((p) => [p, '']),
      'HUNTERS 28 (A Kila 2, W Gari, N Pokana tries; J Rau 6 goals) d NORTHS DEVILS 20 (L Fisher, B Kelly tries; R Stone 4 goals). Referee: Chris Sutton. Crowd: 12,000.', '',
      'Joshua Kuman is a sports reporter with PNG Daily Nius. He covers rugby league and the Hunters.', '',
      'Like PNG Daily Nius on Facebook for live scores from every Hunters game.', '',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.author).toBe('Joshua Kuman');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('go from a Markdown post, with the ad under its label between the paragraphs', async () => {
    const md = [
      '# Hunters beat Devils before record crowd', '',
      REPORT[0], '', REPORT[1], '', '*Advertisement*', '',
      '*Cudgegong Tyres & Mechanical — 4WD and farm tyres, fitted while you wait. 14 Market Street, Mudgee.*', '',
      REPORT[2], '', REPORT[3], '',
      '**HUNTERS 28** (A Kila 2, W Gari tries; J Rau 6 goals) **d NORTHS DEVILS 20** (L Fisher, B Kelly tries). **Referee:** Chris Sutton.', '',
      '**Reserve grade:** Hunters 24 d Devils 10.', '',
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('what closes a report under its last paragraph', () => {
  it('drops facts run in after their heading, a facts heading in lower case and a lone tag heading', async () => {
    expect(trailingMatchFacts([...REPORT, 'Match facts: Newcastle Jets 3 (Moreno pen 43, Okafor 74, 80) Central Coast Mariners 2 (Tamaki 15, 51). Crowd: 14,380. Referee: Tess Kovac.'])).toBe(1);
    const spanish = ['Ficha técnica', 'Real Zaragoza: Ramírez; Lozano, Olivera, Castán, Ibarra; Moya, Gracia, Pérez; Aznar, Sarasa y Bermejo.', 'Goles: 0-1, m. 41: Lamela. 1-1, m. 74: Sarasa. 2-1, m. 88: Sarasa.'];
    expect(trailingMatchFacts([...REPORT, ...spanish])).toBe(3);
    const markdown = [REPORT.join('\n\n'), '### Ficha técnica', ...spanish.slice(1).map((p) => `**${p.replace(':', ':**')}`), 'Temas\n-----', '*   [Real Zaragoza](https://example.es/temas/real-zaragoza/)'].join('\n\n');
    const cleaned = await clean(`---\ntitle: Remontada en La Romareda\n---\n\n${markdown}\n`, 'report.md');
    expect(cleaned.paragraphs).toEqual(REPORT);
  });

  it('keeps the last items of a list of short lines', () => {
    expect(readClosingMatter([...REPORT, 'Temas'], null, '').closing).toBe(1);
    expect(readClosingMatter([...REPORT.slice(0, 3), 'Bring along:', 'Warm coats', 'Torches', 'Folding chairs'], null, '').closing).toBe(0);
  });
});

describe('a match’s facts set inside the report in a saved page', () => {
  it('go, and the report’s paragraphs under them stay', async () => {
    const more = [
      'Curzon led 2-0 at half-time through Kai Etheridge’s header from a corner and a long-range strike by Marcus Lomax, and the home fans booed their side off the pitch.',
      'The substitutions changed the game: Akinwale-Bright scored within a minute of coming on, and Brettell’s two late goals came from crosses by the new left-back.',
      'The visiting manager said his side had stopped playing after the first goal. “We were the better team for an hour and we have come away with nothing,” he said.',
    ];
    const tail = [
      'The crowd of 2,614 was the biggest at the ground since the Boxing Day derby and one of the largest in the county this season.',
      'The Harriers travel to Oxford City on Tuesday night before a home game against Alfreton Town next Saturday afternoon at the same ground.',
    ];
    const html = `<html><head><title>Harriers come back to win</title></head><body><article><h1>Harriers come from two down to beat Curzon</h1>
<p class="byline">By Sports Desk</p>
${[...REPORT, ...more].map((p) => `<p>${p}</p>`).join('\n')}
<div class="match-facts"><h3>MATCH FACTS</h3><table><tbody><tr><th>Harriers 3</th><td>Akinwale-Bright 61, Brettell 76, 86</td></tr><tr><th>Curzon Ashton 2</th><td>Etheridge 19, Lomax 42</td></tr><tr><th>Attendance</th><td>2,614</td></tr></tbody></table></div>
${tail.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
    const read = await clean(html, 'harriers.html');
    expect(read.paragraphs.slice(-2)).toEqual(tail);
    expect(read.paragraphs.join(' ')).not.toContain('MATCH FACTS');
  });
});
