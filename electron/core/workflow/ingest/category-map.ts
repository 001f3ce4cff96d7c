// Maps an upstream category code (the key itself, an Open311 service_code …) to the console's category.
import type { FieldReportCategory } from '../../../../shared/catalog/field-report-categories.js';

export class CategoryMap {
  private readonly byCode = new Map<string, FieldReportCategory>();

  constructor(readonly categories: readonly FieldReportCategory[]) {
    for (const c of categories) for (const code of [c.key, ...c.upstreamCodes]) this.byCode.set(code.toLowerCase(), c);
  }

  resolve(code: string): FieldReportCategory | null {
    return this.byCode.get(code.trim().toLowerCase()) ?? null;
  }

  get(key: string): FieldReportCategory | undefined {
    return this.categories.find((c) => c.key === key);
  }
}
