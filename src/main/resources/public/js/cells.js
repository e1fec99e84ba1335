// Table cells wrap between words, not inside one (練馬区 / 薬剤師会, not 練馬区薬剤師 / 会): a <wbr> goes between
// the words of each cell, and the table's CSS (table.worded) then breaks there only. Without script, or where the
// browser cannot tell words apart, cells wrap as the browser wraps them. Pages that handout.js lays out on paper
// are left as it measures them.
(function () {
  'use strict';

  function worded(cell) {
    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    nodes.forEach(function (text) {
      var words = ZaitakuWords.of(text.data);
      if (words.length < 2) return;
      var pieces = document.createDocumentFragment();
      words.forEach(function (word, i) {
        if (i > 0) pieces.appendChild(document.createElement('wbr'));
        pieces.appendChild(document.createTextNode(word));
      });
      text.parentNode.replaceChild(pieces, text);
    });
  }

  function wordAll() {
    if (!ZaitakuWords.known || document.querySelector('script[src$="/handout.js"]')) return;
    document.querySelectorAll('main table.data').forEach(function (table) {
      table.querySelectorAll('th, td').forEach(worded);
      table.classList.add('worded');
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wordAll);
  else wordAll();
})();
