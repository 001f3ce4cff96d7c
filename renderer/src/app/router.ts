// Hash routing: works from app:// files in Electron and from any path of the web host.
import { createRouter, createWebHashHistory, type RouteLocationNormalizedLoaded } from 'vue-router';
import AccountsView from '../views/AccountsView.vue';
import AuditView from '../views/AuditView.vue';
import CamerasView from '../views/CamerasView.vue';
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
import AgencyQueueView from '../views/field-reports/AgencyQueueView.vue';
import DirectoryView from '../views/field-reports/DirectoryView.vue';
import FieldReportDetailView from '../views/field-reports/FieldReportDetailView.vue';
import FieldReportsQueueView from '../views/field-reports/FieldReportsQueueView.vue';
import PeriodReportsView from '../views/field-reports/PeriodReportsView.vue';
import ScorecardsView from '../views/field-reports/ScorecardsView.vue';
import SupervisionView from '../views/field-reports/SupervisionView.vue';
import WorkingCalendarView from '../views/field-reports/WorkingCalendarView.vue';

export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'overview', component: OverviewView },
      { path: '/domains/:key', name: 'domain', component: DomainView, props: (route) => ({ domainKey: String(route.params.key) }) },
      { path: '/sources', name: 'sources', component: SourcesView },
      { path: '/cameras', name: 'cameras', component: CamerasView },
      { path: '/audit', name: 'audit', component: AuditView },
      { path: '/accounts', name: 'accounts', component: AccountsView },
      // The map (MapLibre) loads with its page, not with the console.
      { path: '/map', name: 'map', component: () => import('../views/MapPageView.vue') },
      { path: '/map/scene', name: 'map-scene', component: () => import('../views/MapSceneView.vue') },
      { path: '/field-reports', name: 'field-reports', component: FieldReportsQueueView },
      { path: '/field-reports/agency', name: 'field-reports-agency', component: AgencyQueueView },
      { path: '/field-reports/supervision', name: 'field-reports-supervision', component: SupervisionView },
      { path: '/field-reports/scorecards', name: 'field-reports-scorecards', component: ScorecardsView },
      { path: '/field-reports/directory', name: 'field-reports-directory', component: DirectoryView },
      { path: '/field-reports/:id(\\d+)', name: 'field-report', component: FieldReportDetailView, props: (route) => ({ id: Number(route.params.id) }) },
      { path: '/field-reports/calendar', name: 'field-reports-calendar', component: WorkingCalendarView },
      { path: '/reports', name: 'reports', component: PeriodReportsView },
      { path: '/disclosures', name: 'disclosures', component: () => import('../views/DisclosuresView.vue') },
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
