import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
for (const p of ['irs-ice-agreement','section-6103','tax-reform-act-1976','itin-filers']) {
const h = readFileSync(`dist/${p}/index.html`, 'utf8');
const main = h.match(/<main[\s\S]*<\/main>/)[0];
const floor = br(main.replace(/<[^>]+>/g, ''));
console.log(p, 'budget~', Math.round(floor*1.3+2048), 'now', br(h), 'css', br(h.match(/<style>[\s\S]*?<\/style>/)[0]), 'header', br(h.match(/<header class="tp-header"[\s\S]*?<\/header>/)[0]), 'footer', br(h.match(/<footer[\s\S]*?<\/footer>/)[0]));
}
