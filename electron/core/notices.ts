// Engine notices: things the operator should know about, kept for clients that connect later.
import type { Notice, NoticeCode } from '../../shared/contract/model.js';
import { toVnIso } from '../../shared/model/periods.js';

export class NoticeBoard {
  private readonly items: Notice[] = [];

  constructor(
    private readonly now: () => Date,
    private readonly publish: (notice: Notice) => void,
    private readonly limit = 50,
  ) {}

  post(level: Notice['level'], code: NoticeCode, message: string, params: Notice['params'] = {}) {
    const notice: Notice = { level, code, message, params, at: toVnIso(this.now()) };
    this.items.push(notice);
    if (this.items.length > this.limit) this.items.shift();
    this.publish(notice);
  }

  list(): Notice[] {
    return [...this.items];
  }
}
