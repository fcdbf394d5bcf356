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
  // Row: [id, name, phase, sectors, places, partners, lastReview, health, attention, openItems, note, goals]
  var rows = data.rows.map(function (r) {
    var text = [r[1]].concat(r[4].map(function (i) { return words[i]; }), r[5]).join(' \u0001 ').toLowerCase();
    return { r: r, text: text };
  });
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
  data.rows.forEach(function (r) {
    r[11].forEach(function (i) { if (goals.indexOf(words[i]) < 0) goals.push(words[i]); });
    var p = words[r[2]];
    if (phases.indexOf(p) < 0) phases.push(p);
    r[3].forEach(function (i) { if (sectors.indexOf(words[i]) < 0) sectors.push(words[i]); });
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
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  // 1995-03-15 as 15 March 1995, as the page without JavaScript writes it.
  function longDate(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0];
  }
  function row(r) {
    var tr = el('tr');
    var th = el('th');
    th.scope = 'row';
    var a = el('a', r[1]);
    a.href = 'p/' + r[0] + '.html';
    th.appendChild(a);
    if (r[10]) {
      th.appendChild(el('br'));
      var note = el('span', r[10]);
      note.className = 'note';
      th.appendChild(note);
    }
    tr.appendChild(th);
    tr.appendChild(el('td', words[r[2]]));
    var s = el('td'); lines(s, r[3].map(function (i) { return words[i]; }), 3); tr.appendChild(s);
    var p = el('td'); lines(p, r[4].map(function (i) { return words[i]; }), 3); tr.appendChild(p);
    tr.appendChild(el('td', r[11].map(function (i) { return words[i]; }).join(', ')));
    var pa = el('td'); lines(pa, r[5], 3); tr.appendChild(pa);
    var rv = el('td');
    if (!r[6]) rv.textContent = 'No review yet';
    else {
      var t = el('time', longDate(r[6]));
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
    if (r[8].length) lines(at, r[8], 9); else at.textContent = 'Nothing overdue';
    tr.appendChild(at);
    var oi = el('td', String(r[9]));
    oi.className = 'number';
    tr.appendChild(oi);
    return tr;
  }
  function matches() {
    var needle = q.value.trim().toLowerCase();
    var ph = phase.value;
    var se = sector.value;
    var att = attention.checked;
    var go = sdg.value;
    return rows.filter(function (x) {
      var r = x.r;
      if (ph && words[r[2]] !== ph) return false;
      if (se && !r[3].some(function (i) { return words[i] === se; })) return false;
      if (att && !r[8].length) return false;
      if (go && !r[11].some(function (i) { return words[i] === go; })) return false;
      return !needle || x.text.indexOf(needle) >= 0;
    });
  }
  function render() {
    var found = matches();
    var frag = document.createDocumentFragment();
    found.slice(0, shown).forEach(function (x) { frag.appendChild(row(x.r)); });
    body.textContent = '';
    body.appendChild(frag);
    var total = rows.length.toLocaleString('en');
    count.textContent = found.length === rows.length
      ? 'Showing ' + Math.min(shown, found.length).toLocaleString('en') + ' of ' + total + ' partnerships.'
      : found.length.toLocaleString('en') + ' of ' + total + ' partnerships match' + (found.length > shown ? '; showing the first ' + shown.toLocaleString('en') : '') + '.';
    moreWrap.hidden = found.length <= shown;
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
  render();
})();
