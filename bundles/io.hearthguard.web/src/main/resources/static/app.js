// Hearthguard dashboard: a small hash-routed single page, no dependencies, no build step.
// All text from the hub goes into the page through textContent (never innerHTML).

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const menu = document.getElementById('menu-toggle');
menu.addEventListener('click', () => { const open = nav.classList.toggle('open'); menu.setAttribute('aria-expanded', String(open)); });
let csrf = null;
let events = null;

/** Creates an element: h('a', {href: '#'}, 'text', child…). */
function h(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (k === 'style') e.style.cssText = v; // CSSOM, allowed by the CSP (style attributes are not)
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}

class ApiError extends Error {
  constructor(status, problem) { super(problem.detail || problem.title || ('HTTP ' + status)); this.status = status; this.problem = problem; }
}

async function api(path, opts = {}) {
  const init = { method: opts.method || 'GET', headers: {}, credentials: 'same-origin' };
  if (opts.json !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(opts.json); }
  if (init.method !== 'GET' && csrf) init.headers['X-CSRF-Token'] = csrf;
  const r = await fetch('/api' + path, init);
  if (r.status === 204) return null;
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    if (r.status === 401 && !path.startsWith('/login') && !path.startsWith('/setup')) { csrf = null; go('#/login'); }
    throw new ApiError(r.status, body);
  }
  return body;
}

function message(text, ok = false) {
  return h('div', { class: ok ? 'msg ok' : 'msg', role: ok ? 'status' : 'alert' }, text);
}

function page(title, ...content) {
  // absent parts (null, undefined, false) are left out, never written as text ("null")
  main.replaceChildren(h('h1', {}, title), ...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  labelTables(main);
  document.title = title + ' · Hearthguard';
}

/** Gives each cell its column's name, shown before the value when a phone stacks the table's rows as cards. */
function labelTables(root) {
  for (const t of root.querySelectorAll('table')) {
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent);
    for (const tr of t.querySelectorAll('tbody tr')) {
      [...tr.children].forEach((td, i) => { if (heads[i] && !td.hasAttribute('colspan')) td.dataset.label = heads[i]; });
    }
  }
}

function go(hash) { if (location.hash !== hash) location.hash = hash; else route(); }

const fmtTime = (s) => s ? new Date(s).toLocaleString() : '—';
const sev = (s) => h('span', { class: 'sev ' + s }, s);

function bytes(n) {
  const u = ['B', 'KB', 'MB', 'GB', 'TB']; let i = 0;
  while (n >= 1000 && i < u.length - 1) { n /= 1000; i++; }
  return (i ? n.toFixed(1) : n) + ' ' + u[i];
}

// ------------------------------------------------------------------ setup and login

function setupPage(params) {
  const err = h('div');
  const f = h('form', { id: 'setup-form' },
    h('p', {}, 'No administrator exists yet. Enter the one-time setup code printed on the hub\'s console and choose a password.'),
    h('label', {}, 'Setup code', h('input', { name: 'code', id: 'setup-code', required: true, autocomplete: 'one-time-code', value: params.get('code') || '' })),
    h('label', {}, 'User name', h('input', { name: 'username', id: 'setup-user', required: true, autocomplete: 'username', value: 'admin' })),
    h('label', {}, 'Password (at least 10 characters)', h('input', { name: 'password', id: 'setup-password', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' })),
    h('button', { class: 'primary', type: 'submit' }, 'Create administrator'), err);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    try {
      const r = await api('/setup', { method: 'POST', json: { code: d.get('code'), username: d.get('username'), password: d.get('password') } });
      csrf = r.csrfToken; go('#/home');
    } catch (e) { err.replaceChildren(message(e.message)); }
  });
  page('Set up Hearthguard', f);
}

function loginPage() {
  const err = h('div');
  const f = h('form', { id: 'login-form' },
    h('label', {}, 'User name', h('input', { name: 'username', id: 'login-user', required: true, autocomplete: 'username' })),
    h('label', {}, 'Password', h('input', { name: 'password', id: 'login-password', type: 'password', required: true, autocomplete: 'current-password' })),
    h('details', {}, h('summary', {}, 'Locked out?'),
      h('label', {}, 'Recovery code printed on the hub\'s console', h('input', { name: 'recoveryCode', id: 'login-recovery', autocomplete: 'off' }))),
    h('button', { class: 'primary', type: 'submit' }, 'Log in'), err);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    try {
      const body = { username: d.get('username'), password: d.get('password') };
      if (d.get('recoveryCode')) body.recoveryCode = d.get('recoveryCode');
      const r = await api('/login', { method: 'POST', json: body });
      csrf = r.csrfToken; go('#/home');
    } catch (e) { err.replaceChildren(message(e.message)); }
  });
  page('Log in', f);
}

// ------------------------------------------------------------------ home

/** What happened to a finding with the score's last change, in words. */
const SCORE_CHANGE = { new: 'new', resolved: 'fixed', muted: 'muted', acknowledged: 'seen', open: 'open' };

/** The score over time, one step per change, on a time axis (SVG, scaled to the card's width). */
function scoreTrend(history) {
  if (history.length < 2) return h('p', { class: 'muted', id: 'score-trend' }, 'The trend shows once the score has changed.');
  const W = 300, H = 60, P = 4;
  const t = history.map((p) => Date.parse(p.at));
  const t0 = t[0], span = Math.max(1, Date.now() - t0);
  const lo = Math.min(...history.map((p) => p.score)), hi = Math.max(...history.map((p) => p.score));
  const floor = Math.max(0, lo - 10); // the line spans the scores it had, down to ten below the lowest: a 15-point fall is visible
  const x = (v) => P + (W - 2 * P) * (v - t0) / span, y = (v) => P + (H - 2 * P) * (100 - v) / (100 - floor);
  const pts = [];
  history.forEach((p, i) => { if (i) pts.push(x(t[i]).toFixed(1) + ',' + y(history[i - 1].score).toFixed(1)); pts.push(x(t[i]).toFixed(1) + ',' + y(p.score).toFixed(1)); });
  pts.push((W - P) + ',' + y(history[history.length - 1].score).toFixed(1));
  return h('figure', { class: 'score-trend-box' }, sv('svg', { id: 'score-trend', class: 'score-trend', viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'none', role: 'img',
    'aria-label': 'Score since ' + fmtTime(history[0].at) + ': ' + history.length + ' changes, between ' + lo + ' and ' + hi + ', now ' + history[history.length - 1].score },
    sv('line', { x1: P, x2: W - P, y1: y(100), y2: y(100), class: 'top' }), sv('polyline', { points: pts.join(' ') })),
    h('figcaption', { class: 'muted small' }, 'Since ' + fmtTime(history[0].at) + ': between ' + lo + ' and ' + hi + ' (the dotted line is 100)'));
}

/** The home score card: the score, its trend and the reasons of its last change (the hygiene checks' score). */
async function scoreCard() {
  const card = (...kids) => h('section', { class: 'card', id: 'home-score', 'aria-labelledby': 'c0' }, h('h2', { id: 'c0' }, 'Home score'), ...kids);
  let s;
  try { s = await api('/score'); } catch (e) {
    return card(h('p', { class: 'muted' }, e.status === 501 ? 'The hygiene checks that score your home are not running in this hub.' : e.message));
  }
  const c = s.lastChange;
  const change = c
    ? h('div', { id: 'score-change' }, h('p', {}, (c.to < c.from ? 'Down' : 'Up') + ' from ' + c.from + ' to ' + c.to + ' on ' + fmtTime(c.at) + (c.reasons.length ? ':' : '.')),
      c.reasons.length ? h('ul', {}, c.reasons.map((r) => h('li', {}, h('a', { href: '#/findings/' + r.findingId }, r.summary),
        ' (' + r.device + ', ' + (SCORE_CHANGE[r.change] || r.change) + ')'))) : null)
    : h('p', { class: 'muted', id: 'score-change' }, 'It has not changed yet.');
  return card(h('div', { class: 'big', id: 'home-score-value' }, s.score + ' / 100'), scoreTrend(s.history), change,
    s.reasons.length ? h('p', { class: 'small' }, 'To win points back: ' + s.reasons[0].action + (s.reasons.length > 1 ? ' (and ' + plural(s.reasons.length - 1, 'more thing') + ' to fix)' : '')) : null);
}

async function homePage() {
  const s = await api('/summary');
  const score = await scoreCard();
  const sevBars = Object.entries(s.openFindingsBySeverity).reverse().map(([k, v]) =>
    h('div', { class: 'bar' }, h('span', {}, sev(k)), h('div', { class: 'fill', style: 'width:' + Math.min(100, v * 8) + '%' }), h('b', {}, v)));
  const types = Object.entries(s.devicesByType);
  const speakers = s.speakers.length
    ? h('ul', { id: 'home-speakers' }, s.speakers.map((sp) => h('li', {}, h('a', { href: '#/devices/' + sp.id }, sp.name), sp.room ? ' (' + sp.room + ')' : '', ' — ',
        sp.worstFinding ? [h('a', { href: '#/findings/' + sp.worstFinding.id }, h('b', {}, sp.worstFinding.title)),
          sp.openFindings > 1 ? ' and ' + plural(sp.openFindings - 1, 'other open finding') : '']
          : 'nothing suspicious')))
    : h('p', { class: 'muted' }, s.inventoryAvailable ? 'No smart speakers found.' : 'Device discovery is not running.');
  const state = s.openFindingsBySeverity.critical + s.openFindingsBySeverity.high > 0 ? 'Needs attention' : 'No urgent findings';
  page('Security at a glance',
    h('div', { class: 'cards' },
      h('section', { class: 'card', 'aria-labelledby': 'c1' }, h('h2', { id: 'c1' }, 'State'), h('div', { class: 'big', id: 'home-state' }, state),
        h('p', {}, h('a', { href: '#/findings' }, s.openFindings + ' open finding(s)'))),
      score,
      h('section', { class: 'card', 'aria-labelledby': 'c2' }, h('h2', { id: 'c2' }, 'Open findings by severity'), sevBars),
      h('section', { class: 'card', 'aria-labelledby': 'c3' }, h('h2', { id: 'c3' }, 'Devices by type'),
        types.length ? h('ul', {}, types.map(([t, n]) => h('li', {}, t + ': ' + n))) : h('p', { class: 'muted' }, s.inventoryAvailable ? 'No devices yet.' : 'Device discovery is not running.'),
        h('p', {}, h('a', { href: '#/devices' }, s.devices + ' device(s)'))),
      h('section', { class: 'card', 'aria-labelledby': 'c4' }, h('h2', { id: 'c4' }, 'Smart speakers'), speakers)));
}

// ------------------------------------------------------------------ devices

async function devicesPage() {
  const d = await api('/devices');
  const rows = d.items.sort((a, b) => (b.lastSeen || '').localeCompare(a.lastSeen || '')).map((x) =>
    h('tr', { tabindex: 0, 'data-id': x.id, onclick: () => go('#/devices/' + x.id), onkeydown: (e) => { if (e.key === 'Enter') go('#/devices/' + x.id); } },
      h('td', {}, h('a', { href: '#/devices/' + x.id }, x.name)), h('td', {}, x.room || '—'), h('td', {}, typeName(x.type)), h('td', { class: 'hide-narrow' }, x.vendor || '—'),
      h('td', {}, fmtTime(x.lastSeen))));
  page('Devices', d.available ? null : message('Device discovery is not running in this hub; no devices are known.'),
    h('p', { class: 'muted' }, 'Open a device to give it a name and a room, or to correct its type.'),
    h('table', { id: 'devices' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Room'), h('th', {}, 'Type'), h('th', { class: 'hide-narrow' }, 'Maker'), h('th', {}, 'Last seen'))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No devices.')))));
}

const TYPES = ['smart-speaker', 'camera', 'tv', 'phone', 'tablet', 'computer', 'printer', 'router', 'hub', 'plug', 'light', 'lock', 'thermostat', 'sensor', 'console', 'nas', 'wearable', 'appliance', 'unknown'];

/** Name, room and type as the family knows the device. */
function labelForm(d) {
  const out = h('div', { id: 'label-result', 'aria-live': 'polite' });
  const type = h('select', { name: 'type', id: 'label-type' }, h('option', { value: '' }, 'as discovered (' + typeName(d.discoveredType) + ')'),
    TYPES.map((t) => h('option', { value: t, selected: d.typeSetByYou && d.type === t }, typeName(t))));
  const f = h('form', { id: 'label-form' },
    h('label', {}, 'Name', h('input', { name: 'name', id: 'label-name', maxlength: 64, value: d.namedByYou ? d.name : '', placeholder: d.discoveredName })),
    h('label', {}, 'Room', h('input', { name: 'room', id: 'label-room', maxlength: 40, value: d.room || '', placeholder: 'e.g. Kitchen' })),
    h('label', {}, 'Type', type),
    h('button', { class: 'primary', type: 'submit' }, 'Save'), out);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = new FormData(f);
    try {
      const r = await api('/devices/' + encodeURIComponent(d.id) + '/label', { method: 'POST', json: { name: v.get('name'), room: v.get('room'), type: v.get('type') } });
      main.querySelector('h1').textContent = r.name;
      out.replaceChildren(message('Saved. Hearthguard now calls it "' + r.name + '"' + (r.room ? ' in the ' + r.room : '') + '.', true));
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  return f;
}

const SVG = 'http://www.w3.org/2000/svg';
function sv(tag, attrs = {}, ...kids) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

const hhmm = (t) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const RANGES = [['all', 'everything kept'], ['360', 'last 6 hours'], ['60', 'last hour'], ['15', 'last 15 minutes']]; // an array: object keys that look like numbers would come first

/**
 * Upload (device → internet) and download per window on a real time axis, log scale (one big
 * download does not flatten the upload spikes), the device's findings marked where they began.
 * SVG drawn here, no library; a range choice narrows the time shown.
 */
function trafficChart(points, findings = []) {
  const fig = h('figure', { class: 'chart' });
  const range = h('select', { id: 'traffic-range', 'aria-label': 'time shown' }, RANGES.map(([v, t]) => h('option', { value: v }, t)));
  const draw = () => {
    const w = Math.max(280, (fig.clientWidth || 600) - 16), ht = 240; // the figure's padding
    const L = 64, R = 10, T = 12, B = 26, pw = w - L - R, ph = ht - T - B;
    const all = points.filter((p) => p.start && p.end);
    if (!all.length) { fig.replaceChildren(h('p', { class: 'muted', id: 'traffic' }, 'No traffic measured yet for this device.')); return; }
    const tEnd = Math.max(...all.map((p) => Date.parse(p.end)));
    const minutes = range.value === 'all' ? Infinity : Number(range.value);
    const pts = all.filter((p) => Date.parse(p.end) > tEnd - minutes * 60000);
    const t0 = Math.min(...pts.map((p) => Date.parse(p.start))), t1 = tEnd, span = Math.max(60000, t1 - t0);
    const x = (t) => L + pw * (t - t0) / span;
    const max = Math.max(1000, ...pts.map((p) => Math.max(p.bytesOut, p.bytesIn)));
    const lo = 2, hi = Math.ceil(Math.log10(max)); // 100 B at the bottom, the next power of ten at the top
    const y = (b) => T + ph - ph * (Math.log10(Math.max(100, b)) - lo) / (hi - lo);
    const svg = sv('svg', { id: 'traffic', width: w, height: ht, viewBox: '0 0 ' + w + ' ' + ht, role: 'group', // not 'img': the finding marks are links
      'aria-label': 'Upload and download per minute from ' + hhmm(t0) + ' to ' + hhmm(t1) + ', log scale; highest upload ' + bytes(Math.max(...pts.map((p) => p.bytesOut))) });
    const grid = sv('g', { class: 'grid' });
    for (let e = lo; e <= hi; e++) {
      grid.append(sv('line', { x1: L, x2: w - R, y1: y(10 ** e), y2: y(10 ** e) }), sv('text', { x: L - 6, y: y(10 ** e) + 4, 'text-anchor': 'end', class: 'ytick' }, bytes(10 ** e)));
    }
    const steps = [1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * 60000);
    const step = steps.find((s) => span / s <= Math.max(2, Math.floor(pw / 90))) || steps[steps.length - 1];
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      grid.append(sv('line', { x1: x(t), x2: x(t), y1: T, y2: T + ph, class: 'v' }), sv('text', { x: x(t), y: ht - 8, 'text-anchor': 'middle', class: 'xtick' }, hhmm(t)));
    }
    svg.append(grid);
    for (const [key, cls] of [['bytesIn', 'down'], ['bytesOut', 'up']]) {
      svg.append(sv('polyline', { class: 'series ' + cls, points: pts.map((p) => x((Date.parse(p.start) + Date.parse(p.end)) / 2).toFixed(1) + ',' + y(p[key]).toFixed(1)).join(' ') }));
    }
    for (const f of findings) {
      const t = Date.parse(f.start || f.firstSeen);
      if (!(t >= t0 && t <= t1)) continue;
      svg.append(sv('a', { href: '#/findings/' + f.id, class: 'marker', 'data-id': f.id },
        sv('title', {}, (f.title || f.summary) + ' (' + hhmm(t) + ')'),
        sv('line', { x1: x(t), x2: x(t), y1: T, y2: T + ph }), sv('path', { d: 'M' + (x(t) - 6) + ',' + T + 'h12l-6,9z', class: 'sev-' + f.severity })));
    }
    fig.replaceChildren(svg, h('figcaption', { class: 'legend' }, h('span', {}, h('i', { class: 'up' }), 'upload (sent)'), h('span', {}, h('i', { class: 'down' }), 'download (received)'),
      findings.length ? h('span', {}, h('i', { class: 'mark' }), 'a finding began (open it from the mark)') : null, h('span', { class: 'muted' }, 'log scale: each line is ten times the one below'),
      h('label', { class: 'inline' }, 'Show', range)));
  };
  range.addEventListener('change', draw);
  // drawn once the figure has its width on the page (the page may be attached after later awaits) and again when that width changes
  let drawnWidth = -1;
  new ResizeObserver(() => { if (fig.clientWidth && fig.clientWidth !== drawnWidth) { drawnWidth = fig.clientWidth; draw(); } }).observe(fig);
  return fig;
}

/** "Cut it off the network": a quarantine on the gateway, when the hub runs there; else nothing is shown. */
async function quarantineBox(d) {
  let r;
  try { r = await api('/response'); } catch (e) { return null; }
  if (!r.available) return null;
  const out = h('div', { id: 'quarantine-result', 'aria-live': 'polite' });
  const active = r.active.find((a) => a.kind === 'quarantine' && a.deviceId === d.id);
  if (active) return h('div', { class: 'card', id: 'quarantine' }, h('p', {}, h('b', {}, 'Quarantined since ' + fmtTime(active.created) + '.'), ' It can reach nothing but the router\'s DNS and DHCP. ', h('a', { href: '#/response' }, 'Undo it on the Response page')));
  const b = h('button', { type: 'button', class: 'secondary', id: 'quarantine-device', onclick: async () => {
    b.disabled = true;
    try {
      await api('/devices/' + encodeURIComponent(d.id) + '/quarantine', { method: 'POST', json: { reason: 'cut off from the device page' } });
      out.replaceChildren(message(d.name + ' is quarantined: it can reach only the router\'s DNS and DHCP. Undo it on the Response page.', true));
    } catch (e) { b.disabled = false; out.replaceChildren(message(e.message)); }
  } }, 'Cut it off the network (quarantine)');
  return h('div', { class: 'card', id: 'quarantine' }, h('p', {}, 'If this device behaves badly, the hub can cut it off until you let it back: it will reach nothing but the router\'s DNS and DHCP.'),
    h('div', { class: 'actions' }, b), out);
}

/** Forget a device (gone for good): its name, room, type and allow rules are dropped; it is hidden until seen again. */
function forgetBox(d) {
  const out = h('div', { id: 'forget-result', 'aria-live': 'polite' });
  const sure = h('input', { type: 'checkbox', id: 'forget-sure' });
  const b = h('button', { type: 'button', class: 'secondary', id: 'forget-device', disabled: true, onclick: async () => {
    try {
      await api('/devices/' + encodeURIComponent(d.id) + '/forget', { method: 'POST' });
      go('#/devices');
    } catch (e) { out.replaceChildren(message(e.message)); }
  } }, 'Forget ' + d.name);
  sure.addEventListener('change', () => { b.disabled = !sure.checked; });
  return h('div', { class: 'card' }, h('p', {}, 'For a device you gave away or threw out: the hub drops your name, room and type for it and what you marked as normal, and hides it. If it shows up on the network again, it comes back as a new device. Its findings stay in the list.'),
    h('label', { class: 'check' }, sure, 'Yes, ' + d.name + ' is gone'), h('div', { class: 'actions' }, b), out);
}

/** Online now, or when it was last online: a replayed capture's devices were online in the capture's time, not now. */
function onlineWords(d) {
  if (d.online) return 'yes';
  if (d.onlineAsOf) return 'not now — it was online in the time of the capture it was seen in (' + fmtTime(d.onlineAsOf) + ')';
  return 'no';
}

async function devicePage(id) {
  const d = await api('/devices/' + encodeURIComponent(id));
  page(d.name,
    h('div', { class: 'cards' }, h('div', { class: 'card' },
      h('dl', { id: 'device-facts' }, ...[['Type', typeName(d.type) + (d.typeSetByYou ? ' (set by you)' : '')], ['Room', d.room], ['Maker', d.vendor], ['Model', d.model], ['OS', d.os],
        ['Found as', d.discoveredName], ['MAC', d.macs.join(', ')], ['IP', d.ips.join(', ')],
        ['Online', onlineWords(d)], ['First seen', fmtTime(d.firstSeen)], ['Last seen', fmtTime(d.lastSeen)]]
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v || '—')]))),
      h('div', {}, h('h2', { class: 'flush' }, 'Name it'), labelForm(d))),
    await quarantineBox(d),
    h('h2', {}, 'Traffic'), trafficChart(d.traffic, d.openFindings),
    h('h2', {}, 'Open findings'), findingTable(d.openFindings),
    h('h2', {}, 'Software and firmware'), softwareTable(d),
    d.type === 'smart-speaker' ? [h('h2', {}, 'When it listened'), await voiceSessionsView(d)] : null,
    h('h2', {}, 'Forget it'), forgetBox(d),
    h('h2', {}, 'Why we think so'), h('ul', { id: 'device-evidence' }, d.evidence.map((e) => h('li', {}, e.source === 'you'
      ? h('b', {}, 'You said it is a ' + typeName(e.value) + ' (strongest evidence)')
      : (e.attribute || 'fact') + ': ' + (e.value ?? '—') + ' (' + (e.source || 'seen') + (e.detail ? ': ' + e.detail : '') + ')'))));
}

/** What the device runs: each version, where it was read, and the advisory that matches (the hygiene checks' findings). */
function softwareTable(d) {
  const rows = d.software || [];
  if (!rows.length) return h('p', { class: 'muted', id: 'device-software-none' }, d.name + ' has not announced a software or firmware version, and no hygiene check has read one in its answers.');
  return h('table', { id: 'device-software' }, h('thead', {}, h('tr', {}, h('th', {}, 'Software'), h('th', {}, 'Read from'), h('th', {}, 'Advisory'))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-advisory': r.advisories.length ? 'yes' : 'no' },
      h('td', {}, h('b', {}, (r.product || 'firmware') + ' ' + r.version)),
      h('td', {}, r.readFrom, r.detail ? h('div', { class: 'muted small' }, r.detail) : null),
      h('td', {}, r.advisories.length
        ? r.advisories.map((a) => h('div', { class: 'advisory' }, sev(a.severity), ' ', h('a', { href: '#/findings/' + a.findingId }, a.id),
          ': ' + (a.summary || '') + ' Fixed in: ' + a.fixed + '.'))
        : h('span', { class: 'muted' }, 'none known to this hub'))))));
}

/** A speaker's verdicts in the family's words. */
const VERDICTS = {
  misactivation: 'woke by mistake, did not answer', unanswered: 'listened, no answer', request: 'answered a request', conversation: 'a short conversation',
  call: 'a call', dictation: 'a dictation', 'long-answer': 'a long answer', 'quick-fire': 'several quick requests',
  'long-listening': 'kept listening without answering', 'listening-after-goodbye': 'kept listening after goodbye',
  'silent-reprompt': 'reopened its microphone silently', unknown: 'not judged',
};

/** A speaker's listening sessions: a day strip (alarming ones in red), then a table, newest first, each alarming one with its turns. */
async function voiceSessionsView(d) {
  let v;
  try { v = await api('/devices/' + encodeURIComponent(d.id) + '/voice-sessions'); } catch (e) { return message(e.message); }
  if (!v.items.length) return h('p', { class: 'muted', id: 'voice-sessions-none' }, 'No listening sessions recorded yet. Each time ' + d.name + ' listens, the hub notes when, how much it sent and received, and whether that looked normal.');
  const items = v.items;
  const t0 = Date.parse(items[0].start), t1 = Math.max(Date.parse(items[items.length - 1].end), t0 + 60000);
  const W = Math.round(Math.max(300, Math.min(1000, main.clientWidth - 40))), H = 56, span = t1 - t0; // drawn at the page's width: readable ticks on a phone
  const x = (t) => 10 + (t - t0) / span * (W - 20);
  const strip = sv('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'voice-strip', id: 'voice-strip', role: 'img',
    'aria-label': plural(items.length, 'listening session') + ' from ' + fmtTime(items[0].start) + ' to ' + fmtTime(items[items.length - 1].end) + ', ' + v.alarming + ' alarming' },
    sv('line', { x1: 10, x2: W - 10, y1: 30, y2: 30, class: 'axis' }));
  for (const it of items) {
    const a = x(Date.parse(it.start)), b = Math.max(a + 2, x(Date.parse(it.end)));
    strip.append(sv('rect', { x: a.toFixed(1), y: it.alarm ? 12 : 20, width: (b - a).toFixed(1), height: it.alarm ? 28 : 20, class: 'session' + (it.alarm ? ' alarm' : '') },
      sv('title', {}, fmtTime(it.start) + ': ' + (VERDICTS[it.verdict] || it.verdict))));
  }
  const ticks = W < 500 ? 3 : 5;
  for (let i = 0; i <= ticks; i++) {
    const t = t0 + span * i / ticks;
    strip.append(sv('text', { x: x(t).toFixed(1), y: 52, class: 'xtick', 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle' }, hhmm(t)));
  }
  const rows = items.slice().reverse().slice(0, 100).map((it) => h('tr', { class: it.alarm ? 'alarm' : null, 'data-verdict': it.verdict },
    h('td', {}, fmtTime(it.start)), h('td', {}, Math.max(0, (Date.parse(it.end) - Date.parse(it.start)) / 1000).toFixed(1) + ' s'),
    h('td', {}, bytes(it.upstreamBytes) + ' / ' + bytes(it.downstreamBytes)), h('td', { class: 'hide-narrow' }, String(it.turnCount)),
    h('td', {}, it.alarm ? h('b', {}, VERDICTS[it.verdict] || it.verdict) : (VERDICTS[it.verdict] || it.verdict),
      it.reasons.length ? h('div', { class: 'muted small' }, it.reasons.join('; ')) : null,
      it.alarm && it.turns.length ? h('details', {}, h('summary', {}, 'its turns'), turnsOf(it)) : null)));
  function turnsOf(it) { const tl = sessionTimeline(it); if (tl) tl.removeAttribute('id'); return tl; }
  return h('div', { id: 'voice-sessions' },
    h('p', { id: 'voice-summary' }, plural(v.total, 'listening session') + ' recorded, ' + (v.alarming ? v.alarming + ' of them alarming' : 'none alarming')
      + (v.total > items.length ? ' (the newest ' + items.length + ' drawn)' : '') + '.'),
    h('figure', { class: 'chart' }, strip, h('figcaption', { class: 'legend' }, h('span', {}, h('i', { class: 'session' }), 'listened'), h('span', {}, h('i', { class: 'session alarm' }), 'alarming'))),
    h('div', { class: 'scroll' }, h('table', { id: 'voice-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Started'), h('th', {}, 'Length'), h('th', {}, 'Sent / received'), h('th', { class: 'hide-narrow' }, 'Turns'), h('th', {}, 'What it was'))),
      h('tbody', {}, rows))));
}

// ------------------------------------------------------------------ findings

function findingRow(f) {
  const open = () => go('#/findings/' + f.id);
  return h('tr', { tabindex: 0, 'data-id': f.id, 'data-severity': f.severity, onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); } },
    h('td', {}, sev(f.severity)), h('td', {}, h('a', { href: '#/findings/' + f.id }, f.title || f.summary), h('div', { class: 'muted small' }, f.summary)),
    h('td', { class: 'hide-narrow' }, f.device ? (f.device.name || f.device.mac || f.device.ip) : 'home'),
    h('td', { class: 'state', 'data-state': f.state }, STATE_SHORT[f.state] || f.state), h('td', { class: 'hide-narrow' }, fmtTime(f.lastSeen) + (f.count > 1 ? ' (×' + f.count + ')' : '')));
}

function findingTable(items, id) {
  return h('table', { id }, h('thead', {}, h('tr', {}, h('th', {}, 'Severity'), h('th', {}, 'What'), h('th', { class: 'hide-narrow' }, 'Device'), h('th', {}, 'State'), h('th', { class: 'hide-narrow' }, 'Last seen'))),
    h('tbody', {}, items.map(findingRow)));
}

const STATE_SHORT = { open: 'open', acknowledged: 'seen', muted: 'muted', resolved: 'fixed' };
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
const SORTS = { newest: 'Newest first', severity: 'Most serious first', repeated: 'Most repeated first', oldest: 'Oldest first' };

/** Findings with filters (severity, state, device, category: asked of the hub), search and sort (here); all kept in the address. */
async function findingsPage(params) {
  const want = { severity: params.get('severity') || '', state: params.get('state') || '', device: params.get('device') || '', category: params.get('category') || '',
    q: params.get('q') || '', sort: SORTS[params.get('sort')] ? params.get('sort') : 'newest' };
  const query = new URLSearchParams({ limit: '1000' });
  for (const k of ['severity', 'state', 'device', 'category']) if (want[k]) query.set(k, want[k]);
  const [d, devs] = await Promise.all([api('/findings?' + query), api('/devices').catch(() => ({ items: [] }))]);
  const cats = [...new Set(d.items.map((f) => f.category).concat(want.category ? [want.category] : []))].sort();
  const select = (name, label, options) => h('label', {}, label, h('select', { name, id: 'filter-' + name },
    options.map(([v, t]) => h('option', { value: v, selected: want[name] === v }, t))));
  const search = h('input', { type: 'search', name: 'q', id: 'filter-q', value: want.q, placeholder: 'words in the finding', maxlength: 100 });
  const filters = h('form', { id: 'finding-filters', class: 'filters', role: 'search' },
    select('severity', 'At least', [['', 'any severity'], ...SEVERITIES.map((s) => [s, s])]),
    select('state', 'State', [['', 'any state'], ['open', 'open'], ['open,acknowledged', 'open or seen'], ['acknowledged', 'seen'], ['muted', 'muted'], ['resolved', 'fixed']]),
    select('device', 'Device', [['', 'any device'], ...devs.items.map((x) => [x.id, x.name])]),
    select('category', 'Kind', [['', 'any kind'], ...cats.map((c) => [c, c.replace(/-/g, ' ')])]),
    h('label', {}, 'Search', search),
    select('sort', 'Sort', Object.entries(SORTS)));
  const apply = () => {
    const v = new FormData(filters); const p = new URLSearchParams();
    for (const [k, x] of v.entries()) if (x && !(k === 'sort' && x === 'newest')) p.set(k, x);
    go('#/findings' + (p.toString() ? '?' + p : ''));
  };
  filters.addEventListener('change', apply);
  filters.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  const words = want.q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (f) => words.every((w) => [f.title, f.summary, f.category, f.rule, f.device && f.device.name].join(' ').toLowerCase().includes(w));
  const order = {
    newest: (a, b) => b.lastSeen.localeCompare(a.lastSeen),
    oldest: (a, b) => a.lastSeen.localeCompare(b.lastSeen),
    severity: (a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || b.lastSeen.localeCompare(a.lastSeen),
    repeated: (a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen),
  }[want.sort];
  const items = d.items.filter(matches).sort(order);
  const table = findingTable(items, 'findings');
  const filtered = Object.entries(want).some(([k, v]) => v && k !== 'sort');
  const live = h('span', { class: 'live', id: 'live-dot', title: 'live feed' });
  const liveText = h('span', { id: 'live-text' }, 'connecting…');
  page('Findings', filters,
    h('p', { class: 'muted', id: 'findings-count' }, live, liveText, ' · ', items.length + (filtered ? ' of ' + d.items.length : '') + ' finding(s)',
      filtered ? [' · ', h('a', { href: '#/findings' }, 'show all')] : null),
    table, items.length ? null : h('p', { class: 'muted' }, filtered ? 'No finding matches these filters.' : 'No findings yet.'));
  const tbody = table.querySelector('tbody');
  const keep = (f) => (!want.severity || SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(want.severity))
    && (!want.state || want.state.split(',').includes(f.state)) && (!want.device || (f.device && f.device.id === want.device))
    && (!want.category || f.category === want.category) && matches(f);
  events = new EventSource('/api/events');
  events.addEventListener('open', () => { live.classList.add('on'); liveText.textContent = 'live'; });
  events.addEventListener('error', () => { live.classList.remove('on'); liveText.textContent = 'reconnecting…'; });
  events.addEventListener('finding', (ev) => {
    const { finding } = JSON.parse(ev.data);
    const old = tbody.querySelector('tr[data-id="' + CSS.escape(finding.id) + '"]');
    if (!keep(finding)) { if (old) old.remove(); return; }
    const row = findingRow(finding); row.classList.add('new');
    if (old) old.replaceWith(row); else tbody.prepend(row);
    labelTables(table);
    while (tbody.children.length > 1000) tbody.lastElementChild.remove();
  });
}

const ACTIONS = {
  acknowledge: ['I have seen it', 'Keeps it in the list as seen; it no longer counts as new.'],
  mute: ['Mute', 'Hides it and stops notifications about it; you can unmute it later.'],
  resolve: ['It is fixed', 'Marks it as dealt with.'],
  reopen: ['Reopen', 'Brings it back as open.'],
};
const STATE_WORDS = { open: 'open — needs a look', acknowledged: 'seen', muted: 'muted', resolved: 'fixed' };

/** A listening session's turns on a time line: bytes sent (up) and received (down) per turn. */
function sessionTimeline(ev) {
  const turns = Array.isArray(ev.turns) ? ev.turns.filter((t) => t && t.start && t.end) : [];
  if (!turns.length) return null;
  const t0 = Math.min(...turns.map((t) => Date.parse(t.start)));
  const t1 = Math.max(...turns.map((t) => Date.parse(t.end) + (t.answerSeconds || 0) * 1000), t0 + 1000);
  const span = t1 - t0;
  const maxBytes = Math.max(1, ...turns.map((t) => Math.max(t.upstreamBytes || 0, t.downstreamBytes || 0)));
  const rows = turns.map((t, i) => {
    const left = (Date.parse(t.start) - t0) / span * 100;
    const width = Math.max(0.8, (Date.parse(t.end) - Date.parse(t.start)) / span * 100);
    return h('div', { class: 'turn', 'data-turn': i + 1 },
      h('span', { class: 'turn-label' }, 'Turn ' + (i + 1)),
      h('div', { class: 'turn-track' },
        h('div', { class: 'turn-up', style: 'left:' + left.toFixed(2) + '%;width:' + width.toFixed(2) + '%;opacity:' + (0.35 + 0.65 * (t.upstreamBytes || 0) / maxBytes).toFixed(2),
          title: 'listening ' + t.listeningSeconds + ' s, ' + bytes(t.upstreamBytes || 0) + ' sent' }),
        t.answered ? h('div', { class: 'turn-down', style: 'left:' + Math.min(99, left + width).toFixed(2) + '%;width:' + Math.max(0.8, (t.answerSeconds || 0) * 1000 / span * 100).toFixed(2) + '%' }) : null),
      h('span', { class: 'turn-bytes' }, bytes(t.upstreamBytes || 0) + ' sent, ' + (t.answered ? bytes(t.answerBytes || t.downstreamBytes || 0) + ' answer' : 'no answer')));
  });
  return h('figure', { class: 'timeline', id: 'session-timeline' },
    h('figcaption', {}, 'Listening turns from ' + new Date(t0).toLocaleTimeString() + ' to ' + new Date(t1).toLocaleTimeString() + ' (' + Math.round(span / 1000) + ' s)'),
    ...rows,
    h('p', { class: 'legend' }, h('span', {}, h('i', { class: 'turn-up' }), 'listening (sound sent)'), h('span', {}, h('i', { class: 'turn-down' }), 'spoken answer')));
}

/** The evidence a household can read: the session time line, the names contacted, the baseline. */
function evidenceView(f) {
  const ev = f.evidence && typeof f.evidence === 'object' ? f.evidence : {};
  const out = [];
  const tl = sessionTimeline(ev);
  if (tl) out.push(tl);
  const facts = [];
  if (ev.reason) facts.push(['What the protection saw', ev.reason]);
  if (ev.upstreamBytes !== undefined) facts.push(['Sent to the cloud', bytes(ev.upstreamBytes) + (ev.downstreamBytes !== undefined ? ' (received ' + bytes(ev.downstreamBytes) + ')' : '')]);
  if (ev.uploadBytes !== undefined) facts.push(['Uploaded', bytes(ev.uploadBytes) + (ev.downloadBytes !== undefined ? ' (downloaded ' + bytes(ev.downloadBytes) + ')' : '')]);
  const names = [].concat(ev.remotes || [], ev.remote ? [ev.remote] : [], ev.indicator ? [ev.indicator] : []).filter(Boolean);
  if (names.length) facts.push(['Names and addresses contacted', names.slice(0, 8).join(', ')]);
  if (ev.recognisedBy && ev.recognisedBy.length) facts.push(['Recognised as the voice service by', ev.recognisedBy.join('; ')]);
  if (ev.baseline && typeof ev.baseline === 'object') facts.push(['Compared with its usual', Object.entries(ev.baseline).map(([k, v]) => k.replace(/([A-Z])/g, ' $1').toLowerCase() + ': ' + v).join(', ')]);
  if (ev.list) facts.push(['Block list', ev.list]);
  if (ev.skillFindings) facts.push(['Voice skills flagged', plural(ev.skillFindings.length, 'skill finding')]);
  if (facts.length) out.push(h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])));
  return out;
}

/** What happened, why it matters, what to do now: the household's explanation of a finding. */
function explainSection(x, summary) {
  return h('section', { class: 'card explain', 'aria-labelledby': 'x-what' },
    h('h2', { id: 'x-what' }, 'What happened'), h('p', { id: 'explain-what' }, x.what), h('p', { class: 'muted' }, summary),
    h('h2', {}, 'Why it matters'), h('p', { id: 'explain-why' }, x.why),
    h('h2', {}, 'What to do now'), h('ol', { id: 'explain-steps' }, x.steps.map((s) => h('li', {}, s))));
}

async function findingPage(id) {
  const f = await api('/findings/' + encodeURIComponent(id));
  const out = h('div', { id: 'action-result', 'aria-live': 'polite' });
  const actions = h('div', { class: 'actions', id: 'finding-actions' });
  const stateEl = h('span', { id: 'finding-state', 'data-state': f.state }, STATE_WORDS[f.state] || f.state);
  const deviceName = f.device ? (f.device.name || f.device.ip || f.device.mac) : null;
  const showActions = (cur) => {
    stateEl.textContent = STATE_WORDS[cur.state] || cur.state; stateEl.dataset.state = cur.state;
    actions.replaceChildren(...cur.actions.map((a) => h('button', { type: 'button', id: a, class: a === cur.actions[0] ? null : 'secondary', title: ACTIONS[a][1], onclick: act(a) },
      a === 'reopen' && cur.state === 'muted' ? 'Unmute' : ACTIONS[a][0])),
      f.device && f.device.id ? h('button', { type: 'button', class: 'secondary', id: 'mute-rule', onclick: muteRule,
        title: 'Future findings of this kind about this device are muted (Settings lists the mute rules).' }, 'Mute this kind for ' + deviceName) : null,
      f.device && f.device.id ? h('button', { type: 'button', class: 'secondary', id: 'allow-rule', onclick: allowRule,
        title: 'An allow rule: this kind of finding about this device (and this destination, if chosen) is normal; matching findings are muted. Settings lists it.' },
        'This is normal for ' + deviceName) : null,
      dests.length && f.device && f.device.id ? h('label', { class: 'inline' }, 'only when it talks to', h('select', { id: 'allow-destination' },
        h('option', { value: '' }, 'any destination'), dests.map((x) => h('option', { value: x }, x)))) : null);
  };
  const act = (what) => async () => {
    try {
      const r = await api('/findings/' + encodeURIComponent(id) + '/' + what, { method: 'POST' });
      showActions(r);
      out.replaceChildren(message('Done: this finding is now ' + (STATE_WORDS[r.state] || r.state) + '.', true));
    } catch (e) { out.replaceChildren(message(e.message)); }
  };
  const muteRule = async () => {
    try {
      await api('/mute-rules', { method: 'POST', json: { device: f.device.id, rule: f.rule, reason: 'muted from finding ' + f.id } });
      const r = await api('/findings/' + encodeURIComponent(id));
      showActions(r);
      out.replaceChildren(message('From now on, "' + f.explanation.title + '" about ' + deviceName + ' is muted. Undo it in Settings → Mute rules.', true));
    } catch (e) { out.replaceChildren(message(e.message)); }
  };
  const allowRule = async () => {
    const sel = document.getElementById('allow-destination');
    const destination = sel && sel.value ? sel.value : null;
    try {
      const r = await api('/allow-rules', { method: 'POST', json: { finding: f.id, destination } });
      showActions(await api('/findings/' + encodeURIComponent(id)));
      out.replaceChildren(message('Noted: "' + f.explanation.title + '" is normal for ' + deviceName + (destination ? ' when it talks to ' + destination : '')
        + '. Such findings are muted from now on (' + plural(r.mutedNow, 'finding') + ' muted now). Undo it in Settings → This is normal.', true));
    } catch (e) { out.replaceChildren(message(e.message)); }
  };
  const ev0 = f.evidence && typeof f.evidence === 'object' ? f.evidence : {};
  const dests = [...new Set([].concat(ev0.remote || [], ev0.remotes || [], ev0.indicator || [], ev0.host || [], ev0.domain || [])
    .filter((x) => typeof x === 'string').map((x) => x.toLowerCase()))].slice(0, 20);
  showActions(f);
  const x = f.explanation;
  page(x.title,
    h('p', { class: 'finding-meta' }, sev(f.severity), ' ', stateEl, ' · ', deviceName ? h('a', { href: '#/devices/' + (f.device.id || '') }, deviceName) : 'the whole home',
      ' · ', f.count > 1 ? 'seen ' + f.count + ' times, last ' + fmtTime(f.lastSeen) : fmtTime(f.firstSeen)),
    explainSection(x, f.summary),
    actions, out,
    h('h2', {}, 'Evidence'), ...evidenceView(f),
    h('details', { id: 'finding-json' }, h('summary', {}, 'Technical details (JSON)'),
      h('p', { class: 'muted' }, 'Rule ', h('code', {}, f.rule), ' · category ', f.category, ' · id ', h('code', {}, f.id)),
      h('pre', {}, JSON.stringify(f.evidence, null, 2))),
    h('p', {}, h('a', { href: '#/findings' }, '← all findings')));
}

// ------------------------------------------------------------------ skills, protections, settings

function upload(path, file, bar, out) {
  return new Promise((resolve) => {
    const x = new XMLHttpRequest();
    x.open('POST', '/api' + path);
    x.setRequestHeader('X-CSRF-Token', csrf || '');
    x.setRequestHeader('Content-Type', 'application/octet-stream');
    x.upload.onprogress = (e) => { if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; } };
    x.onload = () => {
      let body = {}; try { body = JSON.parse(x.responseText); } catch (e) { /* not JSON */ }
      if (x.status >= 200 && x.status < 300) resolve(body);
      else { out.replaceChildren(message(body.detail || ('upload failed: HTTP ' + x.status))); resolve(null); }
    };
    x.onerror = () => { out.replaceChildren(message('the upload was interrupted')); resolve(null); };
    x.send(file);
  });
}

/** Shows text with invisible or deceptive characters made visible and marked (the analyser writes them as <U+200B>). */
function visible(text) {
  const parts = [];
  const re = /<U\+[0-9A-F]{4,6}>|\\u[0-9A-Fa-f]{4}|[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    parts.push(text.slice(last, m.index));
    const raw = m[0];
    const label = raw.length === 1 ? '<U+' + raw.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + '>' : raw;
    parts.push(h('mark', { class: 'bad', title: 'invisible or deceptive character' }, label));
    last = m.index + raw.length;
  }
  parts.push(text.slice(last));
  return parts;
}

function skillReport(r) {
  const out = [h('h2', {}, 'Report for ' + r.name + ': ' + (r.findingCount ? r.findingCount + ' finding(s), worst ' + r.worst : 'nothing found'))];
  for (const s of r.skills) {
    out.push(h('h3', {}, s.platform + (s.invocationNames.length ? ' — "' + s.invocationNames.join('", "') + '"' : '')));
    for (const f of s.findings) {
      out.push(h('div', { class: 'card finding-card' },
        h('p', {}, sev(f.severity), ' ', h('b', {}, f.summary)),
        f.file ? h('p', { class: 'muted' }, f.file + (f.pointer ? ' ' + f.pointer : '')) : null,
        f.text ? h('p', { class: 'offending' }, 'Text: ', h('code', {}, visible(f.text))) : null,
        h('p', {}, f.rationale), h('p', {}, 'Fix: ', f.fix)));
    }
  }
  return out;
}

async function uploadPage(title, path, accept, intro) {
  const bar = h('progress', { id: 'upload-progress', value: 0, max: 1, 'aria-label': 'upload progress' });
  const out = h('div', { id: 'upload-result' });
  const captures = path === '/captures';
  const intoHome = captures ? h('input', { type: 'checkbox', name: 'into', id: 'into-home' }) : null;
  const f = h('form', {}, h('p', {}, intro),
    h('label', {}, 'File', h('input', { type: 'file', name: 'file', id: 'upload-file', accept, required: true })),
    captures ? h('label', { class: 'check' }, intoHome, 'Replay it into my home instead (its devices and findings join the home\'s; only for captures of this home)') : null,
    h('button', { class: 'primary', type: 'submit' }, 'Upload and analyse'), bar);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const file = f.querySelector('input[type=file]').files[0];
    if (!file) return;
    out.replaceChildren(h('p', { class: 'muted' }, 'Uploading…'));
    const into = intoHome && intoHome.checked ? '&into=home' : '';
    const r = await upload(path + '?name=' + encodeURIComponent(file.name) + into, file, bar, out);
    if (r && r.report) out.replaceChildren(...skillReport(r.report));
    else if (r) {
      out.replaceChildren(message(r.kind === 'investigation'
        ? 'Uploaded ' + r.name + '. It is analysed on its own, apart from your home: nothing in it changes your devices or findings.'
        : 'Uploaded ' + r.name + '; the hub replays it into your home (progress below).', true));
      pollJobs(earlier);
    }
  });
  const earlier = h('ul', { id: 'earlier-reports', class: captures ? 'jobs' : null });
  page(title, f, out, h('h2', {}, captures ? 'Investigations' : 'Earlier reports'), earlier);
  if (captures) pollJobs(earlier);
  if (path === '/skills') {
    try {
      const list = await api('/skills/reports');
      earlier.replaceChildren(...list.items.map((x) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: async () => {
        out.replaceChildren(...skillReport((await api('/skills/reports/' + x.id)).report));
      } }, x.name), ' — ' + (x.findings ? x.findings + ' finding(s), worst ' + x.worst : 'nothing found') + ', ' + fmtTime(x.uploaded))));
      if (!list.items.length) earlier.replaceChildren(h('li', { class: 'muted' }, 'None yet.'));
    } catch (e) { earlier.replaceChildren(h('li', {}, message(e.message))); }
  }
}

let jobTimer = null;
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));

/** "5 devices (4 speakers), 1 finding, 1 voice session" */
function investigationSummary(s) {
  return plural(s.devices, 'device') + (s.speakers ? ' (' + plural(s.speakers, 'speaker') + ')' : '') + ', '
    + plural(s.findings, 'finding') + ', ' + plural(s.voiceSessions, 'voice session')
    + (s.alarmingSessions ? ' (' + s.alarmingSessions + ' alarming)' : '');
}

function captureSpan(s) {
  if (!s.captureStart) return 'no packets with a time';
  return 'captured ' + fmtTime(s.captureStart) + ' – ' + fmtTime(s.captureEnd);
}

function jobItem(j) {
  const over = j.state === 'done' || j.state === 'failed';
  if (j.kind === 'replay') {
    return h('li', { class: 'job', 'data-state': j.state }, h('b', {}, j.name), ' — replayed into the home: ' + j.state
      + (j.state === 'failed' && j.reason ? ': ' + j.reason : '') + ', ' + j.packetsProcessed + ' packet(s) processed',
      over ? null : h('progress', { 'aria-label': 'replay of ' + j.name }));
  }
  const what = j.state === 'queued' ? 'waiting for the analysis before it'
    : j.state === 'running' ? 'analysing… ' + j.percent + ' %'
    : j.state === 'failed' ? 'failed: ' + (j.reason || 'no reason given') : 'done';
  return h('li', { class: 'job', 'data-state': j.state, 'data-id': j.id },
    j.state === 'done' ? h('a', { href: '#/captures/' + j.id }, j.name) : h('b', {}, j.name), ' — ', h('span', { class: 'job-state' }, what),
    over ? null : h('progress', { max: 100, value: j.percent, 'aria-label': 'analysis of ' + j.name + ', ' + j.percent + ' percent' }),
    j.state === 'done' ? h('p', { class: 'job-summary' }, investigationSummary(j.summary), ' · ', captureSpan(j.summary)) : null);
}

/** Shows capture jobs, polling once a second while one is queued or running. */
async function pollJobs(list) {
  clearTimeout(jobTimer);
  if (!list.isConnected) return;
  let d;
  try { d = await api('/captures/jobs'); } catch (e) { list.replaceChildren(h('li', {}, message(e.message))); return; }
  const over = (j) => j.state === 'done' || j.state === 'failed';
  list.replaceChildren(...(d.items.length ? d.items.map(jobItem) : [h('li', { class: 'muted' }, 'None yet.')]));
  if (d.items.some((j) => !over(j))) jobTimer = setTimeout(() => pollJobs(list), 1000);
}

const typeName = (t) => (t || 'unknown').toLowerCase().replace(/[_-]/g, ' ');

/** One investigation: its own devices, voice sessions and findings, in capture time. */
async function investigationPage(id) {
  const j = await api('/captures/jobs/' + encodeURIComponent(id));
  const s = j.summary;
  const devName = (d) => d ? (d.name || d.mac || d.ip || 'unknown device') : 'the whole network';
  const table = (tid, heads, rows, empty) => h('div', { class: 'scroll' }, h('table', { id: tid },
    h('thead', {}, h('tr', {}, heads.map(([t, cls]) => h('th', { class: cls }, t)))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: heads.length, class: 'muted' }, empty)))));
  page('Investigation: ' + j.name,
    h('p', { class: 'muted' }, 'Analysed on its own, apart from your home: its devices and findings are listed here only and change nothing at home. Times are the capture\'s own.'),
    h('div', { class: 'card', id: 'investigation-summary' }, h('p', {}, h('b', {}, investigationSummary(s))), h('p', {}, captureSpan(s)),
      h('p', { class: 'muted' }, (s.packets || 0) + ' packets, ' + (s.flows || 0) + ' connections, ' + bytes(j.size) + ' file')),
    h('h2', {}, 'Voice sessions'),
    table('inv-sessions', [['Speaker'], ['Start'], ['Listened', 'hide-narrow'], ['Sent / received'], ['Verdict']],
      (j.voiceSessions || []).map((v) => h('tr', {}, h('td', {}, devName(v.device)), h('td', {}, fmtTime(v.start)),
        h('td', { class: 'hide-narrow' }, Math.max(0, (new Date(v.end) - new Date(v.start)) / 1000).toFixed(1) + ' s'),
        h('td', {}, bytes(v.up_bytes) + ' / ' + bytes(v.down_bytes)), h('td', {}, v.alarm ? h('b', {}, v.verdict) : v.verdict))),
      'No speaker sessions in this capture.'),
    h('h2', {}, 'Findings'),
    table('inv-findings', [['Severity'], ['What'], ['Device', 'hide-narrow'], ['When', 'hide-narrow']],
      (j.findings || []).map((f, i) => h('tr', {}, h('td', {}, sev(f.severity)),
        h('td', {}, h('a', { href: '#/captures/' + j.id + '/findings/' + i }, f.title || f.summary), h('div', { class: 'muted small' }, f.summary)),
        h('td', { class: 'hide-narrow' }, devName(f.device)), h('td', { class: 'hide-narrow' }, fmtTime(f.start)))),
      'Nothing suspicious in this capture.'),
    h('h2', {}, 'Devices in the capture'),
    table('inv-devices', [['Name'], ['Type'], ['Address', 'hide-narrow'], ['Last seen']],
      (j.devices || []).map((d) => h('tr', {}, h('td', {}, d.name), h('td', {}, typeName(d.device_type)),
        h('td', { class: 'hide-narrow' }, [...(d.ips || []), ...(d.macs || [])].join(', ')), h('td', {}, fmtTime(d.last_seen)))),
      'No devices recognised.'),
    h('p', {}, h('a', { href: '#/captures' }, '← all investigations')));
}

/** One finding of an investigation, explained like the home's, without actions: it is not the home's. */
async function investigationFindingPage(id, n) {
  const j = await api('/captures/jobs/' + encodeURIComponent(id));
  const f = (j.findings || [])[Number(n)];
  if (!f || !/^[0-9]+$/.test(n)) throw new Error('This investigation has no finding number ' + n + '.');
  const deviceName = f.device ? (f.device.name || f.device.ip || f.device.mac) : 'the whole network';
  page(f.explanation.title,
    h('p', { class: 'finding-meta' }, sev(f.severity), ' · ', deviceName, ' · ', 'in the capture at ' + fmtTime(f.start),
      f.count > 1 ? ' (seen ' + f.count + ' times, last ' + fmtTime(f.end) + ')' : ''),
    h('p', { class: 'card note', id: 'investigation-note' }, 'Found in the investigation of ', h('a', { href: '#/captures/' + j.id }, j.name),
      ', analysed apart from your home: nothing at home was changed. If this capture comes from your own network, do what is said below.'),
    explainSection(f.explanation, f.summary),
    h('h2', {}, 'Evidence'), ...evidenceView(f),
    h('details', { id: 'finding-json' }, h('summary', {}, 'Technical details (JSON)'),
      h('p', { class: 'muted' }, 'Rule ', h('code', {}, f.rule), ' · category ', f.category),
      h('pre', {}, JSON.stringify(f.evidence, null, 2))),
    h('p', {}, h('a', { href: '#/captures/' + j.id }, '← the investigation')));
}

/** What each built-in protection protects, in the family's words; vendor protections by their vendor. */
const PROTECTS = {
  'io.hearthguard.protection.eavesdrop': ['Smart speakers', 'Notices a speaker that listens when nobody spoke to it, keeps listening after goodbye, or streams while idle.'],
  'io.hearthguard.protection.upload': ['Your data leaving home', 'Notices a device that suddenly sends out much more than it usually does, or a very large upload.'],
  'io.hearthguard.protection.intrusion': ['Break-in attempts', 'Notices devices probing others, password guessing, and passwords sent without encryption.'],
  'io.hearthguard.protection.threatintel': ['Known bad sites', 'Notices devices looking up or contacting sites on your block lists.'],
  'io.hearthguard.hygiene': ['Weak spots', 'Notices old protocols, open services and other weaknesses attackers look for.'],
};

async function protectionsPage() {
  const d = await api('/protections');
  const card = (p) => {
    const [what, how] = PROTECTS[p.bundle] || ['Protection by ' + (p.vendor || 'another maker'), 'Installed from a vendor\'s package; it reports its findings like the built-in ones.'];
    const types = (p.deviceTypes || []).map(typeName);
    return h('section', { class: 'card protection', 'data-bundle': p.bundle },
      h('h2', {}, what), h('p', {}, how),
      h('p', { class: 'muted' }, 'Watches ' + (types.length ? types.join(', ') : 'every device') + ' · ' + (p.state === 'active' ? 'on' : 'stopping')),
      h('details', {}, h('summary', {}, 'Technical details'), h('p', { class: 'muted' }, p.bundle + ' ' + p.version + (p.vendor ? ' · ' + p.vendor : ''))));
  };
  page('Protections', h('p', { class: 'muted' }, 'What the hub watches for. Each protection reports findings; the Findings page explains each one.'),
    d.items.length ? h('div', { class: 'cards' }, d.items.map(card)) : h('p', { class: 'muted' }, 'No protections installed.'));
}

/** The router's password: typed, checked by the hub (zxcvbn and the default-login lists), never kept. */
function routerPasswordSection(available) {
  const out = h('div', { id: 'router-result', 'aria-live': 'polite' });
  const input = h('input', { type: 'password', name: 'password', id: 'router-password', required: true, maxlength: 256, autocomplete: 'off' });
  const f = h('form', { id: 'router-form' },
    h('p', {}, 'Type the password of your router\'s administration page (or of your Wi-Fi). The hub says how hard it is to guess and whether it is a maker\'s default. It is not saved or written to any log.'),
    h('label', {}, 'Router password', input),
    h('button', { class: 'primary', type: 'submit', disabled: !available }, 'Check it'),
    available ? null : message('The check needs the hygiene bundle, which is not running in this hub.'), out);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const pw = input.value; input.value = '';
    try {
      const v = await api('/router-password', { method: 'POST', json: { password: pw } });
      const good = v.score >= 3 && !v.wellKnownDefault;
      out.replaceChildren(h('div', { class: 'card verdict ' + (good ? 'good' : 'bad'), id: 'router-verdict', 'data-score': v.score },
        h('p', {}, h('b', {}, 'Strength: ' + v.strength + ' (' + v.score + ' of 4)')),
        h('p', {}, v.verdict),
        v.advice.length ? [h('p', {}, good ? 'To make it even better:' : 'What to do now:'), h('ol', { id: 'router-advice' }, v.advice.map((a) => h('li', {}, a)))] : null,
        good ? null : h('p', { class: 'muted' }, 'Change it on the router\'s administration page (often printed on a sticker under the router), then check the new one here.')));
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  return f;
}

const WIFI_MODES = [['wpa3', 'WPA3'], ['wpa2', 'WPA2 (also "WPA2/WPA3")'], ['wpa', 'WPA or "WPA/WPA2" (TKIP)'], ['wep', 'WEP'], ['open', 'None (open network)']];

/** The Wi-Fi's security mode as the household reads it in the router's settings: only the mode, never the Wi-Fi password. */
function wifiSection(available) {
  const out = h('div', { id: 'wifi-result', 'aria-live': 'polite' });
  const select = h('select', { name: 'mode', id: 'wifi-mode', required: true },
    h('option', { value: '' }, 'choose…'), WIFI_MODES.map(([v, t]) => h('option', { value: v }, t)));
  const f = h('form', { id: 'wifi-form' },
    h('p', {}, 'Which security does your Wi-Fi use? The router\'s settings page or app shows it under Wi-Fi (or Wireless) security. Only the mode is sent, never the Wi-Fi password; it counts in the home score.'),
    h('label', {}, 'Wi-Fi security', select),
    h('button', { class: 'primary', type: 'submit', disabled: !available }, 'Save'),
    available ? null : message('This needs the hygiene bundle, which is not running in this hub.'), out);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const v = await api('/wifi-security', { method: 'POST', json: { mode: select.value } });
      out.replaceChildren(h('div', { class: 'card verdict ' + (v.points ? 'bad' : 'good'), id: 'wifi-verdict', 'data-points': v.points },
        h('p', {}, h('b', {}, v.points ? 'Costs ' + v.points + ' points of the home score.' : 'Costs nothing.')), h('p', {}, v.verdict),
        v.action ? h('p', { id: 'wifi-action' }, 'To win the points back: ' + v.action) : null));
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  return f;
}

/** Notification channels: listed with their state, added or changed (secrets write-only), tested, removed. */
async function channelsSection() {
  const out = h('div', { id: 'channel-result', 'aria-live': 'polite' });
  const list = h('ul', { id: 'channels', class: 'jobs' });
  let data = { items: [], configurable: false };
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  const field = (label, attrs, hint) => h('label', { id: 'ch-l-' + attrs.name }, label, h('input', { id: 'ch-' + attrs.name, ...attrs }), hint ? h('span', { class: 'hint' }, hint) : null);
  const type = h('select', { name: 'type', id: 'ch-type' }, h('option', { value: 'mqtt' }, 'MQTT broker (Home Assistant, openHAB)'), h('option', { value: 'webhook' }, 'Webhook (signed HTTP POST)'),
    h('option', { value: 'email' }, 'E-mail (through your mail provider\'s SMTP server)'));
  const security = h('select', { name: 'security', id: 'ch-security' }, h('option', { value: 'STARTTLS' }, 'STARTTLS (port 587, usual)'),
    h('option', { value: 'SMTPS' }, 'SMTPS (port 465)'), h('option', { value: 'NONE' }, 'none (only a mail server in your home)'));
  const f = h('form', { id: 'channel-form' },
    h('label', {}, 'Kind of channel', type),
    field('Name of the channel', { name: 'id', required: true, maxlength: 40, pattern: '[a-z0-9\\-]{1,40}', placeholder: 'e.g. home-assistant' }, 'small letters, digits and -'),
    field('Broker address', { name: 'brokerUri', maxlength: 256, placeholder: 'tcp://homeassistant.local:1883' }),
    field('Webhook address', { name: 'url', maxlength: 512, placeholder: 'https://example.lan/hook' }),
    field('Mail server', { name: 'host', maxlength: 253, placeholder: 'smtp.example.org' }),
    h('label', { id: 'ch-l-security' }, 'Encryption', security),
    field('Port', { name: 'port', type: 'number', min: 1, max: 65535, placeholder: '587' }),
    field('Send from', { name: 'from', type: 'email', maxlength: 254, placeholder: 'hub@example.org' }),
    field('Send to', { name: 'to', maxlength: 2000, placeholder: 'family@example.org, me@example.org' }, 'up to 20 addresses, separated by commas'),
    field('Broker user name', { name: 'username', maxlength: 64, autocomplete: 'off' }),
    field('Topic prefix', { name: 'topicPrefix', maxlength: 64, placeholder: 'hearthguard' }),
    field('Password', { name: 'secret', type: 'password', maxlength: 256, autocomplete: 'new-password' }, 'stored in the hub, never shown again; leave empty to keep the stored one'),
    h('label', {}, 'Send findings from', h('select', { name: 'minSeverity', id: 'ch-minSeverity' }, SEVERITIES.map((x) => h('option', { value: x, selected: x === 'medium' }, x + ' up')))),
    h('fieldset', { class: 'quiet' }, h('legend', {}, 'Quiet hours (optional)'),
      h('label', {}, 'From', h('input', { type: 'time', name: 'quietFrom', id: 'ch-quietFrom' })),
      h('label', {}, 'To', h('input', { type: 'time', name: 'quietTo', id: 'ch-quietTo' })),
      h('p', { class: 'hint' }, 'Held, not lost: what comes in the quiet hours is sent as one summary when they end. Critical findings are sent at once, also in the quiet hours.')),
    field('Time zone of the quiet hours', { name: 'quietHoursZone', maxlength: 64, value: zone }),
    h('button', { class: 'primary', type: 'submit' }, 'Save channel'));
  const showType = () => {
    const mqtt = type.value === 'mqtt', mail = type.value === 'email';
    for (const n of ['brokerUri', 'topicPrefix']) f.querySelector('#ch-l-' + n).hidden = !mqtt;
    for (const n of ['host', 'security', 'port', 'from', 'to']) f.querySelector('#ch-l-' + n).hidden = !mail;
    f.querySelector('#ch-l-username').hidden = !mqtt && !mail;
    f.querySelector('#ch-l-username').firstChild.textContent = mail ? 'Mail server user name (optional)' : 'Broker user name';
    f.querySelector('#ch-l-url').hidden = type.value !== 'webhook';
    f.querySelector('#ch-l-secret').firstChild.textContent = mqtt ? 'Broker password (optional)' : mail ? 'Mail server password (optional)' : 'Signing secret (16 characters or more)';
  };
  type.addEventListener('change', showType);
  showType();
  const edit = (c) => {
    const fold = f.closest('details'); if (fold) fold.open = true; // folded once channels exist
    type.value = c.type; showType();
    for (const n of ['id', 'brokerUri', 'url', 'username', 'topicPrefix', 'quietHoursZone', 'host', 'port', 'from']) f.querySelector('#ch-' + n).value = c[n] || (n === 'quietHoursZone' ? zone : '');
    f.querySelector('#ch-to').value = (c.to || []).join(', ');
    security.value = c.security || 'STARTTLS';
    f.querySelector('#ch-secret').value = '';
    f.querySelector('#ch-secret').placeholder = c.secretSet ? 'set (unchanged when left empty)' : '';
    f.querySelector('#ch-minSeverity').value = c['notify.minSeverity'] || 'info';
    const [qf, qt] = (c['notify.quietHours'] || '-').split('-');
    f.querySelector('#ch-quietFrom').value = qf || ''; f.querySelector('#ch-quietTo').value = qt || '';
    f.querySelector('#ch-id').focus();
  };
  const show = () => list.replaceChildren(...(data.items.length ? data.items.map((c) => h('li', { class: 'channel', 'data-id': c.id, 'data-state': c.state },
    h('b', {}, c.id), ' — ', c.type === 'mqtt' ? 'MQTT ' + (c.brokerUri || '') + ' (topics ' + (c.topicPrefix || 'hearthguard') + '/…)' : c.type === 'webhook' ? 'webhook ' + (c.url || '')
      : c.type === 'email' ? 'e-mail to ' + (c.to || []).join(', ') + ' through ' + (c.host || '?') + ':' + (c.port || '') + ' (' + (c.security || 'STARTTLS') + ')' : c.type,
    h('p', { class: 'channel-state' }, h('span', { class: 'dot ' + c.state }), c.stateText),
    h('p', { class: 'muted small' }, 'From ' + (c['notify.minSeverity'] || 'info') + ' up' + (c['notify.quietHours'] ? ' · quiet ' + c['notify.quietHours'] + (c['notify.quietHoursZone'] ? ' (' + c['notify.quietHoursZone'] + ')' : '') : ' · no quiet hours')
      + (c.type === 'other' ? '' : ' · ' + (c.secretSet ? (c.type === 'webhook' ? 'secret set' : 'password set') : (c.type === 'webhook' ? 'no secret' : 'no password')))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'test', disabled: c.state !== 'running', onclick: async (ev) => {
        const b = ev.target; b.disabled = true; out.replaceChildren(h('p', { class: 'muted' }, 'Sending a test through ' + c.id + '…'));
        try { const r = await api('/channels/' + encodeURIComponent(c.id) + '/test', { method: 'POST' }); out.replaceChildren(message('Test delivered through ' + c.id + ' in ' + r.millis + ' ms: its destination confirmed it. Look for "Hearthguard test message" there.', true)); }
        catch (e) { out.replaceChildren(message(e.message)); }
        b.disabled = false;
      } }, 'Send a test'),
      c.editable ? h('button', { type: 'button', class: 'secondary', onclick: () => edit(c) }, 'Change') : null,
      c.configured ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try { await api('/channels/' + encodeURIComponent(c.id), { method: 'DELETE' }); data.items = data.items.filter((x) => x.id !== c.id); show(); out.replaceChildren(message('Channel ' + c.id + ' removed; nothing more is sent there.', true)); }
        catch (e) { out.replaceChildren(message(e.message)); }
      } }, 'Remove') : null)))
    : [h('li', { class: 'muted' }, 'No channels yet: the hub only shows findings here. Add one below to be told on your phone or in Home Assistant.')]));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = new FormData(f);
    const body = { type: v.get('type'), id: v.get('id'), minSeverity: v.get('minSeverity'), quietHoursZone: v.get('quietHoursZone') };
    if (v.get('quietFrom') || v.get('quietTo')) body.quietHours = v.get('quietFrom') + '-' + v.get('quietTo');
    if (body.type === 'mqtt') { body.brokerUri = v.get('brokerUri'); body.username = v.get('username'); body.topicPrefix = v.get('topicPrefix'); }
    else if (body.type === 'email') { for (const n of ['host', 'security', 'port', 'username', 'from', 'to']) body[n] = v.get(n); }
    else body.url = v.get('url');
    if (v.get('secret')) body.secret = v.get('secret');
    try {
      const c = await api('/channels', { method: 'POST', json: body });
      f.querySelector('#ch-secret').value = '';
      data.items = data.items.filter((x) => x.id !== c.id).concat([c]); show();
      const said = (x) => out.replaceChildren(message(x.state === 'running' ? 'Saved: channel ' + x.id + ' is on. Send a test to check it arrives.' : 'Saved, but the channel did not start: ' + x.stateText, x.state === 'running'));
      said(c);
      // a busy hub may answer before the channel runs: ask again for a while and show it once it does
      for (let i = 0; i < 30 && c.state !== 'running' && document.body.contains(list); i++) {
        await new Promise((r) => setTimeout(r, 1000));
        const now = (await api('/channels')).items.find((x) => x.id === c.id);
        if (now && now.state === 'running') { data.items = data.items.map((x) => (x.id === c.id ? now : x)); show(); said(now); break; }
      }
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  try { data = await api('/channels'); } catch (e) { return [message(e.message)]; }
  show();
  return [h('p', { class: 'muted' }, 'Where the hub tells you about findings. Each channel sends what is at least as serious as its level.'), list, out,
    data.configurable ? h('details', { id: 'channel-add', open: !data.items.length }, h('summary', {}, 'Add or change a channel'), f) : message('Channels cannot be changed here: ConfigurationAdmin is not running in this hub.')];
}

/** The capture interface: the machine's interfaces, the one live capture reads now, and a form to change it (capture restarts on it). */
async function captureSection() {
  let c;
  try { c = await api('/capture-interface'); } catch (e) { return message(e.message); }
  const out = h('div', { id: 'capture-result', 'aria-live': 'polite' });
  const status = h('p', { id: 'capture-status' });
  const showStatus = (x) => status.replaceChildren(...(x.running
    ? [h('span', { class: 'dot running' }), 'Listening on ', h('b', {}, x.running.source), ': ' + x.running.received + ' packets seen, ' + x.running.dropped + ' dropped.']
    : [h('span', { class: 'dot stopped' }), x.enabled ? 'Set to ' + (x.interface || '?') + ' but not listening: the hub could not open it (Status and the hub\'s log say why).' : 'Not listening to the network: only uploaded captures are analysed.']));
  showStatus(c);
  const list = h('datalist', { id: 'capture-interfaces' }, c.interfaces.map((i) => h('option', { value: i.name }, i.detail || (i.addresses.length ? i.addresses.join(', ') : 'no address'))));
  const input = h('input', { id: 'capture-interface', name: 'interface', list: 'capture-interfaces', maxlength: 64, required: true, value: c.interface || '', autocomplete: 'off' });
  const on = h('input', { type: 'checkbox', id: 'capture-enabled', name: 'enabled', checked: c.enabled || !c.interface });
  const f = h('form', { id: 'capture-form' },
    h('label', {}, 'Network interface', input, list, h('span', { class: 'hint' }, 'This machine has: ' + c.interfaces.map((i) => i.name).join(', '))),
    h('label', { class: 'inline' }, on, ' Listen to it'),
    h('button', { class: 'primary', type: 'submit' }, 'Save and restart capture'), out);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    out.replaceChildren(h('p', { class: 'muted' }, 'Restarting capture…'));
    try {
      const r = await api('/capture-interface', { method: 'POST', json: { interface: input.value, enabled: on.checked } });
      showStatus(r);
      out.replaceChildren(r.running ? message('Capture restarted on ' + r.running.source + '.', true)
        : r.enabled ? message('Saved, but capture did not start on ' + r.interface + '; the hub\'s log says why.') : message('Saved: the hub no longer listens to the network.', true));
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  return h('div', { id: 'capture-setting' }, h('p', { class: 'muted' }, 'The hub watches your home\'s traffic on one network interface of this machine (the one connected to your router or its mirror port).'),
    status, c.configurable ? f : message('Capture cannot be changed here: ConfigurationAdmin is not running in this hub.'));
}

/** A deploy verdict in the family's words. */
const DEPLOY_VERDICTS = { installed: 'added', updated: 'updated', unchanged: 'already there, nothing changed', refused: 'refused',
  rolled_back: 'taken out again: it did not work properly', limited: 'refused: too large, or too many at once', uninstalled: 'removed (its file was taken out of the deploy folder)' };

function deployWho(who) {
  const i = who.indexOf(':'), kind = i < 0 ? who : who.slice(0, i), user = i < 0 ? '' : who.slice(i + 1);
  if (kind === 'dashboard') return user + ' (this dashboard)';
  if (kind === 'api') return user + ' (an API token)';
  if (kind === 'folder') return 'dropped into the hub\'s deploy folder' + (user ? ' (file owner ' + user + ')' : '');
  return who;
}

/** Every attempt to add or update a device maker's protection, accepted or not (read-only). */
async function deployAuditSection() {
  let d;
  try { d = await api('/deploy/audit?limit=50'); } catch (e) {
    return h('p', { class: 'muted', id: 'deploy-audit' }, e.status === 501 ? 'Adding protections from device makers is not installed in this hub.' : e.message);
  }
  if (!d.items.length) return h('p', { class: 'muted', id: 'deploy-audit' }, 'No device maker\'s protection was added or offered yet.');
  return h('div', { class: 'scroll' }, h('table', { id: 'deploy-audit' },
    h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Who'), h('th', {}, 'File'), h('th', {}, 'Result'), h('th', {}, 'Why'))),
    h('tbody', {}, d.items.map((a) => h('tr', { 'data-verdict': a.verdict, class: a.verdict === 'refused' || a.verdict === 'rolled_back' || a.verdict === 'limited' ? 'refused' : null },
      h('td', {}, fmtTime(a.at)), h('td', {}, deployWho(a.who)), h('td', {}, h('code', {}, a.fileName), a.symbolicName ? h('div', { class: 'muted small' }, a.symbolicName + ' ' + (a.version || '')) : null),
      h('td', {}, h('b', {}, DEPLOY_VERDICTS[a.verdict] || a.verdict)), h('td', {}, a.reason || '—'))))));
}

async function settingsPage() {
  const s = await api('/settings');
  const tokens = await api('/tokens');
  const out = h('div', { id: 'token-result' });
  const tf = h('form', { id: 'token-form' }, h('label', {}, 'New API token name', h('input', { name: 'name', required: true, maxlength: 64 })),
    h('button', { class: 'primary', type: 'submit' }, 'Create token'), out);
  tf.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const t = await api('/tokens', { method: 'POST', json: { name: new FormData(tf).get('name') } });
      out.replaceChildren(message('Copy this token now; it is shown only once:', true), h('pre', { id: 'new-token' }, t.token));
    } catch (e) { out.replaceChildren(message(e.message)); }
  });
  const pout = h('div');
  const pf = h('form', {}, h('label', {}, 'Current password', h('input', { name: 'cur', type: 'password', required: true, autocomplete: 'current-password' })),
    h('label', {}, 'New password', h('input', { name: 'next', type: 'password', required: true, minlength: 10, autocomplete: 'new-password' })),
    h('button', { class: 'primary', type: 'submit' }, 'Change password'), pout);
  pf.addEventListener('submit', async (ev) => {
    ev.preventDefault(); const d = new FormData(pf);
    try { await api('/account/password', { method: 'POST', json: { currentPassword: d.get('cur'), newPassword: d.get('next') } }); pout.replaceChildren(message('Password changed.', true)); }
    catch (e) { pout.replaceChildren(message(e.message)); }
  });
  let mutes = { items: [] };
  try { mutes = await api('/mute-rules'); } catch (e) { /* without the findings lifecycle there are none */ }
  const muteList = h('ul', { id: 'mute-rules' });
  const showMutes = () => muteList.replaceChildren(...(mutes.items.length ? mutes.items.map((m) => h('li', { 'data-id': m.id },
    m.rule ? h('code', {}, m.rule) : 'every kind', ' about ', m.device ? h('a', { href: '#/devices/' + m.device }, m.device) : 'every device',
    m.reason ? ' — ' + m.reason : '', ' ',
    h('button', { type: 'button', class: 'linkish', onclick: async () => {
      try { await api('/mute-rules/' + encodeURIComponent(m.id), { method: 'DELETE' }); mutes.items = mutes.items.filter((x) => x.id !== m.id); showMutes(); }
      catch (e) { muteList.append(h('li', {}, message(e.message))); }
    } }, 'Stop muting'))) : [h('li', { class: 'muted' }, 'Nothing is muted. Mute a kind of finding for a device from the finding\'s page.')]));
  showMutes();
  let allows = { items: [] };
  try { allows = await api('/allow-rules'); } catch (e) { /* without the findings lifecycle there are none */ }
  const allowList = h('ul', { id: 'allow-rules' });
  const showAllows = () => allowList.replaceChildren(...(allows.items.length ? allows.items.map((a) => h('li', { 'data-id': a.id },
    h('b', {}, a.title), ' is normal for ', h('a', { href: '#/devices/' + a.device }, a.deviceName), a.destination ? ' when it talks to ' + a.destination : '',
    h('span', { class: 'muted small' }, ' (' + fmtTime(a.created) + ') '),
    h('button', { type: 'button', class: 'linkish', onclick: async () => {
      try { await api('/allow-rules/' + encodeURIComponent(a.id), { method: 'DELETE' }); allows.items = allows.items.filter((x) => x.id !== a.id); showAllows(); }
      catch (e) { allowList.append(h('li', {}, message(e.message))); }
    } }, 'Not normal any more'))) : [h('li', { class: 'muted' }, 'Nothing is marked as normal. On a finding\'s page, "This is normal for …" adds it here.')]));
  showAllows();
  page('Settings',
    h('div', { class: 'card' }, h('dl', {}, h('dt', {}, 'Logged in as'), h('dd', {}, s.user), h('dt', {}, 'Hub address'), h('dd', {}, s.httpUrl || '—'),
      h('dt', {}, 'Installed features'), h('dd', {}, Object.entries(s.features).map(([k, v]) => k + ': ' + (v ? 'yes' : 'no')).join(' · ')))),
    h('h2', {}, 'Notification channels'), ...(await channelsSection()),
    h('h2', {}, 'Where the hub listens'), await captureSection(),
    h('h2', {}, 'Your router\'s password'), routerPasswordSection(s.features.routerPasswordCheck),
    h('h2', {}, 'Your Wi-Fi\'s security'), wifiSection(s.features.wifiSecurity),
    h('h2', {}, 'This is normal'), h('p', { class: 'muted' }, 'Kinds of findings you said are normal for a device (optionally only for one destination). Matching findings are muted, not deleted.'), allowList,
    h('h2', {}, 'Mute rules'), muteList,
    h('h2', {}, 'Protections added by device makers'), h('p', { class: 'muted' }, 'Every time someone offered the hub a device maker\'s protection: who, when, which file and what the hub did with it. The hub checks each one (its signature, unless that check is turned off, and that it works) before keeping it.'),
    await deployAuditSection(),
    h('h2', {}, 'API tokens'), h('ul', {}, tokens.items.map((t) => h('li', {}, t.name + ' (created ' + fmtTime(t.created) + ')'))), tf,
    h('h2', {}, 'Password'), pf);
}

/** Quarantines and blocks in force on the gateway, each with its undo, and the audit of what was done. */
async function responsePage() {
  const d = await api('/response');
  const out = h('div', { id: 'response-result', 'aria-live': 'polite' });
  const what = (a) => a.kind === 'quarantine'
    ? [h('b', {}, (a.deviceName || 'a device') + ' is quarantined'), ': it can reach only the router\'s name service (DNS) and address service (DHCP), nothing else.']
    : [h('b', {}, (a.everyDevice ? 'Every device' : (a.deviceName || 'a device')) + ' is blocked from ' + (a.domain || a.destinations.join(', '))), ' — nothing goes there or comes back.'];
  const rows = d.active.map((a) => h('li', { class: 'action', 'data-id': a.id, 'data-kind': a.kind }, ...what(a),
    h('p', { class: 'muted small' }, 'Since ' + fmtTime(a.created) + ' · by ' + a.actor + (a.reason ? ' · ' + a.reason : '') + (a.findingId ? ' · ' : ''),
      a.findingId ? h('a', { href: '#/findings/' + a.findingId }, 'the finding') : null),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'undo', onclick: async (ev) => {
      ev.target.disabled = true;
      try {
        await api('/response/' + encodeURIComponent(a.id) + '/undo', { method: 'POST' });
        await responsePage();
        document.getElementById('response-result').replaceChildren(message('Undone: ' + (a.kind === 'quarantine' ? (a.deviceName || 'the device') + ' can use the network again.' : 'the block is lifted.'), true));
      } catch (e) { ev.target.disabled = false; out.replaceChildren(message(e.message)); }
    } }, a.kind === 'quarantine' ? 'Let it back on the network' : 'Lift the block'))));
  const audit = h('div', { class: 'scroll' }, h('table', { id: 'response-audit' },
    h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'What'), h('th', { class: 'hide-narrow' }, 'Who'))),
    h('tbody', {}, d.audit.length ? d.audit.map((e) => h('tr', { 'data-op': e.operation }, h('td', {}, fmtTime(e.time)),
      h('td', {}, (OPS[e.operation] || e.operation) + ': ' + e.summary), h('td', { class: 'hide-narrow' }, e.actor)))
      : h('tr', {}, h('td', { colspan: 3, class: 'muted' }, 'Nothing was done yet.')))));
  page('Response',
    d.available ? h('p', { class: 'muted' }, 'What the hub does on your router: devices it cut off and places it blocks. Each can be undone here; every step is kept below.')
      : message('Response is off in this hub: it acts only when it runs on the home\'s router (gateway) and is set up for it (docs/response.md). Nothing is blocked.'),
    out,
    h('h2', {}, 'In force now'), h('ul', { id: 'response-active', class: 'jobs' }, rows.length ? rows : h('li', { class: 'muted' }, 'Nothing is quarantined or blocked.')),
    h('h2', {}, 'What was done'), audit);
}
const OPS = { apply: 'Done', undo: 'Undone', reapply: 'Checked when the hub started', failed: 'Failed' };

// ------------------------------------------------------------------ routing

async function route() {
  if (events) { events.close(); events = null; }
  const [path, query] = (location.hash.slice(1) || '/home').split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean);
  delete main.dataset.ready;
  let state;
  try { state = await api('/auth/state'); } catch (e) { page('Hub unreachable', message(e.message)); return; }
  csrf = state.csrfToken || null;
  nav.hidden = !state.authenticated;
  menu.hidden = !state.authenticated;
  nav.classList.remove('open'); menu.setAttribute('aria-expanded', 'false');
  for (const a of nav.querySelectorAll('a')) a.toggleAttribute('aria-current', a.getAttribute('href') === '#/' + parts[0]);
  for (const a of nav.querySelectorAll('a[aria-current]')) a.setAttribute('aria-current', 'page');
  try {
    if (state.setupRequired) return setupPage(params);
    if (!state.authenticated) return loginPage();
    switch (parts[0]) {
      case 'devices': return parts[1] ? await devicePage(parts[1]) : await devicesPage();
      case 'findings': return parts[1] ? await findingPage(parts[1]) : await findingsPage(params);
      case 'skills': return await uploadPage('Skills', '/skills', '.zip,.json,.txt', 'Upload a voice-skill package (zip or interaction model JSON) to check it for phishing, eavesdropping and deceptive text.');
      case 'captures': return parts[1] && parts[2] === 'findings' ? await investigationFindingPage(parts[1], parts[3] || '')
        : parts[1] ? await investigationPage(parts[1]) : await uploadPage('Captures', '/captures', '.pcap,.pcapng,.cap', 'Upload a packet capture (pcap or pcapng, up to 32 MB) to investigate it. It is analysed on its own, in a sandbox: its devices and findings are shown here and never mixed into your home.');
      case 'protections': return await protectionsPage();
      case 'response': return await responsePage();
      case 'settings': return await settingsPage();
      default: return await homePage();
    }
  } catch (e) {
    if (e.status !== 401) page('Something went wrong', message(e.message));
  } finally {
    main.focus({ preventScroll: true });
    main.dataset.ready = location.hash; // the page for this address is drawn (tests wait for it)
  }
}

document.getElementById('logout').addEventListener('click', async () => {
  try { await api('/logout', { method: 'POST' }); } catch (e) { /* already logged out */ }
  csrf = null; go('#/login');
});
window.addEventListener('hashchange', route);
route();
