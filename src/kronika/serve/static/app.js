/* kronika web page: map, timeline, table and the event view with its review controls.
 * Everything comes from this server's /api; nothing is loaded from elsewhere. */
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c9302c",
  "Violence against civilians": "#7b4fa3",
  "Explosions/Remote violence": "#e8821e",
  "Protests": "#2e9b4f",
  "Riots": "#8a5a2b",
  "Strategic developments": "#2f6fb0",
};
const OTHER_COLOUR = "#7f8a93";
const MAP_LIMIT = 5000;
const PAGE = 100;

const state = {
  meta: null,
  sort: "-date",
  range: null,          // {since, until} brushed on the timeline
  next: null,           // cursor of the table's next page
  token: sessionStorage.getItem("kronika-token") || "",
  reviewer: null,
  fitted: false,
};

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function colour(eventType) { return TYPE_COLOURS[eventType] || OTHER_COLOUR; }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers["Authorization"] = "Bearer " + state.token;
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : String(response.status);
    const err = new Error(message);
    err.status = response.status;
    throw err;
  }
  return body;
}

/* --- filters ---------------------------------------------------------------------- */

function filterParams(withRange = true) {
  const form = $("#filter-form");
  const params = new URLSearchParams();
  for (const name of ["q", "country", "admin1", "actor", "event_type", "sub_event_type", "since", "until",
    "min_fatalities", "min_confidence", "bbox"]) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  for (const box of form.querySelectorAll("input[name=kind]:checked")) params.append("kind", box.value);
  if (withRange && state.range) {
    const since = params.get("since"), until = params.get("until");
    params.set("since", since && since > state.range.since ? since : state.range.since);
    params.set("until", until && until < state.range.until ? until : state.range.until);
  }
  return params;
}

function fillFilterChoices(meta) {
  const kinds = $("#kinds");
  for (const kind of meta.kinds) {
    kinds.append(el("label", {}, el("input", { type: "checkbox", name: "kind", value: kind }), kind.replace("_", " ")));
  }
  const types = $("#filter-form").elements["event_type"];
  for (const t of meta.event_types) types.append(el("option", { value: t, text: t }));
  const subs = $("#filter-form").elements["sub_event_type"];
  for (const s of meta.sub_event_types) {
    subs.append(el("option", { value: s.sub_event_type, text: s.sub_event_type + " (" + s.event_type + ")" }));
  }
  const countries = $("#countries");
  for (const c of meta.countries) countries.append(el("option", { value: c }));
}

/* --- map -------------------------------------------------------------------------- */

let map, cluster, eventMap, eventMarker;

function baseMap(id, options) {
  const m = L.map(id, Object.assign({ worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }, options));
  m.attributionControl.setPrefix(false);
  m.attributionControl.addAttribution("Country outlines: Natural Earth (public domain)");
  loadOutlines().then((outlines) => {
    L.geoJSON(outlines, {
      interactive: false,
      style: { color: "#a49f93", weight: 0.7, fillColor: "#efece4", fillOpacity: 1 },
    }).addTo(m).bringToBack();
  });
  return m;
}

let outlinesPromise = null;
function loadOutlines() {
  if (!outlinesPromise) {
    outlinesPromise = fetch("/static/vendor/world-atlas/countries-50m.json")
      .then((r) => r.json())
      .then((topo) => topojson.feature(topo, topo.objects.countries));
  }
  return outlinesPromise;
}

function setupMap() {
  map = baseMap("map", { center: [20, 20], zoom: 2 });
  cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true });
  map.addLayer(cluster);
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "legend" });
    for (const [name, c] of Object.entries(TYPE_COLOURS)) {
      box.append(el("div", {}, el("span", { class: "swatch", style: "background:" + c }), name));
    }
    box.append(el("div", {}, el("span", { class: "swatch", style: "background:" + OTHER_COLOUR }), "no ACLED type"));
    return box;
  };
  legend.addTo(map);
}

function markerFor(feature) {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  const icon = L.divIcon({
    className: "ev-marker",
    html: '<span style="background:' + colour(p.event_type) + '"></span>',
    iconSize: [14, 14],
  });
  const marker = L.marker([lat, lon], { icon, title: (p.date_start || "") + " " + (p.event_type || p.kind) });
  marker.bindPopup(() => {
    const box = el("div", {},
      el("strong", { text: p.event_type || p.kind }), el("br"),
      (p.sub_event_type || "") + (p.sub_event_type ? " · " : "") + (p.date_start || "date unknown"), el("br"),
      [p.place, p.admin1, p.country].filter(Boolean).join(", "), el("br"),
      p.killed === null ? "fatalities not stated" : p.killed + " killed", el("br"),
      el("a", { href: "#/event/" + p.event_id, text: "open the event and its evidence" }));
    return box;
  });
  return marker;
}

async function loadMap() {
  const params = filterParams();
  params.set("format", "geojson");
  params.set("limit", MAP_LIMIT);
  const data = await api("/api/events?" + params);
  cluster.clearLayers();
  const markers = data.features.filter((f) => f.geometry).map(markerFor);
  cluster.addLayers(markers);
  document.body.dataset.markers = String(markers.length);
  if (!state.fitted && markers.length) {
    map.fitBounds(cluster.getBounds(), { padding: [30, 30], maxZoom: 6 });
    state.fitted = true;
  }
}

/* --- timeline --------------------------------------------------------------------- */

const DAY = 86400000;
let timeline = { buckets: [], start: 0, end: 0, unit: "day" };

function parseDay(s) { return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +(s.slice(8, 10) || 1)); }
function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }

function bucketEnd(key, unit) {
  const t = parseDay(key);
  const d = new Date(t);
  if (unit === "day") return t + DAY;
  if (unit === "week") return t + 7 * DAY;
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

async function loadTimeline() {
  const params = filterParams(false);
  params.set("by", "day");
  const days = (await api("/api/stats?" + params)).buckets.filter((b) => b.key);
  if (!days.length) { timeline = { buckets: [], start: 0, end: 0, unit: "day" }; drawTimeline(); return; }
  const first = parseDay(days[0].key), last = parseDay(days[days.length - 1].key);
  const span = (last - first) / DAY;
  const unit = span > 365 * 4 ? "year" : span > 540 ? "month" : span > 120 ? "week" : "day";
  let buckets = days;
  if (unit !== "day") {
    params.set("by", unit);
    buckets = (await api("/api/stats?" + params)).buckets.filter((b) => b.key);
  }
  const start = parseDay(buckets[0].key.length === 4 ? buckets[0].key + "-01-01" : buckets[0].key);
  const lastKey = buckets[buckets.length - 1].key;
  const end = bucketEnd(lastKey.length === 4 ? lastKey + "-01-01" : lastKey, unit);
  timeline = { buckets, start, end, unit };
  drawTimeline();
}

function drawTimeline() {
  const svg = $("#timeline");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 110;
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.replaceChildren();
  const ns = "http://www.w3.org/2000/svg";
  const { buckets, start, end, unit } = timeline;
  if (!buckets.length) {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", 10); t.setAttribute("y", 40); t.setAttribute("class", "axis");
    t.textContent = "no dated events match";
    svg.append(t);
    return;
  }
  const top = 6, bottom = height - 18;
  const x = (t) => ((t - start) / (end - start)) * width;
  const maxN = Math.max(...buckets.map((b) => b.events));
  for (const b of buckets) {
    const key = b.key.length === 4 ? b.key + "-01-01" : b.key.length === 7 ? b.key + "-01" : b.key;
    const t0 = parseDay(key), t1 = bucketEnd(key, unit);
    const inRange = !state.range || (isoDay(t1 - DAY) >= state.range.since && isoDay(t0) <= state.range.until);
    const rect = document.createElementNS(ns, "rect");
    const h = Math.max(2, ((bottom - top) * b.events) / maxN);
    rect.setAttribute("x", x(t0) + 0.5);
    rect.setAttribute("width", Math.max(1.5, x(t1) - x(t0) - 1));
    rect.setAttribute("y", bottom - h);
    rect.setAttribute("height", h);
    rect.setAttribute("class", inRange ? "bar" : "bar out");
    const title = document.createElementNS(ns, "title");
    title.textContent = b.key + ": " + b.events + " events, " + b.fatalities + " killed";
    rect.append(title);
    svg.append(rect);
  }
  const years = new Date(end).getUTCFullYear() - new Date(start).getUTCFullYear();
  const ticks = 8;
  for (let i = 0; i <= ticks; i++) {
    const t = start + ((end - start) * i) / ticks;
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", Math.min(width - 60, x(t) + 2));
    label.setAttribute("y", height - 4);
    label.setAttribute("class", "axis");
    label.textContent = years >= 3 ? isoDay(t).slice(0, 7) : isoDay(t);
    svg.append(label);
  }
  if (state.range) {
    const r = document.createElementNS(ns, "rect");
    const x0 = x(Math.max(start, parseDay(state.range.since)));
    const x1 = x(Math.min(end, parseDay(state.range.until) + DAY));
    r.setAttribute("x", x0); r.setAttribute("width", Math.max(1, x1 - x0));
    r.setAttribute("y", 0); r.setAttribute("height", bottom);
    r.setAttribute("class", "brush");
    svg.append(r);
  }
}

function setupBrush() {
  const svg = $("#timeline");
  let startX = null, rect = null;
  const toTime = (px) => {
    const w = svg.getBoundingClientRect().width;
    return timeline.start + (Math.min(Math.max(px, 0), w) / w) * (timeline.end - timeline.start);
  };
  svg.addEventListener("pointerdown", (e) => {
    if (!timeline.buckets.length) return;
    startX = e.clientX - svg.getBoundingClientRect().left;
    svg.setPointerCapture(e.pointerId);
    rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "brush");
    rect.setAttribute("y", 0);
    rect.setAttribute("height", (svg.clientHeight || 110) - 18);
    svg.append(rect);
  });
  svg.addEventListener("pointermove", (e) => {
    if (startX === null) return;
    const w = svg.getBoundingClientRect().width, vw = svg.viewBox.baseVal.width || w;
    const now = e.clientX - svg.getBoundingClientRect().left;
    const a = Math.min(startX, now) * (vw / w), b = Math.max(startX, now) * (vw / w);
    rect.setAttribute("x", a);
    rect.setAttribute("width", Math.max(1, b - a));
  });
  svg.addEventListener("pointerup", (e) => {
    if (startX === null) return;
    const now = e.clientX - svg.getBoundingClientRect().left;
    const a = Math.min(startX, now), b = Math.max(startX, now);
    startX = null;
    if (b - a < 3) { drawTimeline(); return; }
    setRange({ since: isoDay(toTime(a)), until: isoDay(toTime(b) - 1) });
  });
  svg.addEventListener("dblclick", () => setRange(null));
  $("#clear-range").addEventListener("click", () => setRange(null));
}

function setRange(range) {
  state.range = range;
  $("#clear-range").hidden = !range;
  $("#timeline-label").textContent = range
    ? "period " + range.since + " to " + range.until + " (map and table show only this period)"
    : "drag across the bars to select a period; double-click to clear";
  drawTimeline();
  Promise.all([loadMap(), loadTable()]).catch(showError);
}

/* --- table ------------------------------------------------------------------------ */

function actorNames(e) {
  return e.actors.map((a) => a.canonical || a.name).filter((v, i, all) => all.indexOf(v) === i).join("; ");
}

function statusBadge(e) {
  return e.reviewed ? el("span", { class: "badge corrected", text: "reviewed" }) : "";
}

function row(e) {
  return el("tr", { "data-id": e.event_id, onclick: () => { location.hash = "#/event/" + e.event_id; } },
    el("td", {}, e.date_start || "—", e.date_start && e.date_end !== e.date_start ? el("div", { class: "muted", text: "to " + e.date_end }) : null),
    el("td", {}, el("span", { class: "swatch", style: "background:" + colour(e.event_type) }),
      e.event_type || "—", e.sub_event_type ? el("div", { class: "muted", text: e.sub_event_type }) : null),
    el("td", { text: e.kind }),
    el("td", { text: [e.place, e.admin1].filter(Boolean).join(", ") || "—" }),
    el("td", { text: e.country || "—" }),
    el("td", { text: actorNames(e) }),
    el("td", { class: "num", text: e.killed === null ? "" : e.killed }),
    el("td", { class: "num", text: e.confidence.toFixed(2) }),
    el("td", {}, statusBadge(e)));
}

async function loadTable(append = false) {
  const params = filterParams();
  params.set("sort", state.sort);
  params.set("limit", PAGE);
  if (append && state.next) params.set("cursor", state.next);
  const data = await api("/api/events?" + params);
  const body = $("#events tbody");
  if (!append) body.replaceChildren();
  for (const e of data.events) body.append(row(e));
  state.next = data.next;
  $("#more").hidden = !data.next;
  $("#table-count").textContent = data.total + (data.total === 1 ? " event" : " events");
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.classList.toggle("sorted-asc", state.sort === th.dataset.sort);
    th.classList.toggle("sorted-desc", state.sort === "-" + th.dataset.sort);
  }
  const exportParams = filterParams();
  exportParams.set("sort", state.sort);
  exportParams.set("limit", MAP_LIMIT);
  exportParams.set("format", "acled");
  $("#export-acled").href = "/api/events?" + exportParams;
  exportParams.set("format", "geojson");
  $("#export-geojson").href = "/api/events?" + exportParams;
}

function setupTable() {
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      state.sort = state.sort === "-" + key ? key : "-" + key;
      loadTable().catch(showError);
    });
  }
  $("#more").addEventListener("click", () => loadTable(true).catch(showError));
}

/* --- the event view --------------------------------------------------------------- */

const FIELD_ROWS = [
  ["kind", "Kind"], ["event_type", "Event type"], ["sub_event_type", "Sub-event type"],
  ["date_start", "Date start"], ["date_end", "Date end"], ["date_precision", "Date precision"], ["date_text", "Date as written"],
  ["place", "Place"], ["admin1", "Region"], ["country", "Country"], ["country_code", "Country code"],
  ["latitude", "Latitude"], ["longitude", "Longitude"], ["geo_precision", "Place precision"],
  ["actors", "Actors"], ["killed", "Killed"], ["killed_perpetrators", "of them perpetrators"], ["injured", "Injured"],
  ["arrested", "Arrested"], ["attribution", "Attribution"], ["claim_disputed", "Claim disputed"], ["weapons", "Weapons"],
  ["interaction", "Interaction"], ["civilian_targeting", "Civilians targeted"], ["confidence", "Confidence"],
  ["extractor_version", "Extractor"],
];

function show(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (!value.length) return "—";
    if (typeof value[0] === "object") {
      return value.map((a) => (a.canonical || a.name) + " (" + a.role + (a.certainty && a.certainty !== "confirmed" ? ", " + a.certainty : "") + ")").join("; ");
    }
    return value.join(", ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

let current = null;

async function openEvent(eventId) {
  $("#list-view").hidden = true;
  $("#event-view").hidden = false;
  window.scrollTo(0, 0);
  let data;
  try {
    data = await api("/api/events/" + encodeURIComponent(eventId));
  } catch (err) {
    $("#event-title").textContent = "Event " + eventId + ": " + err.message;
    return;
  }
  current = data;
  renderEvent(data);
}

function renderEvent(data) {
  const e = data.event, review = data.review;
  document.title = "kronika · " + (e.event_type || e.kind) + " " + (e.date_start || "");
  $("#event-title").textContent = (e.event_type || e.kind) + (e.sub_event_type ? " · " + e.sub_event_type : "") +
    " — " + ([e.place, e.country].filter(Boolean).join(", ") || "place unknown") + ", " + (e.date_start || "date unknown");
  const badge = $("#event-status");
  badge.textContent = review.status || "not reviewed";
  badge.className = "badge " + (review.status || "");
  const table = $("#record");
  table.replaceChildren(el("tr", {}, el("th", { text: "Event id" }), el("td", { text: e.event_id })));
  for (const [name, label] of FIELD_ROWS) {
    const changed = Object.prototype.hasOwnProperty.call(review.original, name);
    const cell = el("td", { class: changed ? "reviewed" : null, "data-field": name });
    if (changed) cell.append(el("del", { title: "the extractor's value", text: show(review.original[name]) }));
    cell.append(show(e[name]));
    table.append(el("tr", {}, el("th", { text: label }), cell));
  }
  const log = $("#review-log");
  log.replaceChildren();
  for (const entry of review.entries) {
    const what = entry.field === "status" ? entry.after
      : entry.field === "incident" ? "incident: " + (entry.after === "alone" ? "split out" : entry.after === "auto" ? "as matched" : "with " + entry.after.with)
        : entry.field + ": " + show(entry.before) + " → " + show(entry.after);
    log.append(el("li", {}, el("strong", { text: entry.reviewer }), " " + entry.reviewed_at.replace("T", " ").slice(0, 16) + " — " + what +
      (entry.note ? " (" + entry.note + ")" : "")));
  }
  if (!review.entries.length) log.append(el("li", { class: "muted", text: "no reviews yet" }));
  renderReviewControls();
  renderSource(data.document);
  renderIncident(data.incident);
  renderEventMap(e);
}

function renderSource(doc) {
  const box = $("#source");
  box.replaceChildren();
  if (!doc) { box.textContent = "the document is not in the store"; return; }
  $("#source-doc").textContent = doc.document_id + (doc.published ? " · published " + doc.published : "");
  const spans = doc.evidence.filter((s) => s.in_context)
    .map((s) => [s.start - doc.start, s.end - doc.start]).sort((a, b) => a[0] - b[0]);
  if (doc.start > 0) box.append(el("span", { class: "elided", text: "[… " + doc.start + " characters before …]\n" }));
  let at = 0;
  for (const [s, t] of spans) {
    if (t <= at) continue;
    const from = Math.max(s, at);
    box.append(doc.text.slice(at, from));
    box.append(el("mark", { class: "evidence", title: "evidence", text: doc.text.slice(from, t) }));
    at = t;
  }
  box.append(doc.text.slice(at));
  if (doc.end < doc.length) box.append(el("span", { class: "elided", text: "\n[… " + (doc.length - doc.end) + " characters after …]" }));
  const first = box.querySelector("mark.evidence");
  if (first) box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 80);
}

function renderIncident(incident) {
  const list = $("#incident-members");
  list.replaceChildren();
  if (!incident || !incident.members.length) {
    list.append(el("li", { class: "muted", text: "no other source reports this incident" }));
    return;
  }
  for (const m of incident.members) {
    const ev = m.evidence && m.evidence[0] ? m.evidence[0].text : "";
    list.append(el("li", {},
      el("a", { href: "#/event/" + m.event_id, text: m.document_id }),
      " — " + (m.event_type || m.kind) + ", " + (m.date_start || "?") + (m.killed !== null ? ", " + m.killed + " killed" : ""),
      ev ? el("div", { class: "muted", text: "“" + ev.slice(0, 220) + (ev.length > 220 ? "…" : "") + "”" }) : null));
  }
}

function renderEventMap(e) {
  if (!eventMap) {
    eventMap = baseMap("event-map", { center: [20, 20], zoom: 2 });
    eventMap.on("click", (ev) => {
      if ($("#correct-field").value === "location" && !$("#review-controls").hidden) {
        const form = $("#correct-value");
        form.querySelector("[name=latitude]").value = ev.latlng.lat.toFixed(4);
        form.querySelector("[name=longitude]").value = L.Util.wrapNum(ev.latlng.lng, [-180, 180], true).toFixed(4);
      }
    });
  }
  setTimeout(() => eventMap.invalidateSize(), 0);
  if (eventMarker) eventMarker.remove();
  if (e.latitude !== null && e.longitude !== null) {
    eventMarker = L.circleMarker([e.latitude, e.longitude], { radius: 8, color: "#fff", weight: 2, fillColor: colour(e.event_type), fillOpacity: 1 }).addTo(eventMap);
    eventMap.setView([e.latitude, e.longitude], e.geo_precision === "place" ? 7 : 5);
  } else {
    eventMap.setView([20, 20], 1);
  }
}

/* --- reviewing -------------------------------------------------------------------- */

const COMPOSITE = {
  date: ["date_start", "date_end", "date_precision"],
  location: ["place", "admin1", "country", "country_code", "latitude", "longitude", "geo_precision"],
};
const BOOLEAN = ["claim_disputed", "civilian_targeting", "summary"];
const COUNTS = ["killed", "killed_perpetrators", "injured", "arrested"];

function renderReviewControls() {
  const meta = state.meta;
  const controls = $("#review-controls");
  $("#incident-controls").hidden = !(meta.writable && state.reviewer);
  if (!meta.writable) {
    $("#review-hint").textContent = "This server is read-only: start it with --token to review.";
    controls.hidden = true;
    return;
  }
  if (!state.reviewer) {
    $("#review-hint").textContent = "Sign in with a reviewer token (top right) to confirm, reject or correct this record.";
    controls.hidden = true;
    return;
  }
  $("#review-hint").textContent = "Reviewing as " + state.reviewer + ". Every change is logged with the value before it.";
  controls.hidden = false;
  const select = $("#correct-field");
  if (!select.options.length) {
    for (const f of meta.review_fields.filter((f) => f !== "status" && f !== "incident")) select.append(el("option", { value: f, text: f }));
    select.addEventListener("change", () => valueEditor(select.value));
  }
  valueEditor(select.value);
}

function input(name, value, attrs = {}) {
  const choices = state.meta.choices[name];
  if (choices) {
    const s = el("select", { name });
    for (const c of choices) s.append(el("option", { value: c, text: c, selected: c === value }));
    return s;
  }
  if (BOOLEAN.includes(name)) {
    const s = el("select", { name });
    for (const c of ["false", "true"]) s.append(el("option", { value: c, text: c, selected: String(value) === c }));
    return s;
  }
  const type = COUNTS.includes(name) ? "number" : name.startsWith("date_") ? "date" : "text";
  return el("input", Object.assign({ name, type, value: value === null || value === undefined ? "" : value, min: type === "number" ? 0 : null, step: "any" }, attrs));
}

function valueEditor(field) {
  const box = $("#correct-value");
  box.replaceChildren();
  const e = current.event;
  if (COMPOSITE[field]) {
    for (const name of COMPOSITE[field]) box.append(el("label", {}, name + " ", input(name, e[name])));
    if (field === "location") {
      const search = el("input", { type: "search", placeholder: "search the gazetteer, e.g. a town", id: "place-search" });
      const results = el("ul", { id: "place-results" });
      search.addEventListener("keydown", async (ev) => {
        if (ev.key !== "Enter") return;
        ev.preventDefault();
        const found = await api("/api/places?q=" + encodeURIComponent(search.value));
        results.replaceChildren();
        for (const p of found.places) {
          results.append(el("li", { onclick: () => {
            for (const name of COMPOSITE.location) box.querySelector("[name=" + name + "]").value = p[name] === null ? "" : p[name];
          } }, [p.place, p.admin1, p.country].filter(Boolean).join(", ") + " (" + p.geo_precision + ")"));
        }
        if (!found.places.length) results.append(el("li", { class: "muted", text: "no such place in the gazetteer" }));
      });
      box.prepend(el("p", { class: "muted", text: "Pick a place from the gazetteer (Enter to search) or click the map above to set the coordinates." }), search, results);
    }
  } else if (field === "actors" || field === "weapons") {
    box.append(el("textarea", { name: field }, JSON.stringify(e[field], null, 1)));
  } else {
    box.append(el("label", {}, "value ", input(field, e[field])));
  }
}

function readValue(field) {
  const box = $("#correct-value");
  const one = (name) => {
    const raw = box.querySelector("[name=" + name + "]").value.trim();
    if (BOOLEAN.includes(name)) return raw === "true";
    if (raw === "") return null;
    if (COUNTS.includes(name)) return Number(raw);
    if (name === "latitude" || name === "longitude") return Number(raw);
    return raw;
  };
  if (COMPOSITE[field]) return Object.fromEntries(COMPOSITE[field].map((n) => [n, one(n)]));
  if (field === "actors" || field === "weapons") return JSON.parse(box.querySelector("textarea").value);
  return one(field);
}

async function sendReview(body) {
  const message = $("#review-message");
  message.className = "";
  message.textContent = "saving…";
  try {
    await api("/api/events/" + encodeURIComponent(current.event.event_id) + "/review", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    message.textContent = "saved";
    await openEvent(current.event.event_id);
  } catch (err) {
    message.className = "error";
    message.textContent = err.message;
  }
}

function setupReview() {
  $("#confirm").addEventListener("click", () => sendReview({ action: "confirm", note: $("#correct-note").value || null }));
  $("#reject").addEventListener("click", () => sendReview({ action: "reject", note: $("#correct-note").value || null }));
  $("#split").addEventListener("click", () => sendReview({ action: "split", note: $("#correct-note").value || null }));
  $("#merge-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    sendReview({ field: "incident", value: { with: $("#merge-with").value.trim() }, note: $("#correct-note").value || null });
  });
  $("#correct-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const field = $("#correct-field").value;
    let value;
    try { value = readValue(field); } catch (err) {
      $("#review-message").className = "error";
      $("#review-message").textContent = "not valid JSON: " + err.message;
      return;
    }
    sendReview({ field, value, note: $("#correct-note").value || null });
  });
}

async function signIn(token) {
  state.token = token;
  state.reviewer = null;
  if (!token) { $("#whoami").textContent = ""; sessionStorage.removeItem("kronika-token"); return; }
  try {
    state.reviewer = (await api("/api/whoami")).reviewer;
    sessionStorage.setItem("kronika-token", token);
    $("#whoami").textContent = "signed in as " + state.reviewer;
  } catch (err) {
    $("#whoami").textContent = err.status === 401 ? "token not accepted" : err.message;
    sessionStorage.removeItem("kronika-token");
    state.token = "";
  }
}

/* --- start ------------------------------------------------------------------------ */

function showError(err) {
  $("#table-count").textContent = "error: " + err.message;
}

async function route() {
  const match = location.hash.match(/^#\/event\/([\w-]+)$/) || location.pathname.match(/^\/event\/([\w-]+)$/);
  if (match) {
    await openEvent(match[1]);
  } else {
    $("#event-view").hidden = true;
    $("#list-view").hidden = false;
    document.title = "kronika";
    map.invalidateSize();
    drawTimeline();
    await Promise.all([loadMap(), loadTable()]);
  }
  document.body.dataset.ready = "1";
}

async function reloadList() {
  await Promise.all([loadTimeline(), loadMap(), loadTable()]);
}

async function main() {
  state.meta = await api("/api/meta");
  $("#summary").textContent = state.meta.events + " events · " + state.meta.incidents + " incidents · " +
    state.meta.documents + " documents" + (state.meta.writable ? "" : " · read-only");
  fillFilterChoices(state.meta);
  setupMap();
  setupBrush();
  setupTable();
  setupReview();
  $("#token").value = state.token;
  if (state.token) await signIn(state.token);
  $("#token-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    signIn($("#token").value.trim()).then(() => { if (current && !$("#event-view").hidden) renderEvent(current); });
  });
  $("#filter-form").addEventListener("submit", (ev) => { ev.preventDefault(); state.fitted = false; reloadList().catch(showError); });
  $("#reset").addEventListener("click", () => setTimeout(() => { state.range = null; setRange(null); loadTimeline(); }, 0));
  $("#bbox-from-map").addEventListener("click", () => {
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(3);
    $("#filter-form").elements["bbox"].value = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].join(",");
  });
  $("#back").addEventListener("click", (ev) => { ev.preventDefault(); history.pushState(null, "", "/"); route(); });
  window.addEventListener("hashchange", () => route().catch(showError));
  window.addEventListener("resize", drawTimeline);
  await loadTimeline();
  await route();
}

main().catch(showError);
