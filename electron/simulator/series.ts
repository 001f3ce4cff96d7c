// Deterministic values for every KPI of a catalog: the province value of each period and its breakdown
// by commune, agency or category. Sums add up exactly; means and maxima vary around the province value.
import type { Breakdown, Catalog, Kpi } from '../../shared/catalog/schema.js';
import { allKpis } from '../../shared/catalog/load.js';
import type { Commune } from './geo-types.js';
import { buildKpiModel, type KpiModel } from './kpi-model.js';
import { periodIndex } from '../../shared/model/period-math.js';
import { hashOf, hashString, mix, signed, unit } from './random.js';
import { publicationAt, type Publication } from './publication.js';
import { PushedBreaches } from './pushed-breaches.js';
import { provinceUnits } from './signal.js';

export type Dim = 'total' | Breakdown;

/** The members of one breakdown of one KPI and their fixed character, computed once. */
interface MemberSet {
  members: readonly string[];
  /** Per-member hash, the root of its per-period noise. */
  hashes: Uint32Array;
  /** Relative size (share of a sum). */
  weights: Float64Array;
  /** Persistent offset in [-1, 1): some communes are always a little better than others. */
  bias: Float64Array;
}

export interface SeriesEngine {
  readonly seed: number;
  model(kpiId: string): KpiModel | undefined;
  members(kpiId: string, dim: Dim): readonly string[];
  /** Values of `dim`'s members (aligned with `members`) for the period starting at `start`. */
  values(kpiId: string, dim: Dim, start: number, version: number): number[];
  /** The version of a period visible at `nowMs` (a pushed breach or its correction wins), or null. */
  publication(m: KpiModel, start: number, nowMs: number): Publication | null;
  /** Breaches pushed by the scenario control. */
  readonly pushed: PushedBreaches;
}

/** Population-ish weight: wards are denser; bigger communes hold more people, less than in proportion. */
function communeWeight(c: Commune): number {
  return (c.type === 'phuong' ? 4 : 1) * Math.sqrt(Math.max(1, c.areaKm2)) * (0.6 + 0.8 * unit(hashString(c.code)));
}

/** Splits `total` integer units over `weights` so the parts are integers adding up to `total`. */
export function apportion(total: number, weights: ArrayLike<number>): number[] {
  const sign = total < 0 ? -1 : 1;
  const whole = Math.abs(total);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  const parts: number[] = new Array(weights.length);
  const fractions: Array<[number, number]> = [];
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const raw = sum > 0 ? (whole * weights[i]!) / sum : whole / weights.length;
    const floor = Math.floor(raw);
    parts[i] = floor;
    given += floor;
    fractions.push([raw - floor, i]);
  }
  fractions.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < whole - given; k++) parts[fractions[k % fractions.length]![1]]! += 1;
  return sign < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}

/** The province value of a period as its own publications have it (the latest natural version). */
function naturalUnits(m: KpiModel, start: number): number {
  return provinceUnits(m, start, publicationAt(m.salt, m.kpi.period, start, Number.MAX_SAFE_INTEGER)?.version ?? 1);
}

export function createSeriesEngine(catalog: Catalog, communes: readonly Commune[], seed: number): SeriesEngine {
  const kpis = new Map<string, Kpi>(allKpis(catalog).map((k) => [k.id, k]));
  const models = new Map<string, KpiModel>();
  const memberSets = new Map<string, MemberSet>();
  const sortedCommunes = [...communes].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const communeWeights = sortedCommunes.map(communeWeight);
  const agencyKeys = catalog.agencies.map((a) => a.key).sort();
  const pushed = new PushedBreaches();

  function model(kpiId: string): KpiModel | undefined {
    let m = models.get(kpiId);
    if (!m) {
      const kpi = kpis.get(kpiId);
      if (!kpi) return undefined;
      m = buildKpiModel(kpi, seed);
      models.set(kpiId, m);
    }
    return m;
  }

  function memberSet(m: KpiModel, dim: Dim): MemberSet {
    const key = `${m.kpi.id}|${dim}`;
    let set = memberSets.get(key);
    if (set) return set;
    const members =
      dim === 'commune'
        ? sortedCommunes.map((c) => c.code)
        : dim === 'agency'
          ? agencyKeys
          : dim === 'category'
            ? (m.kpi.categories ?? []).map((c) => c.key).sort()
            : [''];
    const hashes = Uint32Array.from(members, (member) => hashOf(m.salt, dim, member));
    const weights = new Float64Array(members.length);
    const bias = new Float64Array(members.length);
    const ranks = [...hashes.keys()].sort((a, b) => unit(hashes[a]!) - unit(hashes[b]!));
    members.forEach((_, i) => {
      const h = hashes[i]!;
      bias[i] = signed(mix(h, 0xb1a5));
      if (dim === 'commune') weights[i] = communeWeights[i]! * (0.75 + 0.5 * unit(mix(h, 0x3e1)));
      else if (dim === 'agency') weights[i] = Math.exp(2.2 * unit(mix(h, 0xa6e)));
      else weights[i] = 1;
    });
    if (dim === 'category') ranks.forEach((i, rank) => (weights[i] = (0.8 + 0.4 * unit(mix(hashes[i]!, 0xca7))) / (rank + 1) ** 0.9));
    set = { members, hashes, weights, bias };
    memberSets.set(key, set);
    return set;
  }

  function values(kpiId: string, dim: Dim, start: number, version: number): number[] {
    const m = model(kpiId);
    if (!m) throw new Error(`unknown KPI ${kpiId}`);
    const republished = pushed.at(kpiId, start, Infinity);
    const total =
      republished && republished.version === version ? (republished.units ?? naturalUnits(m, start)) : provinceUnits(m, start, version);
    if (dim === 'total') return [total / m.scale];
    const set = memberSet(m, dim);
    const n = set.members.length;
    const index = periodIndex(m.kpi.period, start);
    const noise = new Float64Array(n);
    for (let i = 0; i < n; i++) noise[i] = signed(hashOf(set.hashes[i]!, index, version));
    const [lo, hi] = m.boundUnits;
    const clampRound = (x: number) => Math.max(lo, Math.min(hi, Math.round(x))) / m.scale;

    if (m.kpi.aggregate === 'sum') {
      const w = new Float64Array(n);
      for (let i = 0; i < n; i++) w[i] = set.weights[i]! * (1 + 0.2 * noise[i]!);
      return apportion(total, w).map((units) => units / m.scale);
    }
    const spread = (hi - lo) * 0.08;
    if (m.kpi.aggregate === 'max') {
      // Every member at or below the province value; the most exposed one equals it.
      let top = 0;
      const drop = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        drop[i] = 0.6 * (set.bias[i]! + 1) / 2 + 0.4 * (noise[i]! + 1) / 2;
        if (drop[i]! < drop[top]!) top = i;
      }
      return Array.from(drop, (d, i) => (i === top ? total / m.scale : clampRound(total - 2 * spread * d)));
    }
    // mean / last: members around the province value, weighted mean centred on it before rounding.
    const dev = new Float64Array(n);
    let weighted = 0;
    let weightSum = 0;
    for (let i = 0; i < n; i++) {
      dev[i] = spread * (0.65 * set.bias[i]! + 0.35 * noise[i]!);
      weighted += dev[i]! * set.weights[i]!;
      weightSum += set.weights[i]!;
    }
    const shift = weightSum > 0 ? weighted / weightSum : 0;
    return Array.from(dev, (d) => clampRound(total + d - shift));
  }

  return {
    seed,
    model,
    members: (kpiId, dim) => {
      const m = model(kpiId);
      return m ? memberSet(m, dim).members : [];
    },
    values,
    publication: (m, start, nowMs) => {
      const republished = pushed.at(m.kpi.id, start, nowMs);
      return republished ? { version: republished.version, updatedAt: republished.updatedAt } : publicationAt(m.salt, m.kpi.period, start, nowMs);
    },
    pushed,
  };
}
