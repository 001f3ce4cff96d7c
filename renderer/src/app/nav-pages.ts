// The console's own pages in the navigation, after the domains. A new page adds one entry here and its route
// in router.ts; its title is a key of the UI messages.
import {
  mdiAccountGroupOutline,
  mdiAccountLockOutline,
  mdiAccountMultipleOutline,
  mdiCalendarMonthOutline,
  mdiCctv,
  mdiChartBar,
  mdiClipboardListOutline,
  mdiDatabaseSyncOutline,
  mdiFileChartOutline,
  mdiInboxArrowDown,
  mdiMapOutline,
  mdiPresentationPlay,
  mdiShieldAccountOutline,
  mdiShieldCheckOutline,
  mdiTelevisionGuide,
} from '@mdi/js';
import type { MethodName } from '../../../shared/contract/index.js';
import type { Role } from '../../../shared/contract/roles.js';

export interface NavPage {
  to: string;
  icon: string;
  /** i18n key of the title. */
  title: string;
  testId: string;
  /** Shown only to sessions that may call this method (the access matrix). */
  requires?: MethodName;
  /** Shown only to these roles: the interface of each role (Art. 2.7), beyond what the matrix allows. */
  roles?: readonly Role[];
  /** The landing page ("#/") of these roles when they may not read the domains' overview. */
  homeOf?: readonly Role[];
}

const IOC: readonly Role[] = ['ioc-operator', 'ioc-supervisor', 'provincial-leader'];
const AGENCY: readonly Role[] = ['agency-handler', 'agency-leader'];
const SUPERVISORS: readonly Role[] = ['ioc-supervisor', 'agency-leader', 'provincial-leader'];

export const NAV_PAGES: readonly NavPage[] = [
  { to: '/map', icon: mdiMapOutline, title: 'nav.map', testId: 'nav-map', requires: 'map.layers' },
  { to: '/field-reports', icon: mdiClipboardListOutline, title: 'fieldReports.nav.queue', testId: 'nav-field-reports', requires: 'fieldReports.list', roles: IOC },
  { to: '/field-reports/agency', icon: mdiInboxArrowDown, title: 'fieldReports.nav.agencyQueue', testId: 'nav-field-reports-agency', requires: 'fieldReports.list', roles: AGENCY },
  { to: '/field-reports/supervision', icon: mdiShieldAccountOutline, title: 'fieldReports.nav.supervision', testId: 'nav-field-reports-supervision', requires: 'fieldReports.list', roles: SUPERVISORS },
  { to: '/field-reports/scorecards', icon: mdiChartBar, title: 'fieldReports.nav.scorecards', testId: 'nav-field-reports-scorecards', requires: 'fieldReports.scorecards' },
  { to: '/field-reports/directory', icon: mdiAccountGroupOutline, title: 'fieldReports.nav.directory', testId: 'nav-field-reports-directory', requires: 'agencies.list' },
  { to: '/field-reports/calendar', icon: mdiCalendarMonthOutline, title: 'fieldReports.nav.calendar', testId: 'nav-field-reports-calendar', requires: 'calendar.year' },
  { to: '/reports', icon: mdiFileChartOutline, title: 'fieldReports.nav.reports', testId: 'nav-reports', requires: 'reports.build' },
  { to: '/wall-control', icon: mdiTelevisionGuide, title: 'wall.navTitle', testId: 'nav-wall-control', requires: 'wall.control' },
  { to: '/briefings', icon: mdiPresentationPlay, title: 'briefing.navTitle', testId: 'nav-briefings', requires: 'briefing.decks.list' },
  { to: '/sources', icon: mdiDatabaseSyncOutline, title: 'nav.sources', testId: 'nav-sources', requires: 'sync.status' },
  { to: '/cameras', icon: mdiCctv, title: 'cameras.nav', testId: 'nav-cameras', requires: 'cameras.list', homeOf: ['police-camera-unit'] },
  { to: '/disclosures', icon: mdiAccountLockOutline, title: 'disclosure.nav', testId: 'nav-disclosures', requires: 'identity.decideDisclosure', roles: ['ioc-supervisor'] },
  { to: '/audit', icon: mdiShieldCheckOutline, title: 'audit.nav', testId: 'nav-audit', requires: 'audit.list' },
  { to: '/accounts', icon: mdiAccountMultipleOutline, title: 'accounts.nav', testId: 'nav-accounts', requires: 'access.accounts.list' },
];

/** The pages of NAV_PAGES this session may open: allowed by the matrix and meant for one of its roles. */
export function visiblePages(can: (method: MethodName) => boolean, roles: readonly Role[]): NavPage[] {
  return NAV_PAGES.filter((p) => (!p.requires || can(p.requires)) && (!p.roles || p.roles.some((r) => roles.includes(r))));
}

/**
 * Where "#/" leads: the overview of the domains for those who may read them; for a role without the KPIs (the
 * police camera units) its first own page, so nobody lands on a refusal.
 */
export function homePath(can: (method: MethodName) => boolean, roles: readonly Role[]): string {
  if (can('catalog.get')) return '/';
  const pages = visiblePages(can, roles);
  return (pages.find((p) => p.homeOf?.some((r) => roles.includes(r))) ?? pages[0])?.to ?? '/';
}
