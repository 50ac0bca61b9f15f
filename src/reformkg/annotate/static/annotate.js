// reformkg annotate: the page, its entries, a form per kind. Every text goes into the DOM through
// textContent or a value, never as HTML. The server applies each change and runs the checks.
"use strict";
(() => {
const $ = (s, el = document) => el.querySelector(s);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v; else if (k === "cls") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
};
const KIND = {measures: "measure", observations: "figure", recognitions: "recognition", posts: "post", events: "event",
              no_fact: "no_fact", figures_excluded: "no_fact"};
const SECTIONS = Object.keys(KIND);
const READ_ONLY = document.body.dataset.readOnly === "yes";
const S = {token: null, text: "", entries: {}, proposals: [], highlights: [], findings: [], coverage: null,
           sel: null, vocab: {lists: {}, indicators: []}, pending: 0};

async function call(path, data) {
  const r = await fetch(path, {method: "POST", headers: {"Content-Type": "application/json"},
                               body: JSON.stringify({token: S.token, ...data})});
  const body = await r.json().catch(() => ({error: `HTTP ${r.status}`}));
  if (!r.ok) { const e = new Error(body.error || `HTTP ${r.status}`); e.status = r.status; e.field = body.field; throw e; }
  return body;
}
function status(msg, bad) { const s = $("#status"); s.textContent = msg; s.className = bad ? "bad" : "ok"; }

function take(state) {
  for (const k of ["token", "text", "entries", "proposals", "highlights"]) if (k in state) S[k] = state[k];
  if (state.selected) S.sel = state.selected;
}

// ------------------------------------------------------------------------------------ the page text
function cp(str) { return Array.from(str); }
function renderText() {
  const chars = cp(S.text), n = chars.length;
  const marks = [];  // [start, end, type, payload]
  S.highlights.forEach(h => marks.push([h.start, h.end, "e", h]));
  S.proposals.forEach(p => p.end > p.start && marks.push([p.start, p.end, "p", p]));
  if (S.coverage) S.coverage.stories.forEach(st => st.uncovered.forEach(g => marks.push([g.start, g.end, "g", g])));
  const cuts = new Set([0, n]);
  marks.forEach(m => { cuts.add(Math.max(0, Math.min(n, m[0]))); cuts.add(Math.max(0, Math.min(n, m[1]))); });
  const pts = [...cuts].sort((a, b) => a - b);
  const bad = new Set(S.findings.filter(f => f.severity === "error" && f.section).map(f => `${f.section}:${f.index}`));
  const pre = $("#text"); pre.textContent = "";
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const span = el("span", {"data-s": a, text: chars.slice(a, b).join("")});
    const on = marks.filter(m => m[0] <= a && b <= m[1]);
    const ents = on.filter(m => m[2] === "e").map(m => m[3]);
    if (ents.length) {
      span.classList.add("k-" + ents[0].kind);
      span.dataset.k = ents.map(h => `${h.section}:${h.index}`).join(" ");
      if (ents.some(h => bad.has(`${h.section}:${h.index}`))) span.classList.add("bad");
      if (S.sel && ents.some(h => h.section === S.sel.section && h.index === S.sel.index)) span.classList.add("current");
    }
    const props = on.filter(m => m[2] === "p").map(m => m[3]);
    if (props.length) { span.classList.add("prop"); span.dataset.p = props.map(p => p.pid).join(" ");
                        span.title = props.map(p => `proposal ${p.kind} · confidence ${p.confidence} · ${p.rule}`).join("\n"); }
    if (on.some(m => m[2] === "g")) { span.classList.add("gap"); span.title = (span.title ? span.title + "\n" : "") + "not covered by any quote"; }
    pre.append(span);
  }
}
function selectionOffsets() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const r = sel.getRangeAt(0), pre = $("#text");
  if (!pre.contains(r.startContainer) || !pre.contains(r.endContainer)) return null;
  const at = (node, off) => {
    const span = node.nodeType === 3 ? node.parentElement : node.childNodes[off] || node;
    if (node.nodeType !== 3) return span && span.dataset && span.dataset.s ? +span.dataset.s : null;
    return +span.dataset.s + cp(node.data.slice(0, off)).length;
  };
  const a = at(r.startContainer, r.startOffset), b = at(r.endContainer, r.endOffset);
  return a != null && b != null && b > a ? [a, b] : null;
}

// ------------------------------------------------------------------------------------ lists
function quoteOf(e) { return Array.isArray(e.quote) ? e.quote.join(" … ") : String(e.quote || ""); }
function labelOf(section, e) {
  if (section === "observations") return `${e.value || ""} ${typeof e.indicator === "string" ? e.indicator : ""}`;
  return e.label || e.title || (e.role ? `${e.person} ${e.role}` : "") || e.text || e.reason || "";
}
function startOf(section, index) {
  const h = S.highlights.find(h => h.section === section && h.index === index); return h ? h.start : 1e9;
}
function renderEntries() {
  const box = $("#entries"); box.textContent = "";
  const stories = S.entries.stories || [];
  const counts = {};
  S.findings.forEach(f => { if (f.section) { const k = `${f.section}:${f.index}`; counts[k] = counts[k] || {e: 0, w: 0};
                                              counts[k][f.severity === "error" ? "e" : "w"]++; } });
  const all = [];
  SECTIONS.forEach(s => (S.entries[s] || []).forEach((e, i) => all.push({s, i, e, at: startOf(s, i)})));
  all.sort((x, y) => x.at - y.at);
  for (const st of stories) {
    const ol = el("ol");
    all.filter(x => x.e.story === st.id).forEach(x => {
      const c = counts[`${x.s}:${x.i}`];
      const li = el("li", {"data-key": `${x.s}:${x.i}`, onclick: () => select(x.s, x.i)},
        el("span", {cls: "badge k-" + KIND[x.s], text: KIND[x.s]}), el("b", {text: x.e.id || ""}), " ",
        el("span", {text: labelOf(x.s, x.e)}), " ",
        c && c.e ? el("span", {cls: "n", text: `${c.e} error${c.e > 1 ? "s" : ""}`}) : null, " ",
        c && c.w ? el("span", {cls: "w", text: `${c.w} warning${c.w > 1 ? "s" : ""}`}) : null);
      if (S.sel && S.sel.section === x.s && S.sel.index === x.i) li.classList.add("selected");
      ol.append(li);
    });
    box.append(el("h4", {text: `${st.id} · ${st.title} (${st.scope === "out" ? "out of scope" : "in scope"})`}), ol);
  }
  const orphan = all.filter(x => !stories.some(st => st.id === x.e.story));
  if (orphan.length) {
    const ol = el("ol");
    orphan.forEach(x => ol.append(el("li", {"data-key": `${x.s}:${x.i}`, onclick: () => select(x.s, x.i)},
      el("span", {cls: "badge k-" + KIND[x.s], text: KIND[x.s]}), el("span", {text: `${x.e.id || ""} ${labelOf(x.s, x.e)}`}))));
    box.append(el("h4", {text: "no story"}), ol);
  }
}
function renderProposals() {
  const ol = $("#proposals"); ol.textContent = "";
  $("#nprop").textContent = `(${S.proposals.length})`;
  S.proposals.forEach(p => {
    const li = el("li", {"data-pid": p.pid},
      el("span", {cls: "badge k-" + p.kind, text: p.kind}),
      el("span", {text: `${labelOf(p.section, p.entry)} · ${quoteOf(p.entry).slice(0, 40)}`}), " ",
      el("span", {cls: "meta", text: `confidence ${p.confidence} · ${p.rule}`}), " ",
      READ_ONLY ? null : el("button", {"data-accept": p.pid, text: "accept", onclick: ev => { ev.stopPropagation(); accept(p.pid); }}),
      READ_ONLY ? null : el("button", {"data-reject": p.pid, text: "reject", onclick: ev => { ev.stopPropagation(); reject(p.pid); }}));
    li.addEventListener("click", () => { S.prop = p.pid; renderProposals(); });
    if (S.prop === p.pid) li.classList.add("selected");
    ol.append(li);
  });
}
function renderFindings() {
  const ol = $("#findings"); ol.textContent = "";
  S.findings.forEach(f => ol.append(el("li", {cls: f.severity, onclick: () => f.section && select(f.section, f.index)},
    `${f.path}:${f.line}:${f.col}: ${f.severity} ${f.code} ${f.field}: ${f.message}`)));
  const sum = $("#summary"); sum.textContent = S.summary || "";
  sum.className = "summary " + (S.findings.some(f => f.severity === "error") ? "bad" : "ok");
}
function renderCoverage() {
  const box = $("#coverage"); box.textContent = "";
  if (!S.coverage) { box.append(el("div", {cls: "meta", text: "coverage: shown once the annotation has no errors"})); return; }
  S.coverage.stories.forEach(st => {
    const pct = (100 * st.rate).toFixed(1);
    box.append(el("div", {"data-story": st.story, text: `${st.story} ${st.title}: ${pct}% covered, ${st.uncovered.length} passages uncovered`}),
               el("div", {cls: "bar", title: `${pct}%`}, el("div", {style: `width:${pct}%`})));
  });
}
function renderAll() { renderText(); renderEntries(); renderProposals(); renderFindings(); renderCoverage(); renderForm(); }

// ------------------------------------------------------------------------------------ the form
const T = "text";
const FIELDS = {
  observations: [["id", T], ["story", "story"], ["indicator", "indicator"], ["subject", "subject"], ["value", T],
    ["unit", "code:unit"], ["status", "enum:achieved,target"], ["qualifier", T], ["dimensions", "dimensions"],
    ["time", "time"], ["items", "items"], ["open_list", "bool"], ["quote", "quote"], ["note", T]],
  measures: [["id", T], ["story", "story"], ["label", T], ["type", "code:measure-type"], ["document", "reg:documents"],
    ["lead", "regs:organisations"], ["partners", "regs:organisations"], ["regions", "regs:regions"],
    ["areas", "codes:reform-area"], ["groups", "codes:target-group"], ["time", "time"], ["part_of", T],
    ["implements", T], ["status", "status"], ["items", "items"], ["open_list", "bool"],
    ["initiative", "reg:initiatives"], ["quote", "quote"], ["note", T]],
  recognitions: [["id", T], ["story", "story"], ["title", T], ["recipient", "subject"], ["level", "code:admin-level"],
    ["granted_by", "reg:organisations"], ["time", "time"], ["items", "items"], ["open_list", "bool"],
    ["initiative", "reg:initiatives"], ["quote", "quote"], ["note", T]],
  posts: [["id", T], ["story", "story"], ["person", "reg:people"], ["role", T], ["organisation", "reg:organisations"],
    ["quote", "quote"], ["note", T]],
  events: [["id", T], ["story", "story"], ["label", T], ["type", "code:event-type"], ["time", "time"],
    ["place", "reg:regions"], ["organisers", "regs:organisations"], ["measures", "list"], ["initiative", "reg:initiatives"],
    ["quote", "quote"], ["note", T]],
  no_fact: [["story", "story"], ["reason", T], ["quote", "quote"]],
  figures_excluded: [["story", "story"], ["text", T], ["reason", T], ["quote", "quote"]],
};
const str = v => v == null ? "" : (typeof v === "object" ? "" : String(v));
function input(name, value, extra = {}) {
  return el("input", {type: "text", name, value: str(value), oninput: changed, ...extra});
}
function select_(name, options, value) {
  const s = el("select", {name, onchange: changed}, el("option", {value: "", text: "—"}));
  const v = str(value);
  options.forEach(o => s.append(el("option", {value: o.id, text: o.zh ? `${o.id} · ${o.zh}` : o.id})));
  if (v && !options.some(o => o.id === v)) s.append(el("option", {value: v, text: v}));
  s.value = v; return s;
}
function searchBox(name, value, sections, multi) {
  const inp = input(name, Array.isArray(value) ? value.join(", ") : value, {autocomplete: "off", placeholder: "search by name, alias or id"});
  const res = el("ul", {cls: "results", hidden: ""});
  const find = el("input", {type: "text", cls: "find", placeholder: `search ${sections}…`, "data-search": name});
  let timer;
  find.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(async () => {
    const r = await fetch(`/api/registry?section=${encodeURIComponent(sections)}&q=${encodeURIComponent(find.value)}`);
    const body = await r.json(); res.textContent = "";
    body.results.forEach(x => res.append(el("li", {"data-id": x.id, text: `${x.id} · ${x.name}${x.aliases.length ? " (" + x.aliases.join(", ") + ")" : ""} · ${x.section}`,
      onclick: () => { inp.value = multi && inp.value.trim() ? `${inp.value}, ${x.id}` : x.id; res.hidden = true; find.value = ""; changed(); }})));
    res.hidden = !body.results.length;
  }, 150); });
  return el("div", {cls: "search"}, inp, find, res);
}
function timeWidget(v) {
  const keys = ["as_of", "since", "by", "during", "on", "start", "unspecified"];
  const t = v && typeof v === "object" ? v : {};
  const kind = keys.find(k => k in t) || "";
  const box = el("div", {cls: "sub"});
  box.append(el("span", {text: "kind"}), select_("time.kind", keys.map(id => ({id})), kind),
             el("span", {text: "date"}), input("time.date", kind && kind !== "unspecified" ? t[kind] : "", {placeholder: "YYYY, YYYY-MM or YYYY-MM-DD"}),
             el("span", {text: "end"}), input("time.end", t.end, {placeholder: "only for start–end"}),
             el("span", {text: "printed"}), input("time.text", t.text, {placeholder: "the phrase as printed: 截至2024年底"}));
  return box;
}
function subWidget(v, name) {
  const s = v && typeof v === "object" ? v : {};
  return el("div", {cls: "sub"},
    el("span", {text: "region"}), searchBox(`${name}.region`, s.region, "regions"),
    el("span", {text: "organisation"}), searchBox(`${name}.organisation`, s.organisation, "organisations"),
    el("span", {text: "person"}), searchBox(`${name}.person`, s.person, "people"),
    el("span", {text: "measure"}), input(`${name}.measure`, s.measure, {placeholder: "m… of this file"}),
    el("span", {text: "group"}), select_(`${name}.group`, S.vocab.lists["target-group"] || [], s.group));
}
function indicatorWidget(v) {
  const inp = input("indicator", v, {autocomplete: "off", placeholder: "search the catalogue: id, zh or en"});
  const res = el("ul", {cls: "results", hidden: ""});
  const def = el("div", {cls: "def"});
  const show = () => {
    const c = S.vocab.indicators.find(c => c.id === inp.value || c.zh === inp.value);
    def.textContent = c ? `${c.id} · ${c.zh} · ${c.en} (unit ${c.unit || "—"}${c.broader ? ", under " + c.broader : ", a top concept: use a narrower one"}): ${c.definition}` : (inp.value ? "not in the catalogue" : "");
  };
  inp.addEventListener("input", () => {
    const q = inp.value.trim().toLowerCase(); res.textContent = ""; show();
    if (!q) { res.hidden = true; return; }
    S.vocab.indicators.filter(c => c.broader && (c.id.includes(q) || c.zh.includes(q) || c.en.toLowerCase().includes(q))).slice(0, 25)
      .forEach(c => res.append(el("li", {"data-id": c.id, title: c.definition, text: `${c.zh} · ${c.id} · ${c.en}`,
        onclick: () => { inp.value = c.zh; res.hidden = true; show(); changed(); }})));
    res.hidden = !res.childNodes.length;
  });
  show();
  return el("div", {cls: "search"}, inp, res, def);
}
function widget(name, type, v) {
  if (type === T) return input(name, v);
  if (type === "story") return select_(name, (S.entries.stories || []).map(s => ({id: s.id, zh: s.title})), v);
  if (type.startsWith("enum:")) return select_(name, type.slice(5).split(",").map(id => ({id})), v);
  if (type.startsWith("code:")) return select_(name, S.vocab.lists[type.slice(5)] || [], v);
  if (type.startsWith("codes:") || type === "list") return input(name, Array.isArray(v) ? v.join(", ") : v, {placeholder: type === "list" ? "ids, comma-separated" : `${type.slice(6)} ids, comma-separated`});
  if (type.startsWith("reg:")) return searchBox(name, v, type.slice(4), false);
  if (type.startsWith("regs:")) return searchBox(name, v, type.slice(5), true);
  if (type === "indicator") return indicatorWidget(v);
  if (type === "subject") return subWidget(v, name);
  if (type === "time") return timeWidget(v);
  if (type === "bool") return el("input", {type: "checkbox", name, ...(v ? {checked: ""} : {}), onchange: changed});
  if (type === "quote") return el("textarea", {name, rows: 3, oninput: changed, placeholder: "one fragment a line"},
                                  Array.isArray(v) ? v.join("\n") : str(v));
  if (type === "items") return el("textarea", {name, rows: 3, oninput: changed, placeholder: "label | quote, one item a line"},
                                  Array.isArray(v) ? v.map(it => `${it.label || ""} | ${Array.isArray(it.quote) ? it.quote.join(" / ") : it.quote || ""}`).join("\n") : "");
  if (type === "status") { const s = v && typeof v === "object" ? v : {};
    return el("div", {cls: "sub"}, el("span", {text: "value"}), select_("status.value", S.vocab.lists["measure-status"] || [], s.value),
              el("span", {text: "cue"}), input("status.cue", s.cue, {placeholder: "the word(s) that decide it: 已, 将 …"})); }
  if (type === "dimensions") { const d = v && typeof v === "object" ? v : {};
    const box = el("div", {cls: "sub"});
    [["ownership", "ownership"], ["size", "enterprise-size"], ["sector", "sector"], ["group", "target-group"], ["period", "period"]]
      .forEach(([k, l]) => box.append(el("span", {text: k}), select_(`dimensions.${k}`, S.vocab.lists[l] || [], d[k])));
    return box; }
  return input(name, v);
}
function renderForm() {
  const box = $("#form"); box.textContent = "";
  if (!S.sel) return;
  const {section, index} = S.sel, e = (S.entries[section] || [])[index];
  if (!e) { S.sel = null; return; }
  box.append(el("div", {},
    el("span", {cls: "badge k-" + KIND[section], text: KIND[section]}), el("b", {text: `${section}[${index}]`}), " ",
    READ_ONLY ? null : el("button", {id: "delete", text: "delete entry", onclick: del})));
  const form = el("form", {id: "entry-form", "data-section": section, onsubmit: ev => ev.preventDefault()});
  form.append(el("div", {cls: "msg", id: "msg-entry"}));
  FIELDS[section].forEach(([name, type]) => {
    const w = widget(name, type, e[name]);
    form.append(el("div", {cls: "row", "data-path": name, id: `f-${name}`}, el("label", {text: name}), w, el("div", {cls: "msg"})));
  });
  if (READ_ONLY) form.querySelectorAll("input,select,textarea").forEach(x => x.disabled = true);
  box.append(form);
  showFieldFindings(S.findings);
}
function gather() {
  const form = $("#entry-form"), section = form.dataset.section, out = {};
  const val = n => { const x = form.elements[n]; return x ? x.value.trim() : ""; };
  FIELDS[section].forEach(([name, type]) => {
    if (type === "subject") { const s = {}; ["region", "organisation", "person", "measure", "group"].forEach(k => { const v = val(`${name}.${k}`); if (v) s[k] = v; }); out[name] = s; }
    else if (type === "time") { const k = val("time.kind"), t = {};
      if (k === "unspecified") t.unspecified = true; else if (k) t[k] = val("time.date");
      if (k === "start") t.end = val("time.end");
      if (val("time.text")) t.text = val("time.text"); out[name] = t; }
    else if (type === "status") out[name] = {value: val("status.value"), cue: val("status.cue")};
    else if (type === "dimensions") { const d = {}; ["ownership", "size", "sector", "group", "period"].forEach(k => { if (val(`dimensions.${k}`)) d[k] = val(`dimensions.${k}`); }); out[name] = d; }
    else if (type === "bool") { if (form.elements[name].checked) out[name] = true; }
    else if (type.startsWith("regs:") || type.startsWith("codes:") || type === "list") out[name] = val(name).split(/[,，\s]+/).filter(Boolean);
    else if (type === "quote") { const lines = form.elements[name].value.split("\n").map(s => s.trim()).filter(Boolean); out[name] = lines.length > 1 ? lines : (lines[0] || ""); }
    else if (type === "items") out[name] = form.elements[name].value.split("\n").map(s => s.trim()).filter(Boolean).map(line => {
      const [label, q] = line.split("|").map(s => s.trim()); const frags = (q || "").split(" / ").filter(Boolean);
      return {label, quote: frags.length > 1 ? frags : (frags[0] || "")}; });
    else { const v = val(name); const orig = ((S.entries[section] || [])[S.sel.index] || {})[name];
           out[name] = typeof orig === "number" && String(orig) === v ? orig : v; }
  });
  // a field still holding a marker (TODO) that its widget cannot show stays as it is until filled
  const orig = (S.entries[section] || [])[S.sel.index] || {};
  for (const [name, type] of FIELDS[section]) {
    const v = out[name], empty = v == null || v === "" || (typeof v === "object" && !Object.keys(v).filter(k => v[k] !== "").length);
    if (["subject", "time", "status", "dimensions"].includes(type) && empty && typeof orig[name] === "string") out[name] = orig[name];
  }
  return out;
}
function showFieldFindings(findings) {
  const form = $("#entry-form"); if (!form || !S.sel) return;
  form.querySelectorAll(".msg").forEach(m => { m.textContent = ""; m.className = "msg"; });
  const prefix = `${S.sel.section}[${S.sel.index}]`;
  findings.filter(f => f.field === prefix || f.field.startsWith(prefix + ".") || f.field.startsWith(prefix + "[")).forEach(f => {
    const rest = f.field.slice(prefix.length).replace(/^\./, ""), top = rest.split(/[.[]/)[0];
    const row = top && form.querySelector(`.row[data-path="${top}"]`);
    const m = row ? row.querySelector(".msg") : $("#msg-entry");
    m.append(el("div", {"data-code": f.code, cls: f.severity, text: `${f.severity} ${f.code} ${f.field}: ${f.message}`}));
  });
}

// ------------------------------------------------------------------------------------ actions
let changeTimer, checkTimer;
function changed() {
  if (READ_ONLY) return;
  S.pending++; status("editing…");
  clearTimeout(changeTimer);
  changeTimer = setTimeout(sendEntry, 250);
}
async function sendEntry() {
  if (!S.sel || !$("#entry-form")) { S.pending = 0; return; }
  const {section, index} = S.sel, entry = gather();
  try {
    const r = await call("/api/entry", {section, index, entry});
    S.entries[section][r.index] = r.entry;
    S.highlights = S.highlights.filter(h => !(h.section === section && h.index === r.index)).concat(r.highlights);
    S.pending = 0;
    const others = S.findings.filter(f => !(f.section === section && f.index === index));
    S.findings = [...others, ...r.findings];
    showFieldFindings(S.findings); renderText(); renderEntries();
    status("checking the whole file…"); scheduleCheck(0);
  } catch (e) { S.pending = 0; status(e.message, true); }
}
function scheduleCheck(ms = 400) { clearTimeout(checkTimer); checkTimer = setTimeout(check, ms); }
async function check() {
  const r = await call("/api/check", {});
  S.findings = r.findings; S.coverage = r.coverage; S.summary = r.summary; S.checked = true;
  document.body.dataset.checked = String(Date.now());
  renderText(); renderEntries(); renderFindings(); renderCoverage(); showFieldFindings(S.findings);
  status(S.pending ? "editing…" : "checked");
}
function select(section, index) {
  S.sel = {section, index}; renderForm(); renderEntries(); renderText();
  const span = document.querySelector("#text span.current"); if (span) span.scrollIntoView({block: "nearest"});
}
async function act(path, data) {
  try { const r = await call(path, data); take(r); renderAll(); scheduleCheck(0); return r; }
  catch (e) { status(e.message, true); }
}
const accept = pid => act("/api/accept", {pid});
const reject = pid => act("/api/reject", {pid});
async function del() { if (S.sel) { const {section, index} = S.sel; S.sel = null; await act("/api/delete", {section, index}); } }
async function create(section) {
  const off = selectionOffsets();
  if (!off) { status("select words of the page text first", true); return; }
  await act("/api/create", {section, start: off[0], end: off[1]});
  window.getSelection().removeAllRanges(); $("#create").hidden = true;
}
async function save() {
  clearTimeout(changeTimer); if (S.pending) await sendEntry();
  try {
    const r = await call("/api/save", {});
    S.findings = r.findings; S.coverage = r.coverage; S.summary = r.summary;
    renderText(); renderEntries(); renderFindings(); renderCoverage(); showFieldFindings(S.findings);
    status(`saved ${r.saved}: ${r.summary}`); document.body.dataset.saved = r.saved;
  } catch (e) {
    status(e.message, true);
    if (e.status === 409) $("#reload").hidden = false;
  }
}
async function reload() { await act("/api/reload", {}); $("#reload").hidden = true; }
function move(step) {
  const keys = [...document.querySelectorAll("#entries li[data-key]")].map(li => li.dataset.key);
  if (!keys.length) return;
  const cur = S.sel ? keys.indexOf(`${S.sel.section}:${S.sel.index}`) : -1;
  const [s, i] = keys[(cur + step + keys.length) % keys.length].split(":"); select(s, +i);
}

document.addEventListener("keydown", ev => {
  if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); if (!READ_ONLY) save(); return; }
  if (ev.target.closest("input,textarea,select")) return;
  const p = S.prop || (S.proposals[0] && S.proposals[0].pid);
  if (ev.key === "j") move(1); else if (ev.key === "k") move(-1);
  else if (ev.key === "a" && p && !READ_ONLY) accept(p); else if (ev.key === "x" && p && !READ_ONLY) reject(p);
});
$("#text").addEventListener("click", ev => {
  const span = ev.target.closest("span[data-s]");
  if (!span || !window.getSelection().isCollapsed) return;
  if (span.dataset.k) { const keys = span.dataset.k.split(" ");
    const cur = S.sel ? keys.indexOf(`${S.sel.section}:${S.sel.index}`) : -1;
    const [s, i] = keys[(cur + 1) % keys.length].split(":"); select(s, +i); }
  else if (span.dataset.p) { S.prop = span.dataset.p.split(" ")[0]; renderProposals();
    const li = document.querySelector(`#proposals li[data-pid="${S.prop}"]`); if (li) li.scrollIntoView({block: "nearest"}); }
});
document.addEventListener("selectionchange", () => { if (!READ_ONLY) $("#create").hidden = !selectionOffsets(); });
document.querySelectorAll("[data-create]").forEach(b => b.addEventListener("mousedown", ev => { ev.preventDefault(); create(b.dataset.create); }));
if ($("#save")) $("#save").addEventListener("click", save);
$("#fragment").addEventListener("mousedown", async ev => {
  ev.preventDefault();
  const off = selectionOffsets();
  if (!off || !S.sel) { status("select an entry, then the words to add to its quote", true); return; }
  await act("/api/fragment", {section: S.sel.section, index: S.sel.index, start: off[0], end: off[1]});
  window.getSelection().removeAllRanges(); $("#create").hidden = true;
});
$("#addreg-form").addEventListener("submit", async ev => {
  ev.preventDefault();
  const f = ev.target, entry = {};
  for (const name of ["id", "name", "kind", "level", "code", "region", "parent", "date", "note"]) if (f.elements[name].value.trim()) entry[name] = f.elements[name].value.trim();
  for (const name of ["aliases", "issuers"]) { const v = f.elements[name].value.split(/[,，]/).map(x => x.trim()).filter(Boolean); if (v.length) entry[name] = v; }
  f.querySelectorAll(".msg").forEach(m => m.textContent = "");
  try {
    const r = await call("/api/registry/add", {section: f.elements.section.value, entry});
    $("#addreg-status").textContent = `added ${r.section} ${r.added} to ${r.file}`;
    scheduleCheck(0);
  } catch (e) {
    const row = e.field && f.querySelector(`.row[data-path="${e.field}"] .msg`);
    (row || $("#addreg-status")).textContent = e.message;
  }
});
if ($("#reload")) $("#reload").addEventListener("click", reload);

(async () => {
  try {
    const [state, vocab] = await Promise.all([call("/api/open", {page: document.body.dataset.page}),
                                              fetch("/api/vocab").then(r => r.json())]);
    S.vocab = vocab; take(state);
    $("#where").textContent = `${state.path}${state.on_disk ? "" : " (new: not saved yet)"}`;
    renderAll(); document.body.dataset.loaded = "yes"; status("loaded");
    await check();
  } catch (e) { status(e.message, true); }
})();
})();
