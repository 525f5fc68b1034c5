'use strict';
// Reads /api/fleet every 5 s and fills the tables; text only (textContent), never HTML from data.
function row(table, cells, header) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement(header ? 'th' : 'td');
    td.textContent = String(c);
    if (typeof c === 'number') td.className = 'n';
    tr.appendChild(td);
  }
  table.appendChild(tr);
}
function fill(id, header, rows) {
  const t = document.getElementById(id);
  t.replaceChildren();
  row(t, header, true);
  for (const r of rows) row(t, r, false);
}
async function refresh() {
  try {
    const f = await (await fetch('api/fleet')).json();
    document.getElementById('summary').textContent = f.homes + ' homes, ' + f.openFindings + ' open findings, ' +
      f.homesWithEavesdropping + ' homes with suspected eavesdropping, ' + f.silentHubs + ' hubs silent.';
    const sev = ['critical', 'high', 'medium', 'low', 'info'];
    fill('categories', ['category'].concat(sev), Object.entries(f.openByCategory).map(([c, s]) => [c].concat(sev.map(x => s[x] || 0))));
    fill('silent', ['hub', 'last heard'], f.silent.map(s => [s.hub, s.lastHeard]));
    fill('skills', ['skill', 'homes'], f.skillsFlaggedInManyHomes.map(s => [s.skill, s.homes]));
    fill('models', ['type | vendor | model | firmware', 'homes'], f.deviceModels.map(m => [m.model, m.homes]));
  } catch (e) {
    document.getElementById('summary').textContent = 'The aggregator did not answer: ' + e;
  }
}
refresh();
setInterval(refresh, 5000);
