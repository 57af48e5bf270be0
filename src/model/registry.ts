// The output contract (schema version 1, see schemas/plan-registry.schema.json and OUTPUT.md).
import type { COMPARATORS, DEADLINE_KINDS, DEADLINE_PERIODS, SECTION_KINDS, SOURCE_FORMATS, TABLE_ROLES, TASK_ORIGINS } from './enums.js';

export interface SourceInfo {
  path: string;
  format: (typeof SOURCE_FORMATS)[number];
  sha256: string;
  pages?: number;
  /** Present when pages were OCR'd (scanned PDFs). */
  ocr?: OcrInfo;
}

export interface OcrInfo {
  /** 1-based pages whose text was read by OCR. */
  pages: number[];
  /** "tesseract" (native) or "tesseract.js" (embedded). */
  engine: string;
  /** Engine version and model, e.g. "5.3.0 (vie)". */
  version: string;
  /** Mean word confidence over the OCR'd pages, 0–100. */
  meanConfidence: number;
}

export interface DocNumber {
  raw: string;
  seq: number | null;
  kindCode: string | null;
  issuerCode: string | null;
  year?: number | null;
}

export interface Issuer {
  name: string | null;
  parent: string | null;
}

export interface DocDate {
  raw: string;
  iso: string | null;
}

export interface PlanMeta {
  kind: string | null;
  number: DocNumber | null;
  issuer: Issuer | null;
  place: string | null;
  date: DocDate | null;
  title: string | null;
  signatures?: string[];
  /** True when the document is marked DỰ THẢO (boxed or standing alone in the header). */
  draft?: boolean;
  /** "Kính gửi:" addressees of a công văn, one string each: ["Công an tỉnh"]. */
  addressees?: string[];
}

/** A paragraph before the first numbered section ("Căn cứ …", "Thực hiện …", "Ngày 12/11/2024, …"). */
export interface PreambleParagraph {
  text: string;
  source?: SourceRef;
}

export interface SourceRef {
  line?: number;
  column?: number;
  offset?: number;
  page?: number;
  pageEnd?: number;
  paragraph?: number;
  table?: number;
  row?: number;
  pages?: number[];
}

export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section {
  label: string;
  heading: string;
  kind: SectionKind;
  paragraphs: string[];
  children: Section[];
  source?: SourceRef;
}

export type Comparator = (typeof COMPARATORS)[number];

export interface Target {
  text: string;
  metric: string;
  value: number;
  unit: string | null;
  comparator: Comparator;
  section: string | null;
  /** For ranks ("top 15/63"): the denominator. */
  of?: number;
  /** The group row a target of a targets table stands under ("Đến năm 2030"). */
  group?: string;
  /** Where the item stating the target is. */
  source?: SourceRef;
}

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  raw: string;
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  relative?: { days?: number; months?: number; from: string };
  /** How often a periodic deadline recurs: "Hằng tuần" → week, "Trước ngày 05 của tháng liền kề" → month. */
  period?: DeadlinePeriod;
}

export type DeadlinePeriod = (typeof DEADLINE_PERIODS)[number];

/** When an event takes place (a meeting, a ceremony in a schedule): never a deadline. "Từ 19 giờ 30 phút - 20 giờ ngày 12 tháng 3" → date 2025-03-12, from 19:30, to 20:00. */
export interface EventTime {
  raw: string;
  /** The day (ISO), or null when neither the cell nor the table names it. */
  date: string | null;
  /** Hours of the day, "HH:MM". */
  from?: string;
  to?: string;
}

export type TaskOrigin = (typeof TASK_ORIGINS)[number];

export interface Task {
  id: string;
  no?: string;
  origin: TaskOrigin;
  text: string;
  lead: string[];
  support: string[];
  deadline: Deadline | null;
  /** The time of the event a schedule row is about (its "Thời gian" cell), when that is not a deadline. */
  time?: EventTime;
  outputs: string[];
  group?: string;
  section?: string;
  source: SourceRef;
}

export type TableRole = (typeof TABLE_ROLES)[number];

export interface TableGroup {
  no: string | null;
  text: string;
  /** Units named on the group row itself (KH 277 group 2); its tasks keep their own cells. */
  lead?: string[];
  support?: string[];
  outputs?: string[];
  deadline?: Deadline | null;
  row: number;
}

export interface TableOut {
  caption?: string;
  appendix?: string;
  header: string[];
  rows: string[][];
  role: TableRole;
  pages?: number[];
  columns?: Record<string, number>;
  groups?: TableGroup[];
  spans?: { row: number; col: number; colSpan?: number; rowSpan?: number }[];
}

export interface Footnote {
  mark: string;
  text: string;
  ref?: string;
}

export interface Citation {
  raw: string;
  type: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
}

export interface Signature {
  authority: string | null;
  title: string | null;
  name: string | null;
  /** The others who signed a form's boxes (PHIẾU TRÌNH: "Chuyên viên", "Lãnh đạo phòng"), left to right. */
  reviewers?: Reviewer[];
  /** The leader a form is put to, named in its decision box ("KÍNH TRÌNH LÃNH ĐẠO UBND TỈNH … Nguyễn Minh"). */
  approver?: Reviewer;
}

/** A reviewer's (or the approver's) box of a signature table: its title, name and the date written in it (ISO, may be partial). */
export interface Reviewer {
  title: string | null;
  name: string;
  date?: string;
}

export interface Warning {
  code: string;
  message: string;
  source?: SourceRef;
}

export interface PlanDocument {
  id: string;
  source: SourceInfo;
  meta: PlanMeta;
  /** Paragraphs before the first numbered section. */
  preamble?: PreambleParagraph[];
  sections: Section[];
  targets: Target[];
  tasks: Task[];
  tables: TableOut[];
  footnotes: Footnote[];
  citations: Citation[];
  recipients: string[];
  signature: Signature | null;
  warnings: Warning[];
}

export interface Registry {
  schemaVersion: '1';
  generator: string;
  documents: PlanDocument[];
}
