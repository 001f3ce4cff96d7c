// `npm run bench [-- <section> …]`: figures, not pass/fail. Each area adds its section to SECTIONS.
import { dashboardsSection } from './dashboards.js';
import { engineSection } from './engine.js';
import { benchFieldReports } from './field-reports.js';
import { mapBench } from './map.js';
import type { BenchSection } from './section.js';
import { benchSync } from './sync.js';

// The 20-minute wall soak is its own command (npm run bench:soak): too long for this list.
const SECTIONS: readonly BenchSection[] = [
  engineSection,
  dashboardsSection,
  { name: 'map', about: 'first map paint, 100,000 clustered points, 500-feature updates, heap over 1,000 updates', run: mapBench },
  { name: 'sync', about: 'ingest throughput against the SQLite shell, a 1,000,000-record initial load, the 30-day query p95', run: benchSync },
  { name: 'field-reports', about: '200,000 reports: the queue query p95, all scorecards for a year, period reports', run: benchFieldReports },
];

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown bench section(s) ${unknown.join(', ')}; there are: ${SECTIONS.map((s) => s.name).join(', ')}`);
  for (const section of SECTIONS) {
    if (wanted.length && !wanted.includes(section.name)) continue;
    console.log(`\n== ${section.name}: ${section.about}`);
    await section.run();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
