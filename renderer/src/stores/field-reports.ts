// Lookups the field-report pages share: categories (with handling times), the agency directory, and the
// escalation notices, kept current by the engine's events.
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Result } from '../../../shared/contract/index.js';
import type { Agency } from '../../../shared/contract/areas/agencies.js';
import type { WorkflowNotice } from '../../../shared/contract/areas/field-reports.js';
import { useClient } from '../client/instance.js';

export const useFieldReportsStore = defineStore('field-reports', () => {
  const client = useClient();
  const categories = shallowRef<Result<'fieldReports.categories'>['categories']>([]);
  const agencies = shallowRef<Agency[]>([]);
  const notices = shallowRef<WorkflowNotice[]>([]);
  const unread = shallowRef(0);
  /** Bumped on every 'fieldReports.changed' event: pages reload what they show. */
  const changes = shallowRef(0);

  async function loadLookups(force = false): Promise<void> {
    if (!force && categories.value.length && agencies.value.length) return;
    const [c, a] = await Promise.all([client.call('fieldReports.categories', {}), client.call('agencies.list', {})]);
    categories.value = c.categories;
    agencies.value = a.agencies;
  }

  async function loadNotices(): Promise<void> {
    const r = await client.call('fieldReports.notices', { limit: 50 });
    notices.value = r.items;
    unread.value = r.unread;
  }

  async function markRead(ids: number[]): Promise<void> {
    await client.call('fieldReports.markNoticesRead', { ids });
    await loadNotices();
  }

  client.on('fieldReports.changed', () => (changes.value += 1));
  client.on('fieldReports.notice', () => void loadNotices());

  const categoryNames = computed(() => new Map(categories.value.map((c) => [c.key, c.name])));
  const agencyNames = computed(() => new Map(agencies.value.map((a) => [a.key, a.name])));

  return { categories, agencies, notices, unread, changes, categoryNames, agencyNames, loadLookups, loadNotices, markRead };
});
