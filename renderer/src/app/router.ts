// Hash routing: works from app:// files in Electron and from any path of the web host.
import { createRouter, createWebHashHistory } from 'vue-router';
import AccountsView from '../views/AccountsView.vue';
import AuditView from '../views/AuditView.vue';
import CamerasView from '../views/CamerasView.vue';
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
      { path: '/cameras', name: 'cameras', component: CamerasView },
      { path: '/audit', name: 'audit', component: AuditView },
      { path: '/accounts', name: 'accounts', component: AccountsView },
      // The map (MapLibre) loads with its page, not with the console.
      { path: '/map', name: 'map', component: () => import('../views/MapPageView.vue') },
      { path: '/map/scene', name: 'map-scene', component: () => import('../views/MapSceneView.vue') },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
    ],
  });
}
