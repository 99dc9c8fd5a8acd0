/** What a format-specific extractor finds, before the shared clean-up and summary. */
export interface Extraction {
  title: string | null;
  published: string | null;
  author: string | null;
  source: string | null;
  canonicalUrl: string | null;
  paragraphs: string[];
  bodyHtml: string | null;
  /** Language declared by the document or guessed from its text, if any. */
  lang: string | null;
  /** Credit lines of a page's photos and captions ("Photo: Reuters"), which the body leaves out. */
  credits?: string[];
  /** The place of the dateline the body opened on ("MONTEGO BAY, St James"), which the body leaves out. */
  dateline?: string | null;
  /** The agency that dateline names ("LONDON (Reuters) –"). */
  datelineAgency?: string | null;
}
