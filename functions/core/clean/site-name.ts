import type { DomElement } from './dom.js';

/** A title and, after a dash or a bar, a name of one to four words. */
const NAME_AFTER_DASH = /^(.{20,}?)\s+[-–—|]\s+(\p{Lu}[\p{L}'’&.]*(?:\s+[\p{L}'’&.]+){0,3})$/u;

/** Letters and digits only, lower-cased: how a site's name and its host name are compared. */
const alphanumeric = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a title ends in a name after a dash or a bar, which the page's links may show to be the site's. */
export function mayEndInSiteName(title: string): boolean {
  return NAME_AFTER_DASH.test(title);
}

/** The host names a page's links go to, letters and digits only ("constructionrecordcouk"). */
export function linkHosts(root: DomElement): Set<string> {
  const hosts = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    try {
      hosts.add(alphanumeric(new URL(a.getAttribute('href') ?? '').hostname));
    } catch {
      // A relative or broken address names no site.
    }
  }
  return hosts;
}

/** The title without a site's name after a dash or a bar, when the page links to that site's address. */
export function withoutLinkedSiteName(title: string, hosts: ReadonlySet<string>): string {
  const m = NAME_AFTER_DASH.exec(title);
  return m && namesLinkedHost(m[2]!, hosts) ? m[1]! : title;
}

/**
 * The site's name as the link to its home page gives it ("[Kaipara Current](https://kaiparacurrent.nz/)"):
 * a link to a host's root whose words, letters and digits only, stand in the host's name.
 */
export function linkedSiteName(root: DomElement): string | null {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '');
    } catch {
      continue;
    }
    if (url.pathname !== '/' && url.pathname !== '') continue;
    const name = (a.textContent ?? '').trim();
    const key = alphanumeric(name);
    if (key.length >= 5 && alphanumeric(url.hostname).includes(key)) return name;
  }
  return null;
}

/** Whether a name is the site's, as linkedSiteName gives it. */
export function isSiteName(name: string, siteName: string | null): boolean {
  return siteName !== null && alphanumeric(name) === alphanumeric(siteName);
}

/** Whether a name is that of a site the page links to: its letters and digits stand in one of the hosts ("Fyns Erhverv", fynserhverv.dk). */
export function namesLinkedHost(name: string, hosts: ReadonlySet<string>): boolean {
  const key = alphanumeric(name);
  if (key.length < 5) return false;
  for (const host of hosts) if (host.includes(key)) return true;
  return false;
}
