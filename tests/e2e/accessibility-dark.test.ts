import { axeEveryPage } from './axe-every-page.ts';

// axe-core, zero violations, on every page in the dark theme at 375 and 1280 px (the light theme: accessibility.test.ts).
axeEveryPage('dark');
