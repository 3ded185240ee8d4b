// The page's one stylesheet: system fonts only, light and dark palettes, and a print layout for A4 on white.

const LIGHT = `--bg:#ffffff;--fg:#1b2330;--muted:#5a6472;--panel:#f4f6f9;--line:#d3d9e1;--link:#1a56b0;--code:#eef1f5;
--fail:#c62828;--fail-bg:#fdeceb;--warn:#a85d00;--warn-bg:#fff3df;--ok:#2e7d32;--ok-bg:#e8f4e9;--info:#3a6190;--info-bg:#e7eff9;--skip:#7a7f87;--error:#7b1fa2;--on-color:#ffffff;`;

const DARK = `--bg:#14171c;--fg:#e3e6ea;--muted:#9ba4af;--panel:#1d2128;--line:#363d48;--link:#8ab4f8;--code:#242a33;
--fail:#ff7a72;--fail-bg:#3b1f21;--warn:#f2a848;--warn-bg:#3a2c16;--ok:#6cc070;--ok-bg:#1a311c;--info:#8fb5e4;--info-bg:#1b2839;--skip:#a2a7ae;--error:#d39be0;--on-color:#14171c;`;

/** The CSS text; its hash goes into the page's Content-Security-Policy, so it must not depend on the report. */
export const CSS = `:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{${DARK}}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1040px;padding:20px 24px 48px;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--link)}
code,pre{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
code{background:var(--code);padding:0 4px;border-radius:3px;overflow-wrap:anywhere}
pre{background:var(--code);padding:8px 10px;border-radius:6px;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere;margin:6px 0}
h1,h2,h3,h4{line-height:1.25;margin:0}
h2{font-size:19px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
.muted{color:var(--muted)}
.top .brand{margin:0;color:var(--muted)}
.top .meta{margin:4px 0 0;color:var(--muted);font-size:13px}
.overall{font-size:24px;margin-top:6px}
.overall.fail,.fail>.sev,.status.fail{color:var(--fail)}
.overall.warn,.status.warn{color:var(--warn)}
.overall.pass,.status.pass,span.ok{color:var(--ok)}
.status.skip{color:var(--skip)}.status.error{color:var(--error)}
.status{font-weight:700;white-space:nowrap}
nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin:12px 0 0;font-size:13px}
#glance dl{display:grid;grid-template-columns:96px 1fr;gap:10px 16px;margin:16px 0 0;padding:14px 18px;background:var(--panel);border:1px solid var(--line);border-left:6px solid var(--fail);border-radius:8px}
#glance.warn dl{border-left-color:var(--warn)}#glance.pass dl{border-left-color:var(--ok)}
#glance dt{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.06em;color:var(--muted);padding-top:2px}
#glance dd{margin:0}
#glance ul{margin:0;padding-left:18px}
#glance li.fail::marker{color:var(--fail)}#glance li.warn::marker{color:var(--warn)}
#glance .todo ol{margin:0;padding-left:0;list-style:none}
.finding{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;padding:12px 16px;margin:12px 0;background:var(--bg)}
.finding.fail{border-left-color:var(--fail)}.finding.warn{border-left-color:var(--warn)}
.finding header{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 10px}
.finding h3{font-size:16px}.finding h4{font-size:14px}
.finding .cause{font-size:11.5px;color:var(--muted);margin-left:auto}
.sev{font-size:11px;font-weight:700;letter-spacing:.05em;padding:1px 7px;border-radius:10px;color:var(--on-color);background:var(--info)}
.sev.fail{background:var(--fail)}.sev.warn{background:var(--warn)}
.detail{white-space:pre-wrap;overflow-wrap:anywhere;margin:8px 0;padding:6px 10px;background:var(--panel);border-radius:6px;font-size:13px}
.why{margin:8px 0}
.fixes{margin:6px 0;padding-left:22px}
.fixes li{margin:4px 0}
.stage{border-top:1px dashed var(--line);margin-top:8px;padding-top:6px}
.stage p{margin:4px 0}
.ref{font-size:12px;color:var(--muted);margin:8px 0 0}
pre.cmd{position:relative;padding-right:64px}
button.copy,.tools button{font:inherit;font-size:12px;padding:2px 8px;border:1px solid var(--line);border-radius:5px;background:var(--bg);color:var(--fg);cursor:pointer}
button.copy{position:absolute;top:5px;right:6px}
details>summary{cursor:pointer}
.check-body>p{margin:4px 0}
details.evidence,details.transcript{margin:8px 0 0}
details.evidence>summary,details.transcript>summary{color:var(--muted);font-size:13px}
.lede{margin:0 0 8px}
.all-clear{padding:12px 16px;border-radius:8px;background:var(--ok-bg);color:var(--ok);font-weight:600}
figure{margin:12px 0 22px}
figcaption{margin-bottom:6px}
.chart{display:block;width:100%;height:auto;font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.chart text{fill:var(--fg)}
.chart .tick line{stroke:var(--line);stroke-dasharray:2 3}
.chart .tick text,.chart .axis-note,.chart .row-note,.chart .server-note{fill:var(--muted)}
.chart .baseline,.chart .track{stroke:var(--line)}
.chart .track{stroke-width:2}
.bar.fail{fill:var(--fail)}.bar.warn{fill:var(--warn)}.bar.ok{fill:var(--ok)}.bar.info{fill:var(--info)}
.chart .mark-band{fill:var(--fail);opacity:.13}
.chart .mark-label,.chart .gap-label{fill:var(--fail);font-weight:700}
.chart .row-label{font-size:11.5px}
.step rect{fill:var(--panel);stroke:var(--line);stroke-width:1.5}
.step circle{fill:var(--skip)}
.step .step-no{fill:var(--on-color);font-weight:700;font-size:12px}
.step .state-word{font-size:10px;font-weight:700;letter-spacing:.06em;fill:var(--muted)}
.step .step-title{font-weight:600;font-size:11.5px}
.step.stops rect{fill:var(--fail-bg);stroke:var(--fail);stroke-width:3}
.step.fails rect{fill:var(--fail-bg);stroke:var(--fail);stroke-dasharray:6 3}
.step.warn rect{fill:var(--warn-bg);stroke:var(--warn)}
.step.ok rect{stroke:var(--ok)}
.step.stops circle,.step.fails circle{fill:var(--fail)}.step.warn circle{fill:var(--warn)}.step.ok circle{fill:var(--ok)}
.step.stops .state-word,.step.fails .state-word{fill:var(--fail)}.step.warn .state-word{fill:var(--warn)}.step.ok .state-word{fill:var(--ok)}
.metric{font-size:11px}.metric.fail{fill:var(--fail);font-weight:600}.metric.warn{fill:var(--warn)}
.flow{stroke:var(--muted);stroke-width:2;fill:none}
.flow.broken{stroke-dasharray:3 4;opacity:.45}
.stop-marker path{fill:var(--fail)}
.stop-marker text{fill:var(--fail);font-weight:800;font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.server rect{fill:var(--panel);stroke:var(--line)}
.server.stops rect{fill:var(--fail-bg);stroke:var(--fail);stroke-width:2}
.server.ok rect{stroke:var(--ok)}.server.warn rect{stroke:var(--warn)}
.server .join{stroke:var(--muted);stroke-dasharray:3 3;fill:none}
.server-name{font-weight:600}
.server.stops .server-note{fill:var(--fail)}
.journey-notes{margin:10px 0 0;padding-left:0;list-style:none;font-size:13px}
.journey-notes>li{margin:6px 0;padding:6px 12px;border-left:4px solid var(--line);background:var(--panel);border-radius:4px}
.journey-notes>li.stops,.journey-notes>li.fails{border-left-color:var(--fail)}.journey-notes>li.warn{border-left-color:var(--warn)}
.journey-notes a,#glance a{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
.journey-notes a:hover,#glance a:hover{border-bottom-style:solid}
.count-row{fill:var(--panel)}
.count-source{fill:var(--muted);font-weight:700;font-size:10px;letter-spacing:.08em;text-transform:uppercase}
.journey-notes ul,.lock-notes{margin:4px 0 0;padding-left:18px}
.sig.stops::marker,.sig.fails::marker{color:var(--fail)}.sig.warn::marker{color:var(--warn)}.sig.ok::marker{color:var(--ok)}
.quartz .expected{stroke:var(--muted);stroke-width:1}
.quartz .gap{fill:var(--fail);opacity:.28}
.quartz .fire{fill:var(--ok)}
.quartz .next{fill:var(--bg);stroke:var(--muted);stroke-width:2}
.quartz .asof{stroke:var(--fg);stroke-width:2}
.quartz .fire-label,.quartz .asof-label{fill:var(--muted)}
.thread rect{fill:var(--panel);stroke:var(--line);stroke-width:1.5}
.thread.cycle rect{fill:var(--fail-bg);stroke:var(--fail);stroke-width:2.5}
.thread-name{font-weight:600}.thread-state{fill:var(--muted);font-size:10.5px}
.wait path{stroke:var(--muted);stroke-width:1.5;fill:none}
.wait text{fill:var(--muted);font-size:10.5px}
.wait.cycle path{stroke:var(--fail);stroke-width:2.5}.wait.cycle text{fill:var(--fail);font-weight:600}
.arrow path{fill:var(--muted)}.arrow.cycle path{fill:var(--fail)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}
th{background:var(--panel);font-weight:600;white-space:nowrap}
table.sortable th{cursor:pointer}
td.num{text-align:right;white-space:nowrap}
td.wrap{overflow-wrap:anywhere}
td.nowrap{white-space:nowrap}
tr.fail td:first-child,tr.error td:first-child{box-shadow:inset 4px 0 var(--fail)}
tr.warn td:first-child{box-shadow:inset 4px 0 var(--warn)}
.chain .dn,td .sub{display:block;font-size:11.5px;color:var(--muted)}
.chain th.scale{white-space:normal;font-weight:400;color:var(--muted)}
.chain tr.fail .num{color:var(--fail);font-weight:700}.chain tr.warn .num{color:var(--warn);font-weight:700}
svg.days{width:200px;height:16px;display:block}
.days-track{fill:var(--panel);stroke:var(--line)}
.days-zero{stroke:var(--fg);stroke-width:1.5}
.days-warn{stroke:var(--warn);stroke-dasharray:2 2}
svg.strip{width:154px;height:20px;vertical-align:middle;margin-right:6px}
.strip line{stroke:var(--line);stroke-width:2}
.strip .dot{fill:var(--skip)}.strip .dot.stops,.strip .dot.fails{fill:var(--fail)}.strip .dot.warn{fill:var(--warn)}.strip .dot.ok{fill:var(--ok)}
.strip text{fill:var(--on-color);font-size:9px;font-weight:700}
details.check{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:8px 12px}
details.check.fail,details.check.error{border-left:5px solid var(--fail)}details.check.warn{border-left:5px solid var(--warn)}
details.check>summary .target{color:var(--muted);overflow-wrap:anywhere}
.check-body{margin-top:8px}
.error code{color:var(--error)}
.tools{display:flex;gap:8px;margin:6px 0}
footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:8px}
@media screen and (max-width:700px){.chart{min-width:720px}}
.scroll{overflow-x:auto}
@media (max-width:700px){body{padding:12px}#glance dl{grid-template-columns:1fr}.finding .cause{margin-left:0}}
@media print{:root{color-scheme:light;${LIGHT}}
@page{size:A4;margin:12mm}
body{max-width:none;padding:0;font-size:10pt}
nav,.tools,button.copy{display:none}
.finding,figure,tr,details.check,#glance dl{break-inside:avoid}
h2{break-after:avoid}
pre{white-space:pre-wrap}
a{color:inherit;text-decoration:none}}
`;
