import type { LinkSource } from './collection.ts';
import type { YamlDocument, YamlPath } from './yaml-document.ts';

/**
 * Every string in a YAML value that is a link to a page of this site ("/section-6103/#x"), with its line,
 * so the post-build link check can say which file and line wrote a broken link.
 */
export function siteLinksIn(doc: YamlDocument, value: unknown = doc.value, path: YamlPath = []): LinkSource[] {
  if (typeof value === 'string') {
    return value.startsWith('/') && !value.startsWith('//') ? [{ file: doc.file, url: value, line: doc.lineOf(path) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => siteLinksIn(doc, v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => siteLinksIn(doc, v, [...path, k]));
  }
  return [];
}
