/** A heading as written: its depth, its words, and the id it fixes for itself, if any. */
export interface WrittenHeading {
  depth: number;
  text: string;
  /** The id from a `{/* #id *\/}` marker. */
  id?: string;
  line: number;
}

/** Which sources a place in the article cites: the index (in `headings`) of the h2 above it, or null before the first. */
export interface CitationPlace {
  section: number | null;
  sources: string[];
}

/** A paragraph, list item or table row that states a number or date with no footnote. */
export interface UncitedNumber {
  line: number;
  /** Its plain text. */
  text: string;
}

/** What the content layer learns from an MDX page's body, stored with its entry for pages and checks. */
export interface ArticleFacts {
  headings: WrittenHeading[];
  /** Each (section, source) pair once, in reading order: where the reader meets each source. */
  citations: CitationPlace[];
  /** Every source ID cited, with the line of the footnote that cites it (for messages about unknown IDs). */
  cited: { id: string; line: number }[];
  /** Paragraphs that state a number or date without a footnote (the check applies the exception list). */
  uncited: UncitedNumber[];
  /** Words of running text, footnotes left out: for reading time. */
  words: number;
  /** The cases its `<CaseStatus id="…" />` components name, with their lines (checked against the case data). */
  cases?: { id: string; line: number }[];
}
