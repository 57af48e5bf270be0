// Emitter registry: output format → bytes/text. Each emitter is imported on first use so the
// CLI loads only what it writes (exceljs only for xlsx).
import type { Registry } from '../model/registry.js';
import type { TableName } from './rows.js';

export type OutputFormat = 'json' | 'yaml' | 'ndjson' | 'csv' | 'xlsx' | 'md' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'ndjson', 'csv', 'xlsx', 'md', 'html'];

export const EXTENSIONS: Record<OutputFormat, string> = {
  json: '.json',
  yaml: '.yaml',
  ndjson: '.ndjson',
  csv: '.csv',
  xlsx: '.xlsx',
  md: '.md',
  html: '.html',
};

export interface EmitOptions {
  /** Which flat table --format csv writes. */
  table?: TableName;
  /** Language of the words --format html shows (default vi). */
  lang?: 'vi' | 'en';
}

export async function emit(reg: Registry, format: OutputFormat, opts: EmitOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).emitJson(reg);
    case 'ndjson':
      return (await import('./json.js')).emitNdjson(reg);
    case 'yaml':
      return (await import('./yaml.js')).emitYaml(reg);
    case 'csv':
      return (await import('./csv.js')).emitCsv(reg, opts.table);
    case 'md':
      return (await import('./md.js')).emitMd(reg);
    case 'xlsx':
      return (await import('./xlsx.js')).emitXlsx(reg);
    case 'html':
      return (await import('./html/index.js')).emitHtml(reg, opts.lang ? { lang: opts.lang } : {});
  }
}

export type { TableName } from './rows.js';
export { TABLE_NAMES } from './rows.js';
