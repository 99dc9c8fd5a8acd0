/**
 * The page a browser's single-file archive holds: Chrome's and Edge's MHTML (`mhtml.ts`) or
 * Safari's web archive (`webarchive.ts`). Either is read as the page inside it.
 */
import { RejectedInputError } from '../errors.js';
import { looksLikeMhtml, unpackMhtml } from './mhtml.js';
import { isBinaryPropertyList, unpackWebArchive } from './webarchive.js';

export interface ArchivedPage {
  /** The page's bytes, any transfer encoding undone. */
  bytes: Uint8Array;
  /** Its media type as the archive records it ("text/html"), if it does. */
  mediaType: string | null;
  /** The character set the archive names for it, if any. */
  charset: string | null;
  /** The address the page was saved from, if the archive says. */
  location: string | null;
}

/** The page inside an archive, or null when the bytes are no archive. Throws when an archive holds no page. */
export function archivedPage(bytes: Uint8Array): ArchivedPage | null {
  if (isBinaryPropertyList(bytes)) {
    const page = unpackWebArchive(bytes);
    if (page === null) throw new RejectedInputError('BINARY', 'content is a binary property list, not a Safari web archive');
    return page;
  }
  if (!looksLikeMhtml(bytes)) return null;
  const page = unpackMhtml(bytes);
  if (page === null) throw new RejectedInputError('MALFORMED', 'the web archive (MHTML) holds no HTML page');
  return page;
}
