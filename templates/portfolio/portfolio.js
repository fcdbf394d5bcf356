/* global window, document */
// Filters and search for the index, in the browser, without a server: data/index.js sets window.PARTNER_PORTFOLIO.
// Without JavaScript the index is a plain paged table; this only enhances it. Text goes in with textContent only.
(function () {
  'use strict';
  var data = window.PARTNER_PORTFOLIO;
  var form = document.getElementById('filters');
  var table = document.getElementById('partnerships');
  if (!data || !form || !table) return;
  var words = data.words;
  var STEP = 100;
  var shown = STEP;
  var body = table.tBodies[0];
  var count = document.getElementById('count');
  var moreWrap = document.getElementById('more-wrap');
  var more = document.getElementById('more');
  var q = document.getElementById('q');
  var phase = document.getElementById('phase');
  var sector = document.getElementById('sector');
  var sdg = document.getElementById('sdg');
  var attention = document.getElementById('attention');
  var pages = document.querySelector('nav.pages');
  // Row: [id, name, phase, sectors, places, partners, lastReview, health, attention, openItems, note, goals,
  // lastReview in words]; every text but the id, name, date and health is a place in `words`.
  var rows = data.rows;
  function word(i) { return words[i]; }
  // What a search looks in (name, places, partners), made on the first search, not while the page loads.
  var texts = null;
  function searchTexts() {
    if (!texts) texts = rows.map(function (r) { return [r[1]].concat(r[4].map(word), r[5].map(word)).join(' \u0001 ').toLowerCase(); });
    return texts;
  }
  function fill(select, values) {
    values.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    });
  }
  var phases = [];
  var sectors = [];
  var goals = [];
  // Each distinct word once: by its place in `words`, so each row costs a look-up, not a search of the lists.
  var seen = { phases: {}, sectors: {}, goals: {} };
  function once(list, name, i) {
    if (seen[name][i]) return;
    seen[name][i] = true;
    list.push(words[i]);
  }
  rows.forEach(function (r) {
    r[11].forEach(function (i) { once(goals, 'goals', i); });
    once(phases, 'phases', r[2]);
    r[3].forEach(function (i) { once(sectors, 'sectors', i); });
  });
  var order = ['scoping', 'building', 'planning', 'implementing', 'reviewing', 'sustaining'];
  phases.sort(function (a, b) { return order.indexOf(a.toLowerCase()) - order.indexOf(b.toLowerCase()); });
  sectors.sort();
  fill(phase, phases);
  fill(sector, sectors);
  goals.sort(function (a, b) { return Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')); });
  fill(sdg, goals);
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function lines(cell, items, most) {
    items.slice(0, most).forEach(function (t, i) {
      if (i) cell.appendChild(el('br'));
      cell.appendChild(document.createTextNode(t));
    });
    if (items.length > most) {
      cell.appendChild(el('br'));
      cell.appendChild(document.createTextNode('and ' + (items.length - most) + ' more'));
    }
  }
  var RATING = { g: ['green', 'Green'], a: ['amber', 'Amber'], r: ['red', 'Red'], '-': ['none', 'Not rated'] };
  function row(r) {
    var tr = el('tr');
    var th = el('th');
    th.scope = 'row';
    var a = el('a', r[1]);
    a.href = 'p/' + r[0] + '.html';
    th.appendChild(a);
    if (words[r[10]]) {
      th.appendChild(el('br'));
      var note = el('span', words[r[10]]);
      note.className = 'note';
      th.appendChild(note);
    }
    tr.appendChild(th);
    tr.appendChild(el('td', words[r[2]]));
    var s = el('td'); lines(s, r[3].map(word), 3); tr.appendChild(s);
    var p = el('td'); lines(p, r[4].map(word), 3); tr.appendChild(p);
    tr.appendChild(el('td', r[11].map(word).join(', ')));
    var pa = el('td'); lines(pa, r[5].map(word), 3); tr.appendChild(pa);
    var rv = el('td');
    if (!r[6]) rv.textContent = 'No review yet';
    else {
      // The date in words, as the page without JavaScript writes it (15 March 1995): data/index.js carries it.
      var t = el('time', words[r[12]]);
      t.dateTime = r[6];
      rv.appendChild(t);
      var h = el('div');
      h.className = 'health';
      r[7].split('').forEach(function (c, i) {
        var k = RATING[c] || RATING['-'];
        var b = el('span');
        b.className = 'rating rating-' + k[0];
        b.title = (data.healthTitles[i] || '') + ': ' + k[1];
        var hidden = el('span', (data.healthTitles[i] || '') + ': ');
        hidden.className = 'visually-hidden';
        b.appendChild(hidden);
        b.appendChild(document.createTextNode(k[1]));
        h.appendChild(b);
      });
      rv.appendChild(h);
    }
    tr.appendChild(rv);
    var at = el('td');
    if (r[8].length) lines(at, r[8].map(word), 9); else at.textContent = 'Nothing overdue';
    tr.appendChild(at);
    var oi = el('td', String(r[9]));
    oi.className = 'number';
    tr.appendChild(oi);
    return tr;
  }
  // A choice as its place in `words` (-1 when nothing is chosen), so rows are filtered by comparing numbers.
  function placeOf(value) { return value ? words.indexOf(value) : -1; }
  function filtering() { return Boolean(q.value.trim() || phase.value || sector.value || sdg.value || attention.checked); }
  function matches() {
    var needle = q.value.trim().toLowerCase();
    var ph = placeOf(phase.value);
    var se = placeOf(sector.value);
    var att = attention.checked;
    var go = placeOf(sdg.value);
    var text = needle ? searchTexts() : null;
    return rows.filter(function (r, n) {
      if (ph >= 0 && r[2] !== ph) return false;
      if (se >= 0 && r[3].indexOf(se) < 0) return false;
      if (att && !r[8].length) return false;
      if (go >= 0 && r[11].indexOf(go) < 0) return false;
      return !needle || text[n].indexOf(needle) >= 0;
    });
  }
  function counted(found) {
    var total = rows.length.toLocaleString('en');
    count.textContent = found.length === rows.length
      ? 'Showing ' + Math.min(shown, found.length).toLocaleString('en') + ' of ' + total + ' partnerships.'
      : found.length.toLocaleString('en') + ' of ' + total + ' partnerships match' + (found.length > shown ? '; showing the first ' + shown.toLocaleString('en') : '') + '.';
    moreWrap.hidden = found.length <= shown;
  }
  function render() {
    var found = matches();
    var frag = document.createDocumentFragment();
    found.slice(0, shown).forEach(function (r) { frag.appendChild(row(r)); });
    body.textContent = '';
    body.appendChild(frag);
    counted(found);
  }
  function restart() { shown = STEP; render(); }
  form.hidden = false;
  if (pages) pages.hidden = true;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  q.addEventListener('input', restart);
  phase.addEventListener('change', restart);
  sector.addEventListener('change', restart);
  sdg.addEventListener('change', restart);
  attention.addEventListener('change', restart);
  more.addEventListener('click', function () { shown += STEP; render(); });
  // The page already shows the first rows, as the data has them: they are drawn again only when a filter the
  // browser kept (going back to the page) or a later page of the list (index-2.html ...) asks for other rows.
  if (filtering() || !body.rows.length || body.rows[0].querySelector('a').getAttribute('href') !== 'p/' + (rows[0] && rows[0][0]) + '.html') render();
  else counted(rows);
})();
