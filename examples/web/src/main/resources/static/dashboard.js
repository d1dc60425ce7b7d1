// The Pledgewatch dashboard: the agreements served, every pledge of one with its status and
// per-party marks, its scorecard, a timeline of statuses since the agreement, and a pledge's
// explanation and sources on click.
// Text from evidence is user input: it goes into the page with textContent, never innerHTML.
'use strict';

const params = new URLSearchParams(location.search);
const query = params.get('asOf') ? '?asOf=' + encodeURIComponent(params.get('asOf')) : '';
const STATUSES = ['met', 'partially-met', 'in-progress', 'not-met', 'contested', 'insufficient-evidence'];
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const label = s => s.replace(/-/g, ' ');
const badge = s => el('span', { class: 'status status-' + s }, label(s));

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

// Report.STALE_AFTER_DAYS in the library: the reports print the same warning.
const STALE_AFTER_DAYS = 90;

function staleWarning(report) {
  if (!report.latestEvidencePublished) return `no evidence was published by ${report.asOf}, so no verdict rests on any`;
  const days = Math.round((Date.parse(report.asOf) - Date.parse(report.latestEvidencePublished)) / 86400000);
  if (days <= STALE_AFTER_DAYS) return null;
  return `the newest evidence was published on ${report.latestEvidencePublished}, ${days} days before ${report.asOf}: what happened since is not in these verdicts`;
}

function renderSummary(report) {
  const latest = report.latestEvidencePublished ? ', the latest published ' + report.latestEvidencePublished : '';
  document.getElementById('summary').textContent =
    `Compliance as of ${report.asOf}: ${report.assessments.length} ${report.assessments.length === 1 ? 'pledge' : 'pledges'}, ${report.evidenceConsidered} evidence items considered${latest}.`;
  const warning = staleWarning(report);
  const box = document.getElementById('stale');
  box.hidden = warning === null;
  box.textContent = warning === null ? '' : 'Warning: ' + warning + '.';
}

function renderTable(report) {
  const body = document.getElementById('pledges');
  body.replaceChildren();
  for (const a of report.assessments) {
    const parties = el('td', { class: 'parties' });
    for (const [party, verdict] of Object.entries(a.byParty)) {
      const status = verdict.status;
      parties.append(el('span', { class: 'mark status-' + status, title: party + ': ' + label(status) + (verdict.late ? ' (late)' : '') }, party));
    }
    const status = el('td', { class: 'status-cell' }, badge(a.status));
    if (a.late) status.append(el('span', { class: 'late' }, 'late'));
    const row = el('tr', { class: 'pledge', 'data-commitment': a.commitment, 'data-status': a.status, tabindex: '0' },
      el('td', { class: 'title' }, a.title), status, parties,
      el('td', {}, a.confidence.toFixed(2)), el('td', { class: 'reason' }, a.explanation.summary));
    row.addEventListener('click', () => explain(a.commitment, row));
    row.addEventListener('keydown', e => { if (e.key === 'Enter') explain(a.commitment, row); });
    body.append(row);
  }
}

function renderChart(timeline) {
  const cell = 16, rowHeight = 20, left = 290, top = 34;
  const width = left + timeline.dates.length * cell + 10;
  const height = top + timeline.commitments.length * rowHeight + 6;
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Status of each pledge at the end of every month' });
  const last = timeline.dates.length - 1;
  timeline.dates.forEach((d, i) => {
    // Every third month, and the last point unless it would overlap the label before it.
    if (i % 3 === 0 || (i === last && last % 3 >= 2)) {
      chart.append(svg('text', { x: left + i * cell, y: top - 8, transform: `rotate(-30 ${left + i * cell} ${top - 8})` }, d.slice(0, 7)));
    }
  });
  timeline.commitments.forEach((row, r) => {
    const y = top + r * rowHeight;
    chart.append(svg('text', { x: 0, y: y + 13 }, row.title.length > 44 ? row.title.slice(0, 43) + '\u2026' : row.title));
    row.statuses.forEach((s, i) => {
      const rect = svg('rect', { class: 'cell status-' + s, x: left + i * cell, y, width: cell - 2, height: rowHeight - 4,
        'data-commitment': row.commitment, 'data-date': timeline.dates[i] });
      rect.append(svg('title', {}, `${row.commitment} on ${timeline.dates[i]}: ${label(s)}`));
      chart.append(rect);
    });
  });
  document.getElementById('timeline').replaceChildren(chart);
  document.getElementById('legend').replaceChildren(...STATUSES.map(s => el('li', {}, badge(s))));
}

async function explain(commitment, row) {
  document.querySelectorAll('tr.pledge.selected').forEach(r => r.classList.remove('selected'));
  row.classList.add('selected');
  const a = await getJson(`/api/commitments/${encodeURIComponent(commitment)}${query}`);
  const panel = document.getElementById('explanation');
  const criteria = el('ul', {});
  for (const c of a.explanation.criteria) {
    const item = el('li', {}, el('strong', {}, c.criterion), ' ', c.satisfied ? 'satisfied' : 'not satisfied',
      c.contradicted ? ', contradicted' : '', ': ', c.description);
    for (const d of c.decisions) {
      item.append(el('div', { class: 'decision' }, `${d.stance} by rule \u201c${d.rule}\u201d${d.party ? ' for ' + d.party : ''} on ${d.evidence.join(', ')}`));
    }
    if (c.wouldSatisfy) item.append(el('div', { class: 'hint' }, 'Would be satisfied by: ' + c.wouldSatisfy));
    criteria.append(item);
  }
  const setAside = el('ul', {}, ...a.explanation.setAside.map(s => el('li', {}, `${s.evidence}: ${s.reason}`)));
  const sources = el('div', {});
  for (const e of a.explanation.evidence) {
    const title = e.url && /^https?:/.test(e.url) ? el('a', { href: e.url, rel: 'noopener' }, e.title) : el('em', {}, e.title);
    sources.append(el('p', {}, el('code', {}, e.id), ' ', e.publisher, ', ', title, ', ', e.publishedOn,
      e.origin !== e.source ? ` (rewrite of ${e.origin})` : ''), el('blockquote', {}, e.quote));
  }
  panel.replaceChildren(el('h2', {}, a.title), el('p', {}, badge(a.status), ' ', a.explanation.summary),
    el('h3', {}, 'Criteria'), criteria, el('h3', {}, 'Set aside'), setAside, el('h3', {}, 'Sources'), sources);
  panel.hidden = false;
}

// The agreements served, as links keeping the as-of date; the chosen one is marked.
function renderAgreements(agreements, agreement) {
  const nav = document.getElementById('agreements');
  nav.replaceChildren(...agreements.map(a => {
    const link = new URLSearchParams(params);
    link.set('agreement', a.id);
    const attrs = { href: '?' + link.toString(), 'data-agreement': a.id };
    if (a.id === agreement.id) attrs['aria-current'] = 'page';
    return el('a', attrs, `${a.title} (${a.date})`);
  }));
  document.getElementById('agreement-title').textContent = `${agreement.title}, ${agreement.place}, ${agreement.date}`;
}

const score = s => s == null ? 'n/s' : (s > 0 ? '+' : '') + (Number.isInteger(s) ? s : s.toFixed(2));

// The scorecard as the G7 Research Group tables it: a score per party and commitment, each
// party's average and the G7 percentage. The scores come from the library (Scorecard).
function renderScorecard(card) {
  const head = el('tr', {}, el('th', {}, 'Commitment'), ...card.parties.map(p => el('th', {}, p)), el('th', {}, 'Score'));
  const rows = card.rows.map(r => el('tr', { class: 'score-row', 'data-commitment': r.commitment },
    el('td', {}, r.title),
    ...card.parties.map(p => {
      const c = r.byParty[p];
      if (!c) return el('td', {}, '');
      return el('td', { class: 'score status-' + c.status, 'data-party': p,
        title: `${p}: ${label(c.status)}` + (c.items.length ? '; decided by ' + c.items.join(', ') : '') }, score(c.score));
    }),
    el('td', { class: 'score-total' }, score(r.score))));
  const average = el('tr', { class: 'average' }, el('th', {}, 'Average'),
    ...card.parties.map(p => el('td', { 'data-party': p }, score(card.averages[p]))), el('td', {}, score(card.average)));
  const percent = el('tr', { class: 'percentage' }, el('th', {}, 'G7 percentage'),
    el('td', { colspan: card.parties.length }, ''),
    el('td', { id: 'percentage' }, card.percentage === null ? 'n/s' : Math.round(card.percentage) + '%'));
  document.getElementById('scorecard').replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows, average, percent)));
}

async function load() {
  try {
    const agreements = await getJson('/api/agreements');
    const chosen = params.get('agreement') || agreements[0].id;
    const agreement = agreements.find(a => a.id === chosen);
    if (!agreement) throw new Error(`no agreement '${chosen}'; known: ${agreements.map(a => a.id).join(', ')}`);
    renderAgreements(agreements, agreement);
    const [report, timeline, card] = await Promise.all([
      getJson(`/api/agreements/${encodeURIComponent(agreement.id)}/report${query}`),
      getJson(`/api/agreements/${encodeURIComponent(agreement.id)}/timeline${query}`),
      getJson(`/api/agreements/${encodeURIComponent(agreement.id)}/scorecard${query}`)]);
    renderSummary(report);
    renderTable(report);
    renderScorecard(card);
    renderChart(timeline);
    document.body.dataset.loaded = 'true';
  } catch (e) {
    const error = document.getElementById('error');
    error.textContent = 'Could not load the dashboard: ' + e.message;
    error.hidden = false;
  }
}

load();
