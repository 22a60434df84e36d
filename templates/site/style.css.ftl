/* The progress site's stylesheet (sctb site): screen, phone, and A4 print. Local fonts only. */
:root { --ink: #1b1b1b; --muted: #555; --line: #c9c9c9; --soft: #f4f5f7; --accent: #1f4e79; --accent-soft: #e1ecf8; }
* { box-sizing: border-box; }
html { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 16px; color: var(--ink); background: #fff; line-height: 1.5; }
body { margin: 0; }
a { color: #0b4f8a; }
a:focus-visible, .table-wrap:focus-visible, .chart-scroll:focus-visible { outline: 3px solid #f0a800; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
.vh { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
td, th { position: relative; }
.site-header { background: var(--accent); color: #fff; }
.site-header a { color: #fff; }
.site-header .bar { max-width: 1200px; margin: 0 auto; padding: 0.6rem 1rem 0.2rem; display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
.site-name { margin: 0; font-weight: 700; font-size: 1.05rem; }
.site-name a { text-decoration: none; }
.lang-switch { margin: 0; white-space: nowrap; }
.site-header nav ul { list-style: none; margin: 0 auto; padding: 0 1rem 0.5rem; max-width: 1200px; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; }
.site-header nav a { text-decoration: none; border-bottom: 2px solid transparent; }
.site-header nav a:hover, .site-header nav a[aria-current="page"], .site-header nav a.current { border-bottom-color: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem 1rem 2rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.6rem 0 0.6rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
p, ul, ol, dl { margin: 0 0 0.7rem; }
.lead { font-size: 1.05rem; color: var(--muted); }
.muted { color: var(--muted); font-size: 0.92rem; }
.provisional { font-weight: 700; border: 2px solid currentColor; padding: 0.4rem 0.8rem; margin: 0.3rem 0 0.8rem; }
.crumbs ol { list-style: none; padding: 0; margin: 0 0 0.3rem; display: flex; flex-wrap: wrap; gap: 0.3rem; font-size: 0.92rem; color: var(--muted); }
.crumbs li + li::before { content: "›"; margin-right: 0.3rem; }
.site-footer { border-top: 1px solid var(--line); background: var(--soft); color: var(--muted); font-size: 0.9rem; }
.site-footer p { max-width: 1200px; margin: 0 auto; padding: 0.5rem 1rem; }
/* Indicator cards */
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; background: #fff; display: flex; flex-direction: column; gap: 0.2rem; }
.card h3 { margin: 0 0 0.3rem; font-size: 1.02rem; }
.card p { margin: 0; }
.card-value { font-size: 1.25rem; font-weight: 700; }
.spark { width: 160px; height: 36px; margin-top: auto; padding-top: 0.3rem; }
.spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.8; }
.spark circle { fill: var(--accent); }
/* Verdict badges: word + symbol + colour (the report's colours; contrast > 7:1). */
.v { display: inline-block; padding: 0 0.35rem; border-radius: 4px; white-space: nowrap; border: 1px solid currentColor; font-size: 0.95em; }
.v-achieved { background: #dcf1e2; color: #0b4d1f; }
.v-on-track { background: #e1ecf8; color: #123d6b; }
.v-acceleration-needed { background: #fdf0d5; color: #5c3900; }
.v-limited-progress { background: #fbe3d2; color: #6b2a00; }
.v-deterioration, .v-not-achieved { background: #f8dcdc; color: #7a0e0e; }
.v-no-data, .v-insufficient-data, .v-qualitative { background: #eeeeee; color: #333; }
.legend { font-size: 0.92rem; }
.legend-box { font-size: 0.92rem; margin: 0.5rem 0 1rem; }
.legend-box p { margin: 0 0 0.2rem; }
ul.inline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
/* Tables */
.table-wrap { overflow-x: auto; margin: 0.4rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.93rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.3rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
tbody th { font-weight: 400; }
td.num { text-align: right; white-space: nowrap; }
/* A result in words ("2/8 ngành đạt; chung 5,8% (tham khảo)") wraps, leaving the notes beside it room. */
td.num.wrap { white-space: normal; min-width: 7.5em; }
table.grid th.task { min-width: 16rem; }
table.grid th.pc { font-size: 0.8rem; white-space: nowrap; text-align: center; padding: 0.3rem 0.25rem; }
/* Status and reporting cells: symbol + colour, the words for screen readers. */
td.sc, td.rc, span.key { text-align: center; white-space: nowrap; font-weight: 700; min-width: 2.2rem; }
span.key { display: inline-block; min-width: 1.6rem; border: 1px solid var(--line); border-radius: 3px; }
.sc-done { background: #dcf1e2; color: #0b4d1f; }
.sc-ongoing { background: #d9efe9; color: #0b4a3c; }
.sc-in-progress { background: #e1ecf8; color: #123d6b; }
.sc-delayed { background: #f8dcdc; color: #7a0e0e; }
.sc-not-started { background: #fdf0d5; color: #5c3900; }
.sc-none { background: #eeeeee; color: #333; }
.sc-na { background: #fff; color: #777; font-weight: 400; }
.sc-carried { font-style: italic; font-weight: 400; background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(0,0,0,0.07) 5px 7px); }
.sc-other { outline: 2px dashed #777; outline-offset: -3px; }
span.st { padding: 0 0.35rem; border-radius: 4px; }
td.sc .by { display: block; font-size: 0.7rem; font-weight: 400; font-style: normal; }
.rc-on-time { background: #dcf1e2; color: #0b4d1f; }
.rc-late { background: #fdf0d5; color: #5c3900; }
.rc-undated { background: #eeeeee; color: #333; }
.rc-missing { background: #f8dcdc; color: #7a0e0e; }
.rc-unexpected { background: #e1ecf8; color: #123d6b; }
.rc-not-due { background: #fff; color: #777; font-weight: 400; }
td.rc .date { display: block; font-weight: 400; font-size: 0.75rem; }
td.rc .done-of { display: block; font-weight: 400; font-size: 0.7rem; }
span.key.done-of { font-weight: 400; font-size: 0.8rem; padding: 0 0.2rem; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
ul.counts li { padding: 0.3rem 0.6rem; border-radius: 4px; border: 1px solid var(--line); }
ul.counts .n { font-weight: 700; font-size: 1.1rem; }
/* Charts */
figure.chart { margin: 0.5rem 0 1rem; }
figure.chart svg.series { width: 100%; max-width: 760px; height: auto; display: block; }
svg.series { font-family: inherit; }
svg .hgrid { stroke: #e2e2e2; stroke-width: 1; }
svg .vgrid { stroke: #ececec; stroke-width: 1; }
svg .xlab { font-size: 12px; fill: #444; text-anchor: middle; }
svg .ylab { font-size: 12px; fill: #444; text-anchor: end; }
svg.small .xlab, svg.small .ylab { font-size: 11px; }
svg .band { fill: #b00020; fill-opacity: 0.14; stroke: #b00020; stroke-width: 1; stroke-opacity: 0.6; }
svg .path { fill: none; stroke: #b00020; stroke-width: 1.6; stroke-dasharray: 5 4; }
svg .line { fill: none; stroke: var(--accent); stroke-width: 2.2; }
svg .dot { fill: var(--accent); }
svg .dot.base { fill: #fff; stroke: var(--accent); stroke-width: 2; }
svg .vlab, svg .flab { font-size: 12px; font-weight: 700; fill: #111; text-anchor: middle; }
svg .flab { text-anchor: start; fill: #5c3900; }
svg .whisker { stroke: #5c3900; stroke-width: 2; }
svg .forecast { fill: #fff; stroke: #5c3900; stroke-width: 2; }
.chart-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; font-size: 0.88rem; color: var(--muted); }
.chart-legend svg { vertical-align: middle; }
.multiples { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 0.8rem 1rem; }
.multiples figure { margin: 0; }
.multiples figcaption { font-weight: 700; font-size: 0.95rem; }
.multiples svg { width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.text { white-space: pre-line; }
.reports-list { list-style: none; padding: 0; }
.reports-list > li { border-left: 3px solid var(--line); padding: 0.1rem 0 0.1rem 0.7rem; margin-bottom: 0.7rem; }
@media (max-width: 640px) {
  html { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  .site-header .bar { flex-wrap: wrap; }
  dl.facts { grid-template-columns: 1fr; }
  figure.chart svg.series { min-width: 520px; }
  .chart-scroll { overflow-x: auto; }
}
@page { size: A4; margin: 15mm 12mm 15mm 15mm; }
@media print {
  html { font-size: 10.5pt; }
  .site-header nav, .lang-switch, .skip, .crumbs { display: none; }
  .site-header { background: none; color: #000; border-bottom: 1px solid #000; }
  .site-header a { color: #000; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  /* A table's header row never ends a page without its first row (as in the report). */
  caption, thead { break-after: avoid; }
  tbody > tr:first-child { break-before: avoid; }
  tr, figure, .card { break-inside: avoid; }
  h2, h3 { break-after: avoid; break-inside: avoid; }
  /* A short introduction stays with the table or charts it introduces. */
  p.muted { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cards { grid-template-columns: repeat(2, 1fr); }
}
