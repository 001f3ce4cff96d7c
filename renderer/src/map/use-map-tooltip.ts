// What the hover tooltip says about a target: a commune with the choropleth value, a point with its class,
// or a cluster. Shared by the map page and the map panel.
import type { Ref } from 'vue';
import { findMapLayer } from '../../../shared/map/layers.js';
import { formatNumber, formatValue } from '../format/index.js';
import { useLocale } from '../i18n/use-locale.js';
import { useMapGeoStore } from '../stores/map-geo.js';
import { useMapLayersStore } from '../stores/map-layers.js';
import type { MapTarget } from './map-controller.js';
import type { Choropleth } from './use-choropleth.js';

export function useMapTooltip(choropleth: Ref<Choropleth | null>) {
  const { t, text, locale } = useLocale();
  const geo = useMapGeoStore();
  const layers = useMapLayersStore();

  return (target: MapTarget): string[] => {
    if (target.kind === 'commune') {
      const lines = [geo.communeFullNames.get(target.code) ?? target.code];
      const c = choropleth.value;
      if (c) lines.push(`${text(c.kpi.name)}: ${formatValue(c.values.get(target.code) ?? null, c.kpi.unit, locale.value)}`);
      return lines;
    }
    if (target.kind === 'cluster') return [t('map.cluster', { n: formatNumber(target.count, locale.value) })];
    const layer = findMapLayer(target.layer);
    const f = layers.feature(target.layer, target.id);
    if (!layer || !f) return [];
    const cls = layer.classes.find((c) => c.key === f.cls);
    const second = [text(layer.name), cls ? text(cls.name) : null, f.flagged ? t('map.overdue') : null].filter(Boolean).join(' · ');
    return [f.name, second];
  };
}
