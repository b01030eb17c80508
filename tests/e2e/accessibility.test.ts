import { axeEveryPage } from './axe-every-page.ts';

// axe-core, zero violations, on every page in the light theme at 375 and 1280 px (the dark theme: accessibility-dark.test.ts).
axeEveryPage('light');
