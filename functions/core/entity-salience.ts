import type { Article } from './article.js';
import { wholeWordMentions } from './words.js';

/**
 * An article's entities across people, places and organizations, most salient first: how often
 * the text names each (a person by surname, as news copy does after the first mention), the
 * headline counting as three mentions, then the earlier first mention. Each kind's list is
 * already most salient first; this ranks the kinds against each other.
 */
export function entitiesBySalience(article: Pick<Article, 'title' | 'body' | 'entities'>): string[] {
  const { people, places, organizations } = article.entities;
  const candidates = [
    ...people.map((name) => ({ name, form: name.split(/\s+/u).at(-1) ?? name })),
    ...[...places, ...organizations].map((name) => ({ name, form: name })),
  ];
  const ranked = candidates.map(({ name, form }, order) => {
    const { count, first } = wholeWordMentions(article.body, form);
    return { name, order, first, score: count + (wholeWordMentions(article.title, form).count > 0 ? headlineWeight : 0) };
  });
  ranked.sort((a, b) => b.score - a.score || a.first - b.first || a.order - b.order);
  return [...new Set(ranked.map((entry) => entry.name))];
}

const headlineWeight = 3;
