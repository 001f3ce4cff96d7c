// The console's own pages in the navigation, after the domains. A new page adds one entry here and its route
// in router.ts; its title is a key of the UI messages.
import { mdiAccountMultipleOutline, mdiCctv, mdiDatabaseSyncOutline, mdiMapOutline, mdiShieldCheckOutline } from '@mdi/js';
import type { MethodName } from '../../../shared/contract/index.js';

export interface NavPage {
  to: string;
  icon: string;
  /** i18n key of the title. */
  title: string;
  testId: string;
  /** Shown only to sessions that may call this method (the access matrix). */
  requires?: MethodName;
}

export const NAV_PAGES: readonly NavPage[] = [
  { to: '/map', icon: mdiMapOutline, title: 'nav.map', testId: 'nav-map', requires: 'map.layers' },
  { to: '/sources', icon: mdiDatabaseSyncOutline, title: 'nav.sources', testId: 'nav-sources', requires: 'sync.status' },
  { to: '/cameras', icon: mdiCctv, title: 'cameras.nav', testId: 'nav-cameras', requires: 'cameras.list' },
  { to: '/audit', icon: mdiShieldCheckOutline, title: 'audit.nav', testId: 'nav-audit', requires: 'audit.list' },
  { to: '/accounts', icon: mdiAccountMultipleOutline, title: 'accounts.nav', testId: 'nav-accounts', requires: 'access.accounts.list' },
];
