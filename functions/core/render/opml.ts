/**
 * OPML 2.0 subscription list: the all-articles feed and one feed per topic.
 */
import { escapeXml, oneLine, xmlEmpty } from './text.js';
import { feedPath } from './urls.js';

export interface OpmlInput {
  baseUrl: string;
  topics: { name: string; slug: string }[];
}

/** OPML 2.0 listing the Atom feeds (all articles, then each topic), deterministic, no dates. */
export function renderOpml(input: OpmlInput): string {
  const { baseUrl } = input;
  const outline = (text: string, xmlUrl: string): string =>
    xmlEmpty('outline', { type: 'rss', text, title: text, xmlUrl, htmlUrl: `${baseUrl}/` });
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    `<head><title>${escapeXml('dropfeed feeds')}</title></head>`,
    '<body>',
    outline('dropfeed — all articles', baseUrl + feedPath({ kind: 'all' }, 'atom')),
  ];
  const topics = input.topics.filter((t) => t.slug !== '' && oneLine(t.name) !== '');
  if (topics.length > 0) {
    lines.push('<outline text="Topics" title="Topics">');
    for (const t of topics) {
      lines.push(`  ${outline(`dropfeed — topic: ${oneLine(t.name)}`, baseUrl + feedPath({ kind: 'topic', slug: t.slug }, 'atom'))}`);
    }
    lines.push('</outline>');
  }
  lines.push('</body>', '</opml>');
  return `${lines.join('\n')}\n`;
}
