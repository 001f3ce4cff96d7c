// Icons are SVG paths from @mdi/js (no icon font, nothing from the network).
// Catalog icons are names ("mdi-hospital-building"): the common ones are bundled here; any other name
// loads the full set once, as a separate chunk (the package's CommonJS copy, so the ES module that the
// named imports tree-shake stays small), and shows a generic icon until then.
import {
  mdiAccountGroup,
  mdiApps,
  mdiBank,
  mdiBookOpenVariant,
  mdiBullhorn,
  mdiBus,
  mdiCashMultiple,
  mdiCctv,
  mdiChartLine,
  mdiCity,
  mdiCoffee,
  mdiCommentMultiple,
  mdiDomain,
  mdiEarth,
  mdiFactory,
  mdiFileDocumentMultiple,
  mdiFinance,
  mdiFlash,
  mdiForum,
  mdiHelpCircleOutline,
  mdiHospitalBuilding,
  mdiIsland,
  mdiLeaf,
  mdiMessageAlert,
  mdiPalmTree,
  mdiPoliceBadge,
  mdiSchool,
  mdiShieldCheck,
  mdiShieldLock,
  mdiSprout,
  mdiStethoscope,
  mdiTrafficLight,
  mdiTree,
  mdiViewDashboard,
  mdiWater,
  mdiWeatherPartlyCloudy,
} from '@mdi/js';
import { shallowRef } from 'vue';

const BUNDLED: Record<string, string> = {
  'mdi-account-group': mdiAccountGroup,
  'mdi-apps': mdiApps,
  'mdi-bank': mdiBank,
  'mdi-book-open-variant': mdiBookOpenVariant,
  'mdi-bullhorn': mdiBullhorn,
  'mdi-bus': mdiBus,
  'mdi-cash-multiple': mdiCashMultiple,
  'mdi-cctv': mdiCctv,
  'mdi-chart-line': mdiChartLine,
  'mdi-city': mdiCity,
  'mdi-coffee': mdiCoffee,
  'mdi-comment-multiple': mdiCommentMultiple,
  'mdi-domain': mdiDomain,
  'mdi-earth': mdiEarth,
  'mdi-factory': mdiFactory,
  'mdi-file-document-multiple': mdiFileDocumentMultiple,
  'mdi-finance': mdiFinance,
  'mdi-flash': mdiFlash,
  'mdi-forum': mdiForum,
  'mdi-hospital-building': mdiHospitalBuilding,
  'mdi-island': mdiIsland,
  'mdi-leaf': mdiLeaf,
  'mdi-message-alert': mdiMessageAlert,
  'mdi-palm-tree': mdiPalmTree,
  'mdi-police-badge': mdiPoliceBadge,
  'mdi-school': mdiSchool,
  'mdi-shield-check': mdiShieldCheck,
  'mdi-shield-lock': mdiShieldLock,
  'mdi-sprout': mdiSprout,
  'mdi-stethoscope': mdiStethoscope,
  'mdi-traffic-light': mdiTrafficLight,
  'mdi-tree': mdiTree,
  'mdi-water': mdiWater,
  'mdi-weather-partly-cloudy': mdiWeatherPartlyCloudy,
};

/** "mdi-hospital-building" → "mdiHospitalBuilding" (the @mdi/js export name). */
export function mdiExportName(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const fullSet = shallowRef<Record<string, unknown> | null>(null);
let loading: Promise<void> | undefined;

function loadFullSet(): void {
  loading ??= import('@mdi/js/commonjs/mdi.js')
    .then((mod) => {
      // CommonJS interop: the exports are on the namespace or on its default export, depending on the bundler.
      const ns = mod as unknown as Record<string, unknown> & { default?: Record<string, unknown> };
      fullSet.value = typeof ns.mdiAccount === 'string' ? ns : (ns.default ?? {});
    })
    .catch(() => {
      loading = undefined;
    });
}

/** The SVG path of a catalog icon name; reactive (re-evaluates once the full set has loaded). */
export function mdiPath(name: string | undefined): string {
  if (!name) return mdiViewDashboard;
  const bundled = BUNDLED[name];
  if (bundled) return bundled;
  const all = fullSet.value;
  if (!all) {
    loadFullSet();
    return mdiViewDashboard;
  }
  const path = all[mdiExportName(name)];
  return typeof path === 'string' ? path : mdiHelpCircleOutline;
}
