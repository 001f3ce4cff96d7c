// `npm run bench [-- <section> …]`: figures, not pass/fail. Each area adds its section to SECTIONS.
import { dashboardsSection } from './dashboards.js';
import { engineSection } from './engine.js';
import type { BenchSection } from './section.js';

const SECTIONS: readonly BenchSection[] = [engineSection, dashboardsSection];

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
