// Command-line parsing (commander) into one plain object. Values are checked here so every
// usage error is printed in the user's language and exits with 2.
import { Command, CommanderError, Option } from 'commander';
import type { SourceFormat } from '../model/document.js';
import type { ExtractOptions } from '../extract/index.js';
import { OUTPUT_FORMATS, TABLE_NAMES, type OutputFormat, type TableName } from '../emit/index.js';
import { langFromEnv, type Lang, type Translate, translator } from './messages.js';
import { packageVersion } from '../version.js';
import { scaleOptions, type RawScale, type ScaleOptions } from './options-scale.js';
import { STDIN_FORMATS } from '../extract/formats.js';

export interface ConvertOptions extends ScaleOptions {
  inputs: string[];
  format: OutputFormat;
  output?: string;
  outDir?: string;
  table: TableName;
  from?: SourceFormat;
  /** --password, --max-pages, --max-inflate, --max-size: handed to every extractor as they are. */
  extract: ExtractOptions;
  jobs?: number;
  /** Seconds; undefined when not given (the default then applies to batches only). */
  timeoutPerFile?: number;
  failFast: boolean;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
}

export type Action =
  | { kind: 'convert'; lang: Lang; options: ConvertOptions }
  | { kind: 'schema'; lang: Lang }
  | { kind: 'validate'; lang: Lang; files: string[]; color: boolean }
  | { kind: 'merge'; lang: Lang; inputs: string[]; output?: string; format?: OutputFormat; table: TableName; quiet: boolean; verbose: boolean; color: boolean }
  /** Help or version was printed. */
  | { kind: 'done'; lang: Lang }
  | { kind: 'usage'; lang: Lang; message: string };

const FROM_FORMATS: readonly SourceFormat[] = STDIN_FORMATS;
const LANGS: readonly Lang[] = ['vi', 'en'];
const OCR_MODES = ['auto', 'force', 'off'] as const;
const OCR_ENGINES = ['auto', 'tesseract', 'tesseract.js'] as const;
const PDF_ENGINES = ['pdfjs', 'pdfium'] as const;

class UsageError extends Error {}

/** --lang is read before parsing so that --help itself is in the chosen language. */
export function preScanLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') return v;
  }
  return langFromEnv(env);
}

function choice<T extends string>(t: Translate, opt: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(t('badChoice', opt, value, choices.join(', ')));
  return value as T;
}

function positiveInt(t: Translate, opt: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(t('badNumber', opt, value));
  return n;
}

function positiveNumber(t: Translate, opt: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(t('badNumber', opt, value));
  return n;
}

/** "300000", "512K", "300M", "2G" (binary units) → bytes. */
function byteSize(t: Translate, opt: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)([KMG]i?B?)?$/i.exec(value.trim());
  const n = m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2]?.[0] ?? ' ').toUpperCase()) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(t('badNumber', opt, value));
  return n;
}

interface RawOptions extends RawScale {
  format: string;
  output?: string;
  outDir?: string;
  table?: string;
  from?: string;
  password?: string;
  maxPages?: string;
  maxInflate?: string;
  maxSize?: string;
  ocr?: string;
  cache?: string;
  ocrEngine?: string;
  pdfEngine?: string;
  jobs?: string;
  timeoutPerFile?: string;
  failFast?: boolean;
  lenient?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  lang?: string;
  color: boolean;
}

export interface ParseIO {
  writeOut: (s: string) => void;
  env: Record<string, string | undefined>;
}

export function buildProgram(lang: Lang, io: ParseIO, onAction: (a: Action) => void): Command {
  const t = translator(lang);
  const program = new Command('plan-extract');
  program
    .description(t('description'))
    .argument('[inputs...]', t('argInputs'))
    .option('--format <format>', `${t('optFormat')}: ${OUTPUT_FORMATS.join('|')}`, 'json')
    .option('-o, --output <file>', t('optOutput'))
    .option('--out-dir <dir>', t('optOutDir'))
    .option('--table <table>', `${t('optTable')}: ${TABLE_NAMES.join('|')} (tasks)`)
    .option('--from <format>', `${t('optFrom')}: ${FROM_FORMATS.join('|')}`)
    .option('--password <password>', t('optPassword'))
    .option('--max-pages <n>', t('optMaxPages'))
    .option('--max-inflate <bytes>', t('optMaxInflate'))
    .option('--max-size <bytes>', t('optMaxSize'))
    .option('--ocr <mode>', `${t('optOcr')}: auto|force|off (auto)`)
    .option('--ocr-engine <engine>', `${t('optOcrEngine')}: auto|tesseract|tesseract.js (auto)`)
    .option('--pdf-engine <engine>', `${t('optPdfEngine')}: pdfjs|pdfium (pdfjs)`)
    .option('--cache <dir>', t('optCache'))
    .option('-j, --jobs <n>', t('optJobs'))
    .option('--timeout-per-file <seconds>', t('optTimeout'))
    .option('--fail-fast', t('optFailFast'))
    .option('--lenient', t('optLenient'))
    .option('--files-from <file>', t('optFilesFrom'))
    .option('-0, --null', t('optNull'))
    .option('--shard <i/n>', t('optShard'))
    .option('--skip-existing', t('optSkipExisting'))
    .option('--report <file>', t('optReport'))
    .option('--max-warnings <n>', t('optMaxWarnings'))
    .option('-q, --quiet', t('optQuiet'))
    .option('-v, --verbose', t('optVerbose'))
    .addOption(new Option('--lang <lang>', `${t('optLang')}: vi|en`))
    .option('--no-color', t('optNoColor'))
    .version(packageVersion(), '-V, --version', t('optVersion'))
    .helpOption('-h, --help', t('optHelp'))
    .addHelpText('after', `\n${t('examplesTitle')}\n${t('examples')}\n\n${t('exitCodesHelp')}\n`)
    .exitOverride()
    .configureHelp({ styleTitle: (title: string) => t('helpTitle', title) })
    .configureOutput({
      writeOut: io.writeOut,
      writeErr: io.writeOut,
      // Errors are printed by main, translated.
      outputError: () => undefined,
    })
    .action((inputs: string[], raw: RawOptions) => {
      onAction(toConvert(t, lang, inputs, raw));
    });
  program
    .command('schema')
    .description(t('cmdSchema'))
    .action(() => onAction({ kind: 'schema', lang }));
  program
    .command('validate')
    .description(t('cmdValidate'))
    .argument('<files...>', t('argValidateFiles'))
    .action((files: string[]) => {
      const raw = program.opts<RawOptions>();
      onAction({ kind: 'validate', lang, files, color: raw.color });
    });
  program
    .command('merge')
    .description(t('cmdMerge'))
    .argument('[inputs...]', t('argMergeInputs'))
    .action((inputs: string[]) => onAction(toMerge(t, lang, inputs, program.opts<RawOptions>(), program.getOptionValueSource('format') === 'cli')));
  for (const sub of program.commands) sub.exitOverride().configureHelp({ styleTitle: (title: string) => t('helpTitle', title) }).configureOutput({ writeOut: io.writeOut, writeErr: io.writeOut, outputError: () => undefined });
  return program;
}

function toConvert(t: Translate, lang: Lang, inputs: string[], raw: RawOptions): Action {
  try {
    choice(t, '--lang', raw.lang, LANGS);
    if (inputs.length === 0 && raw.filesFrom === undefined) throw new UsageError(t('noInputs'));
    const format = choice(t, '--format', raw.format, OUTPUT_FORMATS)!;
    const table = choice(t, '--table', raw.table, TABLE_NAMES);
    if (table && format !== 'csv') throw new UsageError(t('tableNeedsCsv'));
    if (raw.output && raw.outDir) throw new UsageError(t('outputAndOutDir'));
    if (inputs.filter((i) => i === '-').length > 1) throw new UsageError(t('stdinTwice'));
    if (raw.outDir && inputs.includes('-')) throw new UsageError(t('stdinWithOutDir'));
    const options: ConvertOptions = {
      inputs,
      format,
      table: table ?? 'tasks',
      extract: {},
      failFast: raw.failFast === true,
      quiet: raw.quiet === true,
      verbose: raw.verbose === true,
      color: raw.color,
      nul: false,
      skipExisting: false,
    };
    const scale = scaleOptions(t, raw, inputs, format);
    if (typeof scale === 'string') throw new UsageError(scale);
    Object.assign(options, scale);
    const from = choice(t, '--from', raw.from, FROM_FORMATS);
    if (from) options.from = from;
    // "-o -" is standard output, as everywhere else.
    if (raw.output && raw.output !== '-') options.output = raw.output;
    if (raw.outDir) options.outDir = raw.outDir;
    if (raw.password !== undefined) options.extract.password = raw.password;
    if (raw.lenient) options.extract.lenient = true;
    const maxPages = positiveInt(t, '--max-pages', raw.maxPages);
    if (maxPages !== undefined) options.extract.maxPages = maxPages;
    const maxInflate = positiveInt(t, '--max-inflate', raw.maxInflate);
    if (maxInflate !== undefined) options.extract.maxInflate = maxInflate;
    const maxSize = byteSize(t, '--max-size', raw.maxSize);
    if (maxSize !== undefined) options.extract.maxSize = maxSize;
    const ocr = choice(t, '--ocr', raw.ocr, OCR_MODES);
    if (ocr) options.extract.ocr = ocr;
    const ocrEngine = choice(t, '--ocr-engine', raw.ocrEngine, OCR_ENGINES);
    if (ocrEngine) options.extract.ocrEngine = ocrEngine;
    const pdfEngine = choice(t, '--pdf-engine', raw.pdfEngine, PDF_ENGINES);
    if (pdfEngine) options.extract.pdfEngine = pdfEngine;
    if (raw.cache !== undefined) options.extract.ocrCache = raw.cache;
    const jobs = positiveInt(t, '--jobs', raw.jobs);
    if (jobs !== undefined) options.jobs = jobs;
    const timeout = positiveNumber(t, '--timeout-per-file', raw.timeoutPerFile);
    if (timeout !== undefined) options.timeoutPerFile = timeout;
    return { kind: 'convert', lang, options };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage', lang, message: e.message };
    throw e;
  }
}

function toMerge(t: Translate, lang: Lang, inputs: string[], raw: RawOptions, formatGiven: boolean): Action {
  try {
    if (inputs.length === 0) throw new UsageError(t('mergeNeedsInputs'));
    // --format defaults to json for conversions; for merge the -o extension decides unless given.
    const format = formatGiven ? choice(t, '--format', raw.format, OUTPUT_FORMATS) : undefined;
    const table = choice(t, '--table', raw.table, TABLE_NAMES);
    return {
      kind: 'merge',
      lang,
      inputs,
      ...(raw.output && raw.output !== '-' ? { output: raw.output } : {}),
      ...(format ? { format } : {}),
      table: table ?? 'tasks',
      quiet: raw.quiet === true,
      verbose: raw.verbose === true,
      color: raw.color,
    };
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage', lang, message: e.message };
    throw e;
  }
}

/** Parse argv (without "node" and the script). Never throws for bad usage: returns a usage action. */
export function parseArgs(argv: readonly string[], io: ParseIO): Action {
  const lang = preScanLang(argv, io.env);
  const t = translator(lang);
  let action: Action | undefined;
  const program = buildProgram(lang, io, (a) => (action = a));
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
      return { kind: 'done', lang };
    }
    return { kind: 'usage', lang, message: translateCommanderError(t, e) };
  }
  return action ?? { kind: 'usage', lang, message: t('noInputs') };
}

function translateCommanderError(t: Translate, e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption': {
      // commander suggests the nearest flag: "(Did you mean --format?)".
      const near = /Did you mean (--?[\w-]+)\?/.exec(e.message)?.[1];
      return t('unknownOption', quoted) + (near ? t('didYouMean', near) : '');
    }
    case 'commander.optionMissingArgument':
      return t('missingValue', quoted);
    case 'commander.missingArgument':
      return t('noInputs');
    default:
      return t('commanderError', e.message.replace(/^error: /, ''));
  }
}
