import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';

const read = (body: string) => extractEntities('', body, defaultLexiconTable(), 'en');

describe('a lone name after a person’s full name and “of”', () => {
  it('is where the person is from', () => {
    expect(read('Tom Harris won the race. Orin Sandford of Georgetown was third, another half-minute back.').places).toEqual(['Georgetown']);
  });

  it('is not a firm of partners', () => {
    const found = read('Analyst Daniel Rosenfeld of Keefe, Bruyette & Woods said the results were strong.');
    expect(found.places).toEqual([]);
    expect(found.organizations).toEqual(['Keefe, Bruyette & Woods']);
  });
});

describe('names a kind of place introduces with “including” or “included”', () => {
  it('reads each as a place', () => {
    expect(read('The worst-hit areas included Kaneshie, Adabraka and communities along the Odaw River.').places).toEqual(['Kaneshie', 'Adabraka', 'Odaw River']);
    expect(read('It employed 26 people from nearby villages including Nariokotome and Kokiselei.').places).toEqual(['Nariokotome', 'Kokiselei']);
    expect(read('The wave was more than ten metres in places like Onagawa and Minamisanriku, he said.').places).toEqual(['Onagawa', 'Minamisanriku']);
  });

  it('reads the names before “local government areas” as places', () => {
    expect(read('Officials said Funakaye and Kwami local government areas reported most cases.').places).toEqual(['Funakaye', 'Kwami']);
  });
});

describe('events named for a place', () => {
  it('are bodies, as the festivals and regattas are', () => {
    const found = read('She qualified for the Boston Marathon. He hoped to reach the National Finals Rodeo in December. The Braemar Gathering is next, then the Safari Rally.');
    expect(found.organizations).toEqual(['Boston Marathon', 'National Finals Rodeo', 'Braemar Gathering', 'Safari Rally']);
    expect(found.places).toEqual([]);
  });

  it('leave the ground named for them a place', () => {
    const found = read('Evacuees gathered at the Soldotna Rodeo Grounds on Monday.');
    expect(found.places).toEqual(['Soldotna Rodeo Grounds']);
    expect(found.organizations).toEqual([]);
  });
});

describe('people after a rank or with a given name that is also a people’s name', () => {
  it('reads an Irish police officer’s rank as a title, and keeps the force’s units whole', () => {
    expect(read('Detective Garda Shane Redmond told the court he had objected.').people).toEqual(['Shane Redmond']);
    expect(read('The Garda National Drugs and Organised Crime Bureau said the house had been watched.').organizations).toEqual(['Garda National Drugs and Organised Crime Bureau']);
  });

  it('reads Shona as a given name', () => {
    expect(read('The college’s principal, Dr Shona Leask, said applications had doubled.').people).toEqual(['Shona Leask']);
  });
});

describe('bodies closed by an everyday word', () => {
  it('reads an enterprise agency and an airports company', () => {
    expect(read('A grant of £2.5 million came from Scottish Enterprise last year.').organizations).toEqual(['Scottish Enterprise']);
    expect(read('The terminal is run by North Queensland Airports, its owner since 2012.').organizations).toEqual(['North Queensland Airports']);
  });

  it('reads a body a field’s noun and “body” introduce, but not a body found by police', () => {
    expect(read('Andre Scott, chairman of the industry body Cayman Finance, said the islands still led.').organizations).toEqual(['Cayman Finance']);
    expect(read('Police found the body Tuesday morning near the river.').organizations).toEqual([]);
  });
});

describe('armed forces and their stations', () => {
  it('reads the forces by their letters, and a station named after one as a place', () => {
    expect(read('The community company bought the former RAF base in 2012.').organizations).toEqual(['Royal Air Force']);
    const found = read('Two helicopters from RAF Akrotiri joined the effort, and more waited at RAAF Base Tindal.');
    expect(found.places).toEqual(['RAF Akrotiri', 'RAAF Base Tindal']);
    expect(found.organizations).toEqual([]);
  });

  it('reads a given name that is also a people’s name before a surname with its own inner capital', () => {
    expect(read('Shona McMurchy, who chairs the company, said flats would follow.').people).toEqual(['Shona McMurchy']);
  });

  it('reads a town after "downtown"', () => {
    expect(read('A flash flood tore through downtown Moab on Friday evening.').places).toEqual(['Moab']);
  });
});

describe('a road named in lower case after the town it leads to', () => {
  it('names the town, and a road between two towns names neither alone', () => {
    expect(read('The firm employs 34 people at its yard on the Ballinasloe road.').places).toEqual(['Ballinasloe']);
    expect(read('The new plant will stand on a site off the Woodford road.').places).toEqual(['Woodford']);
    expect(read('Trucks on the Garissa-Hola road were stuck for a day.').places).toEqual([]);
  });
});

describe('a body’s unit “of the” body it belongs to', () => {
  it('names both, the second opening on its noun', () => {
    const found = read('The study, led by the Environmental Research Institute of the University of Belize, was presented on Monday.');
    expect(found.organizations).toEqual(['Environmental Research Institute', 'University of Belize']);
    expect(read('The Institute of the Americas met on Monday.').organizations).toEqual(['Institute of the Americas']);
  });
});
