// veille web UI: plain JavaScript, no build step. Hash routes:
//   #/?q=..&entity=..   search with facets      #/doc/ID        article with its layers
//   #/entity/NAME       entity page             #/entities      top entities
//   #/map               map of places           #/stories, #/story/ID
"use strict";

const app = document.getElementById("app");
const FACET_NAMES = { entity: "Entités", place: "Lieux", speaker: "Locuteurs", source: "Sources", lang: "Langue", date: "Mois" };
const FILTERS = ["entity", "place", "speaker", "source", "lang"];
let map = null;

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
const enc = encodeURIComponent;

async function api(path) {
  const r = await fetch(path);
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function docLink(d) {
  return `<a href="#/doc/${enc(d.id)}">${esc(d.title || d.id)}</a>`;
}
function entLink(name, label) {
  const cls = label ? `ent ent-${esc(label)}` : "";
  return `<a class="${cls}" href="#/entity/${enc(name)}">${esc(name)}</a>`;
}
function metaLine(d) {
  return [d.date, d.source].filter(Boolean).map(esc).join(" · ");
}
function fail(e) {
  app.innerHTML = `<div class="error">${esc(e.message || e)}</div>`;
}

// ------------------------------------------------------------ search

function parseHashQuery(h) {
  const i = h.indexOf("?");
  return new URLSearchParams(i < 0 ? "" : h.slice(i + 1));
}
function searchHash(params) {
  const s = params.toString();
  return "#/" + (s ? "?" + s : "");
}

async function pageSearch(params) {
  document.getElementById("q").value = params.get("q") || "";
  const apiParams = new URLSearchParams();
  for (const [k, v] of params) if (["q", "from", "to", "offset", ...FILTERS].includes(k)) apiParams.append(k, v);
  apiParams.set("limit", "20");
  const res = await api("/api/search?" + apiParams);
  const chips = [];
  for (const f of FILTERS) for (const v of params.getAll(f)) {
    const p = new URLSearchParams(params);
    const rest = p.getAll(f).filter(x => x !== v);
    p.delete(f); rest.forEach(x => p.append(f, x));
    chips.push(`<a class="chip" href="${searchHash(p)}" title="retirer">${esc(FACET_NAMES[f])} : ${esc(v)} ✕</a>`);
  }
  let facets = "";
  for (const [name, values] of Object.entries(res.facets)) {
    if (!values.length) continue;
    facets += `<div class="facet" data-facet="${esc(name)}"><h4>${esc(FACET_NAMES[name] || name)}</h4>`;
    for (const v of values) {
      if (name === "date") { facets += `<a>${esc(v.value)}<span class="muted">${v.count}</span></a>`; continue; }
      const on = params.getAll(name).includes(v.value);
      const p = new URLSearchParams(params);
      if (!on) p.append(name, v.value);
      facets += `<a class="${on ? "on" : ""}" href="${searchHash(p)}">${esc(v.value)}<span class="muted">${v.count}</span></a>`;
    }
    facets += `</div>`;
  }
  const hits = res.hits.map(h => `<div class="card hit" data-id="${esc(h.id)}">
      <h3>${docLink(h)}</h3>
      <div class="meta">${metaLine(h)}${h.story != null ? ` · <a href="#/story/${h.story}">histoire #${h.story}</a>` : ""}</div>
      <p>${h.snippet}</p></div>`).join("");
  app.innerHTML = `<div class="cols">
      <aside class="card">${facets || '<span class="muted">Aucune facette</span>'}</aside>
      <section><div class="chips">${chips.join("")}</div>
        <p class="muted" id="total">${res.total} article(s) · ${res.took_ms.toFixed(1)} ms</p>
        ${hits || '<p>Aucun résultat.</p>'}</section></div>`;
}

// ------------------------------------------------------------ article

function annotations(doc) {
  const L = doc.layers || {};
  const anns = [];
  for (const m of L.mentions || []) {
    const e = (L.entities || [])[m.entity];
    anns.push({ start: m.start, end: m.end, tag: "a", cls: `ent ent-${m.label}`, href: `#/entity/${enc(e ? e.name : m.text)}`, title: `${m.label}${e ? " · " + e.name : ""}` });
  }
  for (const q of L.quotes || []) anns.push({ start: q.start, end: q.end, tag: "span", cls: "quote", title: `citation · ${q.speaker ? q.speaker.name : "?"}` });
  for (const n of L.numbers || []) anns.push({ start: n.start, end: n.end, tag: "span", cls: "num", title: `${n.category}${n.value != null ? " · " + n.value : ""}${n.unit ? " " + n.unit : ""}` });
  for (const d of L.dates || []) anns.push({ start: d.start, end: d.end, tag: "span", cls: "date", title: `${d.timex_type} · ${d.value || "?"}` });
  return anns.filter(a => a.end > a.start);
}

// Renders the text with every layer: offsets are code points, so index an array of code points.
function renderText(doc) {
  const chars = Array.from(doc.text);
  const anns = annotations(doc);
  const cuts = new Set([0, chars.length]);
  for (const a of anns) { cuts.add(Math.min(a.start, chars.length)); cuts.add(Math.min(a.end, chars.length)); }
  const pts = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < pts.length; i++) {
    const [s, e] = [pts[i], pts[i + 1]];
    let seg = esc(chars.slice(s, e).join(""));
    const active = anns.filter(a => a.start <= s && a.end >= e).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    let hasLink = false;
    for (const a of active) {
      if (a.tag === "a" && !hasLink) { seg = `<a class="${a.cls}" href="${a.href}" title="${esc(a.title)}">${seg}</a>`; hasLink = true; }
      else seg = `<span class="${a.cls}" title="${esc(a.title)}">${seg}</span>`;
    }
    html += seg;
  }
  return html;
}

function groupBy(xs, key) {
  const m = new Map();
  for (const x of xs) { const k = key(x); if (!m.has(k)) m.set(k, []); m.get(k).push(x); }
  return m;
}

async function pageDoc(id) {
  const d = await api("/api/documents/" + enc(id));
  const doc = d.document, L = doc.layers || {}, m = doc.meta || {};
  const quotes = groupBy(L.quotes || [], q => q.speaker ? q.speaker.name : "?");
  let qhtml = "";
  for (const [sp, qs] of quotes) qhtml += `<li>${entLink(sp)}<ul>${qs.map(q => `<li>« ${esc((q.content && q.content.text || "").trim())} »</li>`).join("")}</ul></li>`;
  const figs = groupBy(L.numbers || [], n => n.category);
  let fhtml = "";
  for (const [cat, ns] of figs) fhtml += `<li><b>${esc(cat)}</b> : ${ns.map(n => esc(n.text)).join(" ; ")}</li>`;
  const ents = groupBy(L.entities || [], e => e.label);
  let ehtml = "";
  for (const [lab, es] of ents) ehtml += `<li><b>${esc(lab)}</b> : ${es.map(e => entLink(e.name, lab)).join(", ")}</li>`;
  const places = (L.places || []).map(p => p.resolution ? `${esc(p.resolution.name_fr)} <span class="muted">(${esc(p.resolution.country)})</span>` : esc(p.text));
  const dates = (L.dates || []).map(t => `${esc(t.text)} → ${esc(t.value || "?")}`);
  const dups = (d.duplicates || []).map(x => `<li>${esc(x.kind)} : ${esc(x.source || "")} ${esc(x.origin)}</li>`).join("");
  app.innerHTML = `<div class="cols doc">
    <article class="card" data-id="${esc(d.id)}">
      <h2>${esc(m.title || "(sans titre)")}</h2>
      <div class="meta">${metaLine(m)} · langue ${esc(doc.language && doc.language.code)}${d.story != null ? ` · <a href="#/story/${d.story}">histoire #${d.story}</a>` : ""}${m.url ? ` · <a href="${esc(m.url)}">source</a>` : ""}</div>
      <p class="legend"><span class="ent-PER">personne</span><span class="ent-ORG">organisation</span><span class="ent-LOC">lieu</span><span class="ent-MISC">divers</span><span class="quote">citation</span><span class="num">chiffre</span><span class="date">date</span></p>
      <div class="text" id="doctext">${renderText(doc)}</div>
      ${dups ? `<h4>Doublons liés</h4><ul>${dups}</ul>` : ""}
      <p class="muted">id ${esc(d.id)} · ${esc(d.pipeline)}</p>
    </article>
    <aside class="card panel">
      <h4>Citations par locuteur</h4><ul id="panel-quotes">${qhtml || "<li class=muted>aucune</li>"}</ul>
      <h4>Chiffres par catégorie</h4><ul id="panel-figures">${fhtml || "<li class=muted>aucun</li>"}</ul>
      <h4>Entités</h4><ul>${ehtml || "<li class=muted>aucune</li>"}</ul>
      <h4>Lieux</h4><ul>${places.map(p => `<li>${p}</li>`).join("") || "<li class=muted>aucun</li>"}</ul>
      <h4>Dates</h4><ul>${dates.map(p => `<li>${p}</li>`).join("") || "<li class=muted>aucune</li>"}</ul>
    </aside></div>`;
}

// ------------------------------------------------------------ entities

async function pageEntity(name) {
  const e = await api("/api/entities/" + enc(name));
  const max = Math.max(1, ...e.timeline.map(t => t.count));
  const tl = e.timeline.map(t => `<tr><td>${esc(t.value)}</td><td><span class="bar" style="width:${Math.round(200 * t.count / max)}px"></span> ${t.count}</td></tr>`).join("");
  const qrow = q => `<li>« ${esc(q.content)} » <span class="muted">— ${esc(q.speaker)}, ${esc(q.source || "")} ${esc(q.date || "")}</span> <a href="#/doc/${enc(q.doc)}">article</a></li>`;
  app.innerHTML = `<div class="card" id="entity" data-name="${esc(e.name)}">
      <h2><span class="ent ent-${esc(e.label)}">${esc(e.name)}</span> <span class="muted">${esc(e.label)}</span></h2>
      <p class="muted">${e.documents.length} article(s)</p></div>
    <div class="cols doc"><section>
      <div class="card"><h3>Mentions dans le temps</h3><table>${tl || "<tr><td class=muted>—</td></tr>"}</table></div>
      <div class="card"><h3>Citations de ${esc(e.name)}</h3><ul>${e.quotes_by.map(qrow).join("") || "<li class=muted>aucune</li>"}</ul></div>
      <div class="card"><h3>Citations à son sujet</h3><ul>${e.quotes_about.map(qrow).join("") || "<li class=muted>aucune</li>"}</ul></div>
      <div class="card"><h3>Articles</h3><ul>${e.documents.map(d => `<li>${docLink(d)} <span class="muted">${metaLine(d)}</span></li>`).join("")}</ul></div>
    </section><aside>
      <div class="card panel"><h4>Entités associées</h4><ul>${e.cooccurring.map(c => `<li>${entLink(c.name, c.label)} <span class="muted">${c.documents}</span></li>`).join("") || "<li class=muted>aucune</li>"}</ul>
      <h4>Lieux</h4><ul>${e.places.map(p => `<li>${esc(p.name)} <span class="muted">${p.documents}</span></li>`).join("") || "<li class=muted>aucun</li>"}</ul>
      <p><a href="#/?entity=${enc(e.name)}">Rechercher ses articles</a></p></div>
    </aside></div>`;
}

async function pageEntities() {
  const es = await api("/api/entities?top=100");
  app.innerHTML = `<div class="card"><h2>Entités les plus citées</h2><table><tr><th>Nom</th><th>Type</th><th>Articles</th><th>Mentions</th></tr>
    ${es.map(e => `<tr><td>${entLink(e.name, e.label)}</td><td>${esc(e.label)}</td><td>${e.documents}</td><td>${e.mentions}</td></tr>`).join("")}</table></div>`;
}

// ------------------------------------------------------------ map

async function pageMap() {
  const places = await api("/api/places?limit=2000");
  const located = places.filter(p => p.lat != null && p.lon != null);
  app.innerHTML = `<div class="card"><h2>Carte des lieux</h2>
    <p class="muted">${located.length} lieu(x) localisé(s) sur ${places.length}. <label><input type="checkbox" id="tiles"> fond de carte OpenStreetMap (nécessite internet)</label></p>
    <div id="map"></div></div>`;
  if (map) { map.remove(); map = null; }
  if (typeof L === "undefined") { fail("Leaflet n'est pas chargé"); return; }
  map = L.map("map", { worldCopyJump: true, preferCanvas: false }).setView([46.6, 2.4], 5);
  // Offline orientation: a 10° graticule instead of tiles.
  for (let lat = -80; lat <= 80; lat += 10) L.polyline([[lat, -180], [lat, 180]], { color: "#c4ced8", weight: 1, interactive: false }).addTo(map);
  for (let lon = -180; lon <= 180; lon += 10) L.polyline([[-85, lon], [85, lon]], { color: "#c4ced8", weight: 1, interactive: false }).addTo(map);
  let tiles = null;
  document.getElementById("tiles").addEventListener("change", ev => {
    if (ev.target.checked) tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 18, attribution: "© OpenStreetMap" }).addTo(map);
    else if (tiles) { tiles.remove(); tiles = null; }
  });
  const pts = [];
  for (const p of located) {
    const r = 5 + 3 * Math.sqrt(p.documents);
    L.circleMarker([p.lat, p.lon], { radius: r, color: "#1f5fbf", fillColor: "#1f5fbf", fillOpacity: .45, weight: 1, className: "place-marker" })
      .bindTooltip(`${esc(p.name)} (${p.documents})`, { permanent: located.length <= 30, direction: "right" })
      .bindPopup(`<b>${esc(p.name)}</b><br>${p.documents} article(s)<br><a href="#/entity/${enc(p.name)}">page</a> · <a href="#/?place=${enc(p.name)}">articles</a>`)
      .addTo(map);
    pts.push([p.lat, p.lon]);
  }
  if (pts.length) map.fitBounds(pts, { padding: [40, 40], maxZoom: 8 });
}

// ------------------------------------------------------------ stories

async function pageStories() {
  const ss = await api("/api/stories?limit=50");
  app.innerHTML = `<h2>Histoires</h2>` + ss.map(s => `<div class="card story" data-id="${s.id}">
      <h3><a href="#/story/${s.id}">${esc(s.title)}</a></h3>
      <div class="meta">${s.documents} article(s) · ${esc(s.first_date || "?")} → ${esc(s.last_date || "?")} · ${s.sources.map(esc).join(", ")}</div></div>`).join("");
}

async function pageStory(id) {
  const s = await api("/api/stories/" + enc(id));
  const sources = [...new Set(s.documents.map(d => d.source || "?"))];
  const figs = groupBy(s.figures, f => f.category);
  let ftable = `<table><tr><th>Catégorie</th>${sources.map(x => `<th>${esc(x)}</th>`).join("")}</tr>`;
  for (const [cat, fs] of figs) {
    ftable += `<tr><td><b>${esc(cat)}</b></td>` + sources.map(src => `<td>${fs.filter(f => (f.source || "?") === src).map(f => esc(f.text) + (f.counted ? ` <span class="muted">${esc(f.counted)}</span>` : "")).join("<br>")}</td>`).join("") + `</tr>`;
  }
  ftable += `</table>`;
  const quotes = groupBy(s.quotes, q => q.speaker);
  let qhtml = "";
  for (const [sp, qs] of quotes) qhtml += `<li>${entLink(sp)}<ul>${qs.map(q => `<li>« ${esc(q.content)} » <span class="muted">${esc(q.source || "")}</span></li>`).join("")}</ul></li>`;
  app.innerHTML = `<div class="card"><h2>${esc(s.summary.title)}</h2>
      <div class="meta">${s.summary.documents} article(s) · ${esc(s.summary.first_date || "?")} → ${esc(s.summary.last_date || "?")}</div>
      <ul>${s.documents.map(d => `<li>${docLink(d)} <span class="muted">${metaLine(d)}</span></li>`).join("")}</ul></div>
    <div class="card" id="story-figures"><h3>Chiffres selon les sources</h3>${s.figures.length ? ftable : "<p class=muted>aucun chiffre</p>"}</div>
    <div class="card"><h3>Citations</h3><ul>${qhtml || "<li class=muted>aucune</li>"}</ul></div>
    <div class="card"><h3>Entités</h3>${s.entities.map(e => entLink(e.name, e.label)).join(" · ")}</div>`;
}

// ------------------------------------------------------------ router

async function route() {
  const h = location.hash || "#/";
  const path = h.slice(1).split("?")[0];
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "doc" && parts[1]) await pageDoc(parts[1]);
    else if (parts[0] === "entity" && parts[1]) await pageEntity(parts[1]);
    else if (parts[0] === "entities") await pageEntities();
    else if (parts[0] === "map") await pageMap();
    else if (parts[0] === "stories") await pageStories();
    else if (parts[0] === "story" && parts[1]) await pageStory(parts[1]);
    else await pageSearch(parseHashQuery(h));
    document.body.dataset.page = parts[0] || "search";
  } catch (e) { fail(e); document.body.dataset.page = "error"; }
  document.body.dataset.ready = String(Date.now());
}

document.getElementById("searchform").addEventListener("submit", ev => {
  ev.preventDefault();
  const p = new URLSearchParams();
  const q = document.getElementById("q").value.trim();
  if (q) p.set("q", q);
  location.hash = searchHash(p);
});
window.addEventListener("hashchange", route);
route();
