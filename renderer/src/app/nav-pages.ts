// The console's own pages in the navigation, after the domains. A new page adds one entry here and its route
// in router.ts; its title is a key of the UI messages.
import { mdiDatabaseSyncOutline, mdiPresentationPlay, mdiTelevisionGuide } from '@mdi/js';

export interface NavPage {
  to: string;
  icon: string;
  /** i18n key of the title. */
  title: string;
  testId: string;
}

export const NAV_PAGES: readonly NavPage[] = [
  { to: '/sources', icon: mdiDatabaseSyncOutline, title: 'nav.sources', testId: 'nav-sources' },
  { to: '/wall-control', icon: mdiTelevisionGuide, title: 'wall.navTitle', testId: 'nav-wall-control' },
  { to: '/briefings', icon: mdiPresentationPlay, title: 'briefing.navTitle', testId: 'nav-briefings' },
];
