// The console's own pages in the navigation, after the domains. A new page adds one entry here and its route
// in router.ts; its title is a key of the UI messages.
import { mdiAccountGroupOutline, mdiCalendarMonthOutline, mdiChartBar, mdiClipboardListOutline, mdiDatabaseSyncOutline, mdiFileChartOutline, mdiInboxArrowDown, mdiShieldAccountOutline } from '@mdi/js';

export interface NavPage {
  to: string;
  icon: string;
  /** i18n key of the title. */
  title: string;
  testId: string;
}

export const NAV_PAGES: readonly NavPage[] = [
  { to: '/sources', icon: mdiDatabaseSyncOutline, title: 'nav.sources', testId: 'nav-sources' },
  { to: '/field-reports', icon: mdiClipboardListOutline, title: 'fieldReports.nav.queue', testId: 'nav-field-reports' },
  { to: '/field-reports/agency', icon: mdiInboxArrowDown, title: 'fieldReports.nav.agencyQueue', testId: 'nav-field-reports-agency' },
  { to: '/field-reports/supervision', icon: mdiShieldAccountOutline, title: 'fieldReports.nav.supervision', testId: 'nav-field-reports-supervision' },
  { to: '/field-reports/scorecards', icon: mdiChartBar, title: 'fieldReports.nav.scorecards', testId: 'nav-field-reports-scorecards' },
  { to: '/field-reports/directory', icon: mdiAccountGroupOutline, title: 'fieldReports.nav.directory', testId: 'nav-field-reports-directory' },
  { to: '/field-reports/calendar', icon: mdiCalendarMonthOutline, title: 'fieldReports.nav.calendar', testId: 'nav-field-reports-calendar' },
  { to: '/reports', icon: mdiFileChartOutline, title: 'fieldReports.nav.reports', testId: 'nav-reports' },
];
