// UI texts of the field-report area (queues, detail, directory, scorecards, period reports), Vietnamese first.
import { fieldReportsEn as en } from './field-reports-en.js';
import { fieldReportsVi as vi } from './field-reports-vi.js';

export const fieldReportsMessages = { vi, en };
