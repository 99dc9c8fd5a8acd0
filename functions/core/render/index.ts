/**
 * Rendering: feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), the JSON API representation, HTML pages,
 * OPML, and the HTML sanitizer they all share. Pure functions; identical input gives identical bytes.
 */
export { renderRss, renderAtom, renderJsonFeed, feedLanguage } from './feeds.js';
export type { FeedLinks, FeedPage, JsonFeed, JsonFeedItem } from './feeds.js';
export { toApiArticle } from './api.js';
export type { ApiArticle } from './api.js';
export { renderIndexPage, renderArticlePage, renderErrorPage } from './html.js';
export type { IndexPageInput } from './html.js';
export { renderOpml } from './opml.js';
export type { OpmlInput } from './opml.js';
export { articlePath, feedPath, articleTags, FEED_MEDIA_TYPES, topicScheme, entityScheme } from './urls.js';
export type { FeedFormat, FeedScope, EntityKind, Tag } from './urls.js';
export { sanitizeHtml } from './sanitize.js';
export { escapeXml, escapeHtml, cleanText } from './text.js';
export { toRfc822, toRfc3339, parseArticleDate, EPOCH } from './dates.js';
export { articleUrl } from './content.js';
