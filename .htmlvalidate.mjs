// html-validate's rules for the built pages (tests/e2e/html-validate.test.ts runs it over every page of dist/).
// The recommended set, with what follows changed for a reason:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Every <button> in our HTML is a form's submit button, which is the HTML default; the rule is a style
    // preference for pages that mix plain buttons into forms, and `type="submit"` would be bytes on every page.
    'no-implicit-button-type': 'off',
    // A search-result length limit, not validity: article titles are whole questions, in two languages.
    'long-title': 'off',
    // HTML allows an id to start with a digit; timeline and source ids are years and source IDs ("1976-2024",
    // "404media-…"). Relaxed keeps what HTML requires: no whitespace, not empty.
    'valid-id': ['error', { relaxed: true }],
    // A table's scroll wrapper is a labelled <div role="region">, the pattern the table plugin and axe's
    // scrollable-region rule settle on; the rule's advice (<section>) applies to every other role.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Tables of three or more columns become stacked cards on a phone (display: block), and browsers then drop
    // their table semantics; restating role="table", "row", "cell"… keeps them a table for screen readers. The
    // roles are redundant only while CSS leaves the table alone.
    'no-redundant-role': 'off',
    // An article has two tables of contents, a fold for phones and a side column for wide screens; CSS shows
    // exactly one, so a browser exposes one "On this page" landmark. This rule reads the HTML without its CSS;
    // axe's landmark-unique rule, which sees the rendered page, checks it at 375 and 1280 px.
    'unique-landmark': 'off',
  },
};
