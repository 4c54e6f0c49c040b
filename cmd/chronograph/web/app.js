// Chronograph's page: an interactive timeline and entity graph over the
// JSON API of `chronograph serve`. Everything from the graph (names,
// titles, sentences) is inserted as text nodes, never as HTML.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const KIND_COLOUR = { person: '#6ea8fe', organization: '#ffc94d', place: '#7fd67f', other: '#bbbbbb' };
  const TYPE_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  const DAY = 86400000;

  const $ = (id) => document.getElementById(id);
  const state = {
    filter: {}, events: [], dated: [], lanes: [], view: null, full: null,
    graph: null, pos: [], selected: null, neighbours: new Set(), entityEvents: null, selectedEvent: null,
  };
  // Test hooks and status for the browser test.
  const hooks = window.chronograph = { ready: { timeline: false, graph: false }, errors: [] };

  // el builds an element; string children become text nodes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function status(msg) { $('status').textContent = msg || ''; }

  async function api(path, params) {
    const u = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) if (v) u.searchParams.set(k, v);
    const r = await fetch(u, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
    return body;
  }
  function filterParams(withEntity) {
    const f = Object.assign({}, state.filter);
    if (!withEntity) delete f.entity;
    return f;
  }
  function fail(err) { hooks.errors.push(String(err && err.message || err)); status(String(err && err.message || err)); }

  // ---- Timeline ----------------------------------------------------------

  function eventTime(ev) {
    const d = ev.earliest || ev.date;
    if (!d) return null;
    const t = Date.parse(d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
    return isNaN(t) ? null : t;
  }

  async function loadTimeline() {
    const data = await api('/api/timeline', filterParams(true));
    state.events = data.events;
    state.dated = data.events.filter((e) => eventTime(e) !== null);
    const counts = new Map();
    for (const e of state.dated) counts.set(e.type, (counts.get(e.type) || 0) + 1);
    state.lanes = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
    if (state.dated.length) {
      let lo = Infinity, hi = -Infinity;
      for (const e of state.dated) { const t = eventTime(e); lo = Math.min(lo, t); hi = Math.max(hi, t); }
      const pad = Math.max((hi - lo) * 0.05, 3 * DAY);
      state.full = [lo - pad, hi + pad];
    } else {
      state.full = [Date.now() - 30 * DAY, Date.now()];
    }
    state.view = state.full.slice();
    drawTimeline();
    drawEventList();
    hooks.ready.timeline = true;
  }

  function drawTimeline() {
    const root = $('timeline');
    clear(root);
    const width = Math.max(300, $('timeline-wrap').clientWidth || 600);
    const laneH = 22, top = 24, left = 90;
    const height = top + Math.max(1, state.lanes.length) * laneH + 8;
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    root.setAttribute('height', height);
    const [t0, t1] = state.view;
    const x = (t) => left + (t - t0) / (t1 - t0) * (width - left - 10);
    state.lanes.forEach((type, i) => {
      root.append(svg('rect', { class: 'lane', x: 0, y: top + i * laneH, width, height: laneH - 2 }));
      const label = svg('text', { class: 'lane-label', x: 4, y: top + i * laneH + 14 });
      label.textContent = type;
      root.append(label);
    });
    for (const t of ticks(t0, t1, width)) {
      root.append(svg('line', { class: 'tick', x1: x(t.t), x2: x(t.t), y1: top - 4, y2: height }));
      const label = svg('text', { class: 'tick-label', x: x(t.t) + 2, y: 12 });
      label.textContent = t.label;
      root.append(label);
    }
    state.dated.forEach((ev) => {
      const t = eventTime(ev);
      if (t < t0 || t > t1) return;
      const lane = state.lanes.indexOf(ev.type);
      const c = svg('circle', {
        class: 'event', cx: x(t).toFixed(1), cy: top + lane * laneH + 10, r: 4 + Math.min(5, ev.sources.length),
        fill: TYPE_COLOURS[lane % TYPE_COLOURS.length], 'data-id': ev.id, 'data-type': ev.type,
      });
      if (state.entityEvents && !state.entityEvents.has(ev.id)) c.classList.add('dim');
      if (state.selectedEvent === ev.id) c.classList.add('sel');
      const tip = svg('title');
      tip.textContent = `${ev.date} ${ev.type}: ${ev.title}`;
      c.append(tip);
      c.addEventListener('click', (e) => { e.stopPropagation(); showEvent(ev); });
      root.append(c);
    });
  }

  function ticks(t0, t1, width) {
    const span = t1 - t0, out = [];
    const months = span / (30 * DAY);
    const maxTicks = Math.max(2, Math.floor(width / 90));
    let d = new Date(t0);
    if (months > maxTicks) {
      const stepM = Math.ceil(months / maxTicks);
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      while (d.getTime() <= t1) {
        if (d.getTime() >= t0) out.push({ t: d.getTime(), label: d.toISOString().slice(0, 7) });
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + stepM, 1));
      }
    } else {
      const stepD = Math.max(1, Math.ceil(span / DAY / maxTicks));
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      while (d.getTime() <= t1) {
        if (d.getTime() >= t0) out.push({ t: d.getTime(), label: d.toISOString().slice(0, 10) });
        d = new Date(d.getTime() + stepD * DAY);
      }
    }
    return out;
  }

  function zoom(factor, centre) {
    const [t0, t1] = state.view;
    const c = centre === undefined ? (t0 + t1) / 2 : centre;
    const span = Math.max(2 * DAY, Math.min((t1 - t0) * factor, 200 * 365 * DAY));
    const f = (c - t0) / (t1 - t0);
    state.view = [c - span * f, c + span * (1 - f)];
    drawTimeline();
  }

  function setupTimelineControls() {
    $('zoom-in').addEventListener('click', () => zoom(0.5));
    $('zoom-out').addEventListener('click', () => zoom(2));
    $('zoom-reset').addEventListener('click', () => { state.view = state.full.slice(); drawTimeline(); });
    const wrap = $('timeline-wrap');
    const timeAt = (clientX) => {
      const r = wrap.getBoundingClientRect();
      const width = Math.max(300, wrap.clientWidth || 600);
      const px = (clientX - r.left) * width / r.width;
      const [t0, t1] = state.view;
      return t0 + (px - 90) / (width - 100) * (t1 - t0);
    };
    wrap.addEventListener('wheel', (e) => { e.preventDefault(); zoom(e.deltaY < 0 ? 0.8 : 1.25, timeAt(e.clientX)); }, { passive: false });
    let drag = null;
    wrap.addEventListener('mousedown', (e) => { drag = { x: e.clientX, view: state.view.slice() }; });
    window.addEventListener('mouseup', () => { drag = null; });
    window.addEventListener('mousemove', (e) => {
      if (!drag) return;
      const r = wrap.getBoundingClientRect();
      const dt = (e.clientX - drag.x) / r.width * (drag.view[1] - drag.view[0]);
      if (Math.abs(e.clientX - drag.x) < 3) return;
      state.view = [drag.view[0] - dt, drag.view[1] - dt];
      drawTimeline();
    });
  }

  function drawEventList() {
    const list = $('event-list');
    clear(list);
    const shown = state.events.slice(0, 500);
    for (const ev of shown) {
      const li = el('li', { 'data-id': ev.id },
        el('button', { type: 'button', class: 'link', onclick: () => showEvent(ev) },
          `${ev.date || 'undated'} · ${ev.type} · ${ev.title}`));
      if (state.entityEvents && !state.entityEvents.has(ev.id)) li.classList.add('dim');
      list.append(li);
    }
    if (state.events.length > shown.length) list.append(el('li', { class: 'hint' }, `… ${state.events.length - shown.length} more`));
    if (!state.events.length) list.append(el('li', { class: 'hint' }, 'no events match'));
  }

  function showEvent(ev) {
    state.selectedEvent = ev.id;
    drawTimeline();
    const panel = $('panel');
    clear(panel);
    panel.dataset.show = 'event';
    panel.dataset.id = ev.id;
    panel.append(el('h2', { id: 'panel-title' }, ev.title));
    const when = ev.date || (ev.earliest || ev.latest ? `${ev.earliest || '…'} – ${ev.latest || '…'}` : 'undated');
    panel.append(el('p', { class: 'meta' }, `${when} · ${ev.type}${ev.lemma ? ' (' + ev.lemma + ')' : ''}` +
      `${ev.factuality ? ' · ' + ev.factuality : ''} · confidence ${ev.confidence.toFixed(2)}`));
    panel.append(el('h3', {}, 'Participants'));
    const ul = el('ul');
    for (const p of ev.participants) {
      ul.append(el('li', {}, el('button', { type: 'button', class: 'link kind-' + p.kind, onclick: () => selectEntity(p.id) }, p.name || p.id),
        ` (${p.kind}, ${p.role})`));
    }
    if (!ev.participants.length) ul.append(el('li', { class: 'hint' }, 'none'));
    panel.append(ul);
    panel.append(el('h3', {}, `Sources (${ev.sources.length})`));
    const sl = el('ul', { id: 'sources' });
    for (const s of ev.sources) {
      sl.append(el('li', {}, el('blockquote', { class: 'sentence' }, s.sentence),
        el('span', { class: 'meta' }, `${s.title || s.document}${s.published ? ' · published ' + s.published : ''}${s.date ? ' · dates it ' + s.date : ''}`)));
    }
    panel.append(sl);
    for (const c of ev.conflicts || []) {
      panel.append(el('p', { class: 'meta' }, `conflict: ${c.sources.length} source(s) date it ${c.date}`));
    }
  }

  // ---- Entity graph ------------------------------------------------------

  async function loadGraph() {
    const data = await api('/api/graph', Object.assign({ limit: '120' }, filterParams(false)));
    state.graph = data;
    layout(data);
    drawGraph();
    drawEntityList(data);
    hooks.ready.graph = true;
    $('graph').dataset.nodes = String(data.nodes.length);
  }

  // layout places the nodes with a deterministic Fruchterman–Reingold
  // force layout: same graph, same picture.
  function layout(g) {
    const n = g.nodes.length, W = 640, H = 480;
    const idx = new Map(g.nodes.map((nd, i) => [nd.id, i]));
    const pos = g.nodes.map((_, i) => {
      const a = 2 * Math.PI * i / Math.max(1, n), r = 0.35 * Math.min(W, H) * (0.5 + 0.5 * ((i * 7919) % 97) / 97);
      return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
    });
    const edges = g.edges.map((e) => [idx.get(e.from), idx.get(e.to), e.weight]).filter((e) => e[0] !== undefined && e[1] !== undefined);
    const k = Math.sqrt(W * H / Math.max(1, n)) * 0.45;
    // Gravity keeps unlinked components on the canvas, near the centre.
    const gravity = 0.3 * Math.sqrt(Math.max(1, n));
    let temp = W / 8;
    for (let it = 0; it < 300; it++) {
      const dx = new Float64Array(n), dy = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ddx = pos[i].x - pos[j].x, ddy = pos[i].y - pos[j].y;
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 < 0.01) { ddx = 0.1 * ((i % 3) - 1) + 0.05; ddy = 0.1; d2 = 0.02; }
          const f = k * k / d2;
          dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
        }
      }
      for (const [a, b, w] of edges) {
        const ddx = pos[a].x - pos[b].x, ddy = pos[a].y - pos[b].y;
        const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
        const f = d / k * Math.min(3, 1 + Math.log(w));
        dx[a] -= ddx * f; dy[a] -= ddy * f; dx[b] += ddx * f; dy[b] += ddy * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] += (W / 2 - pos[i].x) * gravity; dy[i] += (H / 2 - pos[i].y) * gravity;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const step = Math.min(d, temp);
        pos[i].x = Math.min(W - 20, Math.max(20, pos[i].x + dx[i] / d * step));
        pos[i].y = Math.min(H - 20, Math.max(20, pos[i].y + dy[i] / d * step));
      }
      temp = Math.max(1, temp * 0.985);
    }
    state.pos = pos;
    state.edges = edges;
  }

  function radius(nd) { return 4 + Math.min(14, Math.sqrt(nd.pagerank * 400)); }

  function drawGraph() {
    const cv = $('graph'), g = state.graph;
    const ratio = window.devicePixelRatio || 1;
    cv.width = 640 * ratio; cv.height = 480 * ratio;
    const ctx = cv.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, 640, 480);
    if (!g || !g.nodes.length) {
      ctx.fillStyle = '#6b7580';
      ctx.fillText('no linked entities', 20, 30);
      return;
    }
    const focus = state.selected;
    const near = (i) => !focus || g.nodes[i].id === focus || state.neighbours.has(g.nodes[i].id);
    for (const [a, b, w] of state.edges) {
      const on = focus && (g.nodes[a].id === focus || g.nodes[b].id === focus);
      ctx.strokeStyle = on ? 'rgba(200,60,40,0.8)' : focus ? 'rgba(120,130,140,0.12)' : 'rgba(120,130,140,0.45)';
      ctx.lineWidth = Math.min(5, 0.6 + Math.log(1 + w));
      ctx.beginPath(); ctx.moveTo(state.pos[a].x, state.pos[a].y); ctx.lineTo(state.pos[b].x, state.pos[b].y); ctx.stroke();
    }
    g.nodes.forEach((nd, i) => {
      const p = state.pos[i];
      ctx.globalAlpha = near(i) ? 1 : 0.25;
      ctx.beginPath(); ctx.arc(p.x, p.y, radius(nd), 0, 2 * Math.PI);
      ctx.fillStyle = KIND_COLOUR[nd.kind] || KIND_COLOUR.other; ctx.fill();
      ctx.lineWidth = nd.id === focus ? 3 : 1; ctx.strokeStyle = nd.id === focus ? '#c83c28' : '#334'; ctx.stroke();
    });
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#1d232b';
    g.nodes.forEach((nd, i) => {
      if (i < 25 || nd.id === focus || state.neighbours.has(nd.id)) {
        ctx.globalAlpha = near(i) ? 1 : 0.3;
        ctx.fillText(nd.name, state.pos[i].x + radius(nd) + 2, state.pos[i].y + 4);
      }
    });
    ctx.globalAlpha = 1;
  }

  function nodeAt(clientX, clientY) {
    const cv = $('graph'), r = cv.getBoundingClientRect();
    const x = (clientX - r.left) * 640 / r.width, y = (clientY - r.top) * 480 / r.height;
    let best = -1, bestD = Infinity;
    state.graph.nodes.forEach((nd, i) => {
      const d = Math.hypot(state.pos[i].x - x, state.pos[i].y - y);
      if (d < radius(nd) + 4 && d < bestD) { best = i; bestD = d; }
    });
    return best;
  }
  hooks.nodeScreenPosition = (id) => {
    const i = state.graph ? state.graph.nodes.findIndex((n) => n.id === id) : -1;
    if (i < 0) return null;
    const r = $('graph').getBoundingClientRect();
    return { x: r.left + state.pos[i].x * r.width / 640, y: r.top + state.pos[i].y * r.height / 480 };
  };

  function drawEntityList(g) {
    const list = $('entity-list');
    clear(list);
    for (const nd of g.nodes.slice(0, 30)) {
      list.append(el('li', {}, el('button', { type: 'button', class: 'link kind-' + nd.kind, 'data-id': nd.id, onclick: () => selectEntity(nd.id) }, nd.name),
        el('span', { class: 'meta' }, ` ${nd.kind} · ${nd.events} events · PageRank ${nd.pagerank.toFixed(3)}`)));
    }
    if (!g.nodes.length) list.append(el('li', { class: 'hint' }, 'no entities with events'));
  }

  async function selectEntity(id) {
    try {
      const prof = await api('/api/entity', Object.assign({ name: id }, filterParams(false)));
      state.selected = prof.entity.id;
      state.neighbours = new Set(prof.related.map((r) => r.entity.id));
      state.entityEvents = new Set(prof.events.map((e) => e.id));
      drawGraph();
      drawTimeline();
      drawEventList();
      showProfile(prof);
    } catch (err) { fail(err); }
  }

  function showProfile(prof) {
    const e = prof.entity, panel = $('panel');
    clear(panel);
    panel.dataset.show = 'entity';
    panel.dataset.id = e.id;
    panel.append(el('h2', { id: 'panel-title', class: 'kind-' + e.kind }, e.name));
    panel.append(el('p', { class: 'meta' }, `${e.kind} · ${e.mentions} mentions in ${(e.documents || []).length} documents` +
      (e.first_seen ? ` · seen ${e.first_seen} – ${e.last_seen}` : '')));
    if (e.aliases && e.aliases.length) panel.append(el('p', { class: 'meta' }, 'also: ' + e.aliases.join(', ')));
    panel.append(el('button', { type: 'button', onclick: () => { $('f-entity').value = e.name; applyFilters(); } }, 'Only this entity on the timeline'));
    panel.append(el('button', { type: 'button', onclick: () => clearSelection() }, 'Clear selection'));
    panel.append(el('h3', {}, `Related (${prof.related.length})`));
    const rl = el('ul', { id: 'related' });
    for (const r of prof.related) {
      const dir = r.relation.from === e.id ? '→' : r.relation.to === e.id ? '←' : '—';
      const when = r.relation.first ? ` ${r.relation.first}${r.relation.last && r.relation.last !== r.relation.first ? '..' + r.relation.last : ''}` : '';
      rl.append(el('li', {}, `${dir} ${r.relation.kind} `,
        el('button', { type: 'button', class: 'link kind-' + r.entity.kind, onclick: () => selectEntity(r.entity.id) }, r.entity.name || r.entity.id),
        el('span', { class: 'meta' }, ` ×${r.relation.weight}${when}`)));
    }
    if (!prof.related.length) rl.append(el('li', { class: 'hint' }, 'no relations'));
    panel.append(rl);
    panel.append(el('h3', {}, `Events (${prof.events.length})`));
    const el2 = el('ul', { id: 'entity-events' });
    for (const ev of prof.events) {
      const tj = { id: ev.id, type: ev.type, lemma: ev.lemma, date: ev.date.value || '', earliest: ev.date.earliest, latest: ev.date.latest,
        title: ev.title, factuality: ev.factuality, participants: ev.participants || [], sources: ev.sources || [], conflicts: ev.conflicts, confidence: ev.confidence || 0 };
      el2.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => showEvent(tj) }, `${tj.date || 'undated'} · ${ev.type} · ${ev.title}`)));
    }
    panel.append(el2);
  }

  function clearSelection() {
    state.selected = null; state.neighbours = new Set(); state.entityEvents = null;
    drawGraph(); drawTimeline(); drawEventList();
    const panel = $('panel');
    clear(panel);
    panel.append(el('p', { class: 'hint' }, 'Select an event or an entity.'));
  }

  async function findPath(ev) {
    ev.preventDefault();
    const a = $('p-a').value.trim(), b = $('p-b').value.trim();
    if (!a || !b) { status('give two entities'); return; }
    const panel = $('panel');
    try {
      const res = await api('/api/path', Object.assign({ a, b, max: '3' }, filterParams(false)));
      clear(panel);
      panel.dataset.show = 'path';
      panel.append(el('h2', { id: 'panel-title' }, `Paths (${res.paths.length})`));
      for (const p of res.paths) {
        panel.append(el('h3', {}, p.entities.map((x) => x.name || x.id).join(' → ')));
        const ul = el('ul');
        p.hops.forEach((h, i) => {
          const li = el('li', {}, `${p.entities[i].name} — ${h.relations.map((r) => r.kind).join(', ')} — ${p.entities[i + 1].name}`);
          const evs = el('ul');
          for (const e of h.events) evs.append(el('li', { class: 'meta' }, `${e.date || 'undated'} ${e.type}: ${e.title}`));
          li.append(evs);
          ul.append(li);
        });
        panel.append(ul);
      }
      status('');
    } catch (err) { fail(err); }
  }

  // ---- Filters -----------------------------------------------------------

  async function loadChoices() {
    const ents = await api('/api/entities');
    const dl = $('entity-names');
    clear(dl);
    for (const e of ents.entities.slice(0, 2000)) { const o = document.createElement('option'); o.value = e.name; dl.append(o); }
    const types = new Set();
    for (const e of (await api('/api/timeline')).events) types.add(e.type);
    const sel = $('f-type');
    for (const t of [...types].sort()) { const o = document.createElement('option'); o.value = t; o.textContent = t; sel.append(o); }
  }

  async function applyFilters(ev) {
    if (ev) ev.preventDefault();
    state.filter = {
      entity: $('f-entity').value.trim(), type: $('f-type').value, kind: $('f-kind').value,
      from: $('f-from').value, to: $('f-to').value, as_of: $('f-asof').value,
    };
    state.selected = null; state.neighbours = new Set(); state.entityEvents = null; state.selectedEvent = null;
    status('loading…');
    try {
      await Promise.all([loadTimeline(), loadGraph()]);
      status(`${state.events.length} events (${state.events.length - state.dated.length} undated), ${state.graph.nodes.length} of ${state.graph.total} entities drawn`);
    } catch (err) { fail(err); }
  }

  function init() {
    setupTimelineControls();
    $('filters').addEventListener('submit', applyFilters);
    $('reset').addEventListener('click', () => { $('filters').reset(); applyFilters(); });
    $('pathform').addEventListener('submit', findPath);
    $('graph').addEventListener('click', (e) => {
      if (!state.graph) return;
      const i = nodeAt(e.clientX, e.clientY);
      if (i >= 0) selectEntity(state.graph.nodes[i].id); else clearSelection();
    });
    window.addEventListener('resize', () => { if (state.view) drawTimeline(); });
    applyFilters();
    loadChoices().catch(fail);
  }
  init();
})();
