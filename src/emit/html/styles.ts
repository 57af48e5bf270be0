// The page's one stylesheet (inline; the CSP allows exactly this text by its hash). Colours keep
// a contrast of at least 4.5:1 for text; the print rules make an A4 landscape assignment sheet.
export const STYLES = `
:root{--ink:#1f2937;--muted:#4b5563;--line:#d1d5db;--head:#e8edf5;--bg:#f3f5f8;--card:#fff;--blue:#1d4ed8;--navy:#1e3a8a;--red:#b91c1c;--redbg:#fdecec;--amber:#92400e}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;background:var(--bg);color:var(--ink);font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;line-height:1.45}
a{color:var(--blue)}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.page-head{background:var(--navy);color:#fff;padding:.9rem 1.5rem}
.page-head h1{margin:0;font-size:1.35rem;font-weight:650}
.page-head p{margin:.15rem 0 0;color:#dbe4ff;font-size:.85rem}
main{padding:1rem 1.5rem 2rem;max-width:1500px;margin:0 auto}
article.document,section.index{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.3rem;margin:0 0 1.5rem}
.card .kind{margin:0;font-size:.8rem;letter-spacing:.06em;font-weight:700;color:var(--blue);text-transform:uppercase}
.card h2{margin:.2rem 0 .8rem;font-size:1.4rem;line-height:1.3}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:.35rem 1.5rem;margin:0}
.fact{display:flex;gap:.5rem;border-top:1px solid #eceff3;padding:.3rem 0}
.fact dt{flex:0 0 8.5rem;color:var(--muted);font-size:.85rem}
.fact dd{margin:0;font-weight:550}
.muted{color:var(--muted);font-weight:400}
.small{font-size:.82rem}
.badge{display:inline-block;padding:0 .5rem;border-radius:999px;font-size:.8rem;font-weight:700;text-decoration:none}
.badge-warn{background:#fef3c7;color:var(--amber);border:1px solid #f3d27a}
.badge-draft{background:var(--redbg);color:var(--red);border:1px solid #f5b5b5}
.doc-nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.8rem 0 0;padding:0;list-style:none;font-size:.9rem}
h3{font-size:1.1rem;margin:1.4rem 0 .5rem;color:var(--navy)}
.controls{display:none;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;background:#f7f9fc;border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;margin:1rem 0 .3rem}
.js .controls{display:flex}
.control{display:flex;flex-direction:column;gap:.15rem}
.control.grow{flex:1 1 16rem}
.control.check{flex-direction:row;align-items:center;gap:.4rem;padding-bottom:.35rem}
.control label{font-size:.82rem;font-weight:600;color:#374151}
select,input[type=search],input[type=date]{font:inherit;font-size:.9rem;padding:.35rem .5rem;border:1px solid #9ca3af;border-radius:6px;background:#fff;color:var(--ink);max-width:22rem}
input[type=checkbox]{width:1.1rem;height:1.1rem}
.count{margin:0 0 .35rem auto;font-size:.9rem;font-weight:600}
.count .od{color:var(--red)}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.4rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--head);font-weight:650}
table.tasks thead th{padding:0}
th button{all:unset;box-sizing:border-box;display:block;width:100%;padding:.45rem .5rem;cursor:pointer;font-weight:650}
th button:focus-visible{outline:3px solid #f59e0b;outline-offset:-3px}
.print-label{display:none}
th[aria-sort=ascending] .arrow::after{content:" ▲"}
th[aria-sort=descending] .arrow::after{content:" ▼"}
tbody tr:nth-child(even) td{background:#fafbfc}
.col-taskNo{width:3.2rem}.col-task{width:32%}.col-lead,.col-support{width:13%}.col-deadline{width:10%}.col-outputs{width:9%}.col-group{width:12%}.col-section{width:4.5rem}
td.no,td.section{white-space:nowrap}
td.group{color:#374151}
.clamp{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;line-clamp:4;overflow:hidden}
td.text:has(details[open]) .clamp,tr.flash .clamp{-webkit-line-clamp:unset;line-clamp:unset}
ul.units{margin:0;padding-left:1rem}
tr.overdue td{background:var(--redbg)!important}
tr.overdue td.deadline{color:var(--red);font-weight:650}
tr.overdue td.no{box-shadow:inset 4px 0 0 var(--red)}
tr.flash td{background:#fff7d6!important}
tr.group-row th{background:#dde6f7;color:var(--navy);font-size:.95rem;text-align:left;padding:.45rem .6rem}
details.src{margin-top:.3rem}
details.src summary{cursor:pointer;color:var(--blue);font-size:.8rem}
.src-body{margin:.3rem 0 .2rem;padding:.5rem .6rem;background:#f4f7fb;border-left:3px solid var(--blue);border-radius:0 6px 6px 0}
.src-body p{margin:0 0 .3rem}
.src-title{font-weight:650;font-size:.82rem}
blockquote{margin:0;font-style:normal}
mark{background:#fde68a;color:inherit;padding:0 .1rem}
table.source-row th{width:9rem;background:#eef2f7;font-size:.8rem}
table.source-row td,table.source-row th{padding:.2rem .4rem}
.empty{padding:1rem;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.2rem 0 .5rem;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.key{display:inline-block;width:1.6rem;height:.8rem;border-radius:3px}
.key-bar{background:var(--blue)}
.key-band{background:repeating-linear-gradient(45deg,#93c5fd 0 3px,#dbeafe 3px 6px);border:1px solid #60a5fa}
.key-overdue{background:var(--red)}
.key-asof{width:0;height:1rem;border-left:2px dashed #dc2626;border-radius:0}
.timeline-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
svg.timeline{display:block;width:100%;height:auto;min-width:760px;font-family:inherit}
svg .head-bg{fill:var(--head)}
svg .row-bg{fill:#fff}
svg .odd .row-bg{fill:#f7f9fc}
svg .year-shade{fill:#1e3a8a;fill-opacity:.035}
svg .tick{stroke:#c7ced9;stroke-width:1}
svg .tick-label{font-size:12px;fill:#374151;font-weight:600}
svg .tick-label.small{font-size:11px}
svg .year-label{font-size:11px;fill:var(--muted);font-weight:700}
svg .unit{font-size:12.5px;fill:var(--ink)}
svg .unit.muted{fill:var(--muted);font-style:italic}
svg .bar{fill:var(--blue)}
svg .bar.mark{fill:#6d28d9}
svg .band{stroke:#60a5fa;stroke-width:1}
svg .stripe-bg{fill:#dbeafe}
svg .stripe{fill:#93c5fd}
svg .bar.overdue{fill:var(--red)}
svg .bar-label{font-size:11px;font-weight:700;fill:#fff;pointer-events:none}
svg .bar-label.on-band,svg .bar-label.beside{fill:var(--navy)}
svg .dim{opacity:.12}
svg a.bar-link:focus-visible rect,svg a.bar-link:hover rect{stroke:#f59e0b;stroke-width:3}
svg .asof{stroke:#dc2626;stroke-width:2;stroke-dasharray:5 3}
.totals td.num,.totals th.num,td .num{text-align:right;font-variant-numeric:tabular-nums}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.od{color:var(--red);font-weight:650}
td.zero{color:var(--muted)}
footer.page-foot{color:var(--muted);font-size:.8rem;text-align:center;padding:0 1rem 1.5rem}
@media print{
  @page{size:A4 landscape;margin:10mm}
  html{font-size:10pt}
  body{background:#fff}
  .page-head{background:none;color:#000;padding:0 0 4mm;border-bottom:1px solid #000}
  .page-head p{color:#333}
  main{padding:0;max-width:none}
  article.document,section.index{border:0;padding:0;margin:0}
  article.document+article.document,section.index+article.document{break-before:page}
  .controls,.doc-nav,.skip,details.src,.legend,footer.page-foot{display:none!important}
  thead{display:table-header-group}
  table.tasks th button{display:none!important}
  table.tasks th .print-label{display:block;padding:.3rem .4rem}
  .clamp{-webkit-line-clamp:unset;line-clamp:unset;display:block}
  tr{break-inside:avoid}
  .table-wrap,.timeline-wrap{overflow:visible;border:0}
  svg.timeline{min-width:0;max-height:180mm;break-inside:avoid}
  /* The sheet first: card and tasks, then the timeline on a page of its own, then the rest. */
  article.document{display:flex;flex-direction:column}
  .tasks-part{order:1}.timeline-part{order:2;break-before:page}.targets-part{order:3}.citations-part{order:4}.warnings-part{order:5}
  a{color:inherit;text-decoration:none}
  tbody tr:nth-child(even) td{background:#fff}
  th,td{border-color:#777}
}
`;
