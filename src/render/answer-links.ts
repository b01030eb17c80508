import type { MarkdownHeading } from 'astro';

/**
 * The first screen's links to the sections named in an article's `answers`, each with its heading's
 * text. An id that is not a heading of the article stops the build, naming the file and the field.
 */
export function answerLinks(
  answers: readonly string[],
  headings: readonly Pick<MarkdownHeading, 'slug' | 'text'>[],
  file: string,
): { id: string; text: string }[] {
  return answers.map((id) => {
    const heading = headings.find((h) => h.slug === id);
    if (!heading) {
      const known = headings.map((h) => h.slug).join(', ');
      throw new Error(`${file}: answers: "${id}" is not the id of a heading in this article (its headings: ${known})`);
    }
    return { id, text: heading.text };
  });
}
