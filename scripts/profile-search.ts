// Which main-thread tasks block typing on the search page, and what runs in them: records a Chromium
// performance trace (with the V8 CPU profiler) while the bench's query is typed, then prints each task
// over 50 ms with the trace events and the functions (self time, from the profile's samples) inside it.
//   node scripts/profile-search.ts [DIST] [--profile phone|desktop] [--ui default] [--cold] [--over MS] [--trace FILE]
// DIST defaults to dist/; a kept scaled copy (bench --keep-scaled) is DIR/dist. Warm by default: the page
// is opened once to fill the cache, then again for the trace. Run it under `flock /tmp/bench.lock`.
import { writeFileSync } from 'node:fs';
import { launchBrowser } from './browser/chromium.ts';
import { serveStatic } from './serve/static-server.ts';
import { defaultUiFiles, profiles, QUERY, uis, type Profile, type SearchUI } from './bench-search.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      type?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const profile: Profile = profiles.find((p) => p.name === (option('--profile') ?? 'phone')) ?? profiles[1];
const ui: SearchUI = option('--ui') === 'default' ? uis[1] : uis[0];
/** Tasks longer than this are listed (`--over MS`); 50 ms is a long task, as the Long Tasks API counts it. */
const LONG_TASK_MS = Number(option('--over') ?? 50);

const server = await serveStatic(dist, 0, await defaultUiFiles());
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: profile.viewport });
  const open = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    return page;
  };
  if (!args.includes('--cold')) {
    const first = await open();
    await first.goto(server.url + ui.path, { waitUntil: 'load' });
    await first.focus(ui.input);
    await first.keyboard.type(QUERY);
    await first.waitForTimeout(1500);
    await first.close();
  }
  const page = await open();
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-v8.cpu_profiler',
      'v8.execute',
      'v8',
    ],
  });
  await page.goto(server.url + ui.path, { waitUntil: 'load' });
  await page.focus(ui.input);
  await page.keyboard.type(QUERY);
  await page.waitForTimeout(3000);
  const trace = await browser.stopTracing();
  const file = option('--trace');
  if (file) writeFileSync(file, trace);
  report(JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]);
} finally {
  await browser.close();
  await server.close();
}

function report(parsed: { traceEvents: TraceEvent[] } | TraceEvent[]): void {
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const tasksOf = (key: string) =>
    events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === key);
  const mains = [...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const main = mains.sort((a, b) => tasksOf(b).length - tasksOf(a).length)[0];
  const firstKey = events.find(
    (e) => `${e.pid}:${e.tid}` === main && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const from = firstKey?.ts ?? 0;
  const samples = profileSamples(events, main);
  const long = tasksOf(main).filter((t) => t.ts >= from && (t.dur ?? 0) / 1000 > LONG_TASK_MS);
  console.log(
    `${ui.name}, ${profile.name} (CPU ×${profile.cpu}), ${dist}: ${long.length} main-thread task(s) over ${LONG_TASK_MS} ms after the first key`,
  );
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\n— task at +${((task.ts - from) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`);
    const inside = events.filter(
      (e) =>
        `${e.pid}:${e.tid}` === main &&
        e.ph === 'X' &&
        e.ts >= task.ts &&
        e.ts < end &&
        e !== task &&
        (e.dur ?? 0) > 2000,
    );
    const byName = new Map<string, number>();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    console.log(
      '  events (inclusive, may nest): ' +
        [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`)
          .join(', '),
    );
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= end) continue;
      self.set(s.frames[0], (self.get(s.frames[0]) ?? 0) + s.dt);
      for (const f of new Set(s.frames)) total.set(f, (total.get(f) ?? 0) + s.dt);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([f, d]) => `    ${(d / 1000).toFixed(1).padStart(6)} ms  ${f}`)
        .join('\n');
    console.log(`  functions by self time:\n${top(self, 12)}`);
    console.log(`  functions by total time:\n${top(total, 12)}`);
  }
}

/** The CPU profile's samples on `thread`, each with its time, the time it stands for, and its stack (innermost first). */
function profileSamples(events: TraceEvent[], thread: string): { ts: number; dt: number; frames: string[] }[] {
  const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === thread);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  let ts = profile.args?.data?.startTime ?? 0;
  const out: { ts: number; dt: number; frames: string[] }[] = [];
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
    for (const n of chunk.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      const frames: string[] = [];
      for (let n = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
        const { functionName, url, lineNumber, columnNumber } = n.callFrame;
        frames.push(
          `${functionName || '(anonymous)'} ${(url ?? '').replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}:${columnNumber + 1}`,
        );
      }
      out.push({ ts, dt: 0, frames });
    });
  }
  out.forEach((s, i) => (s.dt = (out[i + 1]?.ts ?? s.ts) - s.ts));
  return out;
}
