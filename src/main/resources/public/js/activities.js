// The 別紙's filter in a static copy (export), where no server answers the form: the form still sends its
// conditions in the address (activities.html?org=4&q=…), and here the rows are filtered by the dashboard's rules
// (Activities.keeps, Listing.Row.matches). The dashboard itself filters on the server and skips all this.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  var table = document.getElementById('activities-table');
  if (!document.documentElement.hasAttribute('data-export') || !form || !table) return;

  var params = new URLSearchParams(window.location.search);
  var filter = {};
  ['q', 'org', 'audience', 'year', 'involvement'].forEach(function (name) {
    filter[name] = (params.get(name) || '').trim();
    if (params.has(name)) form.elements[name].value = filter[name];
  });
  if (!filter.q && !filter.org && !filter.audience && !filter.year && !filter.involvement) return;

  // As web/Folding: NFKC folds ｹｱﾏﾈｼﾞｬｰ to ケアマネジャー and ２０１４ to 2014, katakana becomes hiragana, every wave
  // dash one; data-search is folded already.
  var terms = filter.q.normalize('NFKC').toLowerCase().replace(/[\u30A1-\u30F6]/g, function (c) {
    return String.fromCharCode(c.charCodeAt(0) - 0x60);
  }).replace(/[\u301C\u3030\u223C]/g, '~').split(/\s+/).filter(Boolean);
  function has(list, value) { return (list || '').split(' ').indexOf(value) >= 0; }
  function keeps(row) {
    var d = row.dataset;
    return (!filter.org || d.org === filter.org || d.parent === filter.org)
      && (!filter.audience || has(d.audiences, filter.audience))
      && (!filter.year || d.year === filter.year)
      && (!filter.involvement || has(d.involvement, filter.involvement))
      && terms.every(function (term) { return d.search.indexOf(term) >= 0; });
  }

  var shown = 0;
  Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
    row.hidden = !keeps(row);
    if (!row.hidden) shown++;
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-count]'), function (count) {
    count.textContent = shown + '件';
  });
  // The charts count the whole list; only the server draws them for a filtered one.
  document.getElementById('activities-charts').hidden = true;
  document.getElementById('charts-hidden').hidden = shown === 0;
  table.parentElement.hidden = shown === 0;
  document.getElementById('no-match').hidden = shown > 0;
})();
