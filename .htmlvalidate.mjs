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
  },
};
