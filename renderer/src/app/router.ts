// Hash routing: works from app:// files in Electron and from any path of the web host.
import { createRouter, createWebHashHistory, type RouteLocationNormalizedLoaded } from 'vue-router';
import BriefingAudienceView from '../views/BriefingAudienceView.vue';
import BriefingPresenterView from '../views/BriefingPresenterView.vue';
import BriefingPrintView from '../views/BriefingPrintView.vue';
import BriefingsView from '../views/BriefingsView.vue';
import WallControlView from '../views/WallControlView.vue';
import WallView from '../views/WallView.vue';
import DomainView from '../views/DomainView.vue';
import NotFoundView from '../views/NotFoundView.vue';
import OverviewView from '../views/OverviewView.vue';
import SourcesView from '../views/SourcesView.vue';

export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'overview', component: OverviewView },
      { path: '/domains/:key', name: 'domain', component: DomainView, props: (route) => ({ domainKey: String(route.params.key) }) },
      { path: '/sources', name: 'sources', component: SourcesView },
      { path: '/wall/:id', name: 'wall', component: WallView, meta: { bare: true }, props: (route) => ({ wallId: String(route.params.id) }) },
      { path: '/wall-control', name: 'wall-control', component: WallControlView },
      { path: '/briefings', name: 'briefings', component: BriefingsView },
      { path: '/briefing/:id/present', name: 'briefing-present', component: BriefingPresenterView, props: (route) => ({ deckId: String(route.params.id) }) },
      { path: '/briefing/:id/audience', name: 'briefing-audience', component: BriefingAudienceView, meta: { bare: true }, props: (route) => ({ deckId: String(route.params.id) }) },
      { path: '/briefing/:id/print', name: 'briefing-print', component: BriefingPrintView, meta: { bare: true }, props: (route) => ({ deckId: String(route.params.id) }) },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
    ],
  });
}

/** Routes drawn without the console's app bar and menu; before the first navigation, judged from the hash. */
const BARE_HASH = /^#\/(wall\/|briefing\/[^/]+\/(audience|print))/;

export function isBareRoute(route: Pick<RouteLocationNormalizedLoaded, 'matched' | 'meta'>, hash = location.hash): boolean {
  return route.matched.length ? route.meta.bare === true : BARE_HASH.test(hash);
}
