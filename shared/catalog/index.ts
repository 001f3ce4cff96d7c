// The default catalog: the province's agencies and the twelve monitoring domains, validated at load.
import { agencies } from './agencies.js';
import { cybersecurity } from './domains/cybersecurity.js';
import { economy } from './domains/economy.js';
import { education } from './domains/education.js';
import { environment } from './domains/environment.js';
import { fieldReports } from './domains/field-reports.js';
import { govPerformance } from './domains/gov-performance.js';
import { health } from './domains/health.js';
import { other } from './domains/other.js';
import { publicServices } from './domains/public-services.js';
import { securityTraffic } from './domains/security-traffic.js';
import { socialListening } from './domains/social-listening.js';
import { tourism } from './domains/tourism.js';
import { loadCatalog } from './load.js';
import type { Catalog } from './schema.js';

export { loadCatalog, findKpi, allKpis, CatalogError } from './load.js';
export * from './schema.js';

/** The domains in the order of the regulation (Art. 2.2), which is also the navigation order. */
export const defaultCatalog: Catalog = loadCatalog({
  agencies,
  domains: [
    economy,
    securityTraffic,
    fieldReports,
    cybersecurity,
    publicServices,
    govPerformance,
    health,
    education,
    tourism,
    environment,
    socialListening,
    other,
  ],
});
