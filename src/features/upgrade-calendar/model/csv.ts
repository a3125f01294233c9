// The CSV builder is shared with the Sites list's export: it lives in src/lib/csv.ts.
export { buildCsv } from '@/lib/csv';
