// The search in a static copy (export), where no server answers search.html?q=: the matching and the markup of
// search/SearchAnswer.java, from the index the page names (data-index). The index holds what needs data (era and
// Gregorian years, the report's spelling variants); this folds widths, kana and wave dashes as search/Folding.java.
// The dashboard itself answers on the server and skips all this.
(function () {
  'use strict';
  var box = document.getElementById('search-results');
  var slot = document.getElementById('search-answer');
  if (!document.documentElement.hasAttribute('data-export') || !box || !slot) return;
  var q = (new URLSearchParams(window.location.search).get('q') || '').trim();
  if (!q) return;
  Array.prototype.forEach.call(document.querySelectorAll('input[data-q]'), function (input) { input.value = q; });
  document.title = document.title.replace(/^検索 \| /, '「' + q + '」の検索結果 | ');
  var MAX_LENGTH = 200, SHOWN = 30, CONTEXT = 100, BEFORE = 20, IN_TITLE = 10;

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }
  function isVoicedMark(c) { return c === '\uFF9E' || c === '\uFF9F' || c === '\u3099' || c === '\u309A'; }
  function foldPiece(piece) {
    var s = piece.normalize('NFKC').toLowerCase(), out = '';
    for (var k = 0; k < s.length; k++) {
      var c = s.charCodeAt(k);
      if (c >= 0x30A1 && c <= 0x30F6) c -= 0x60;
      else if (c === 0x301C || c === 0x3030 || c === 0x223C) c = 0x7E;
      out += String.fromCharCode(c);
    }
    return out;
  }
  function fold(text) {
    var out = '', origin = [], i = 0;
    while (i < text.length) {
      var end = i + (text.codePointAt(i) > 0xFFFF ? 2 : 1);
      while (end < text.length && isVoicedMark(text.charAt(end))) end++;
      var piece = foldPiece(text.slice(i, end));
      for (var k = 0; k < piece.length; k++) origin.push(i);
      out += piece;
      i = end;
    }
    origin.push(text.length);
    return { text: out, origin: origin };
  }
  function terms(query, aliases) {
    return fold(query).text.trim().split(/\s+/).filter(Boolean).map(function (word) {
      var ways = [word];
      aliases.forEach(function (group) {
        group.forEach(function (alias) {
          if (word.indexOf(alias) < 0) return;
          group.forEach(function (other) {
            var way = word.split(alias).join(other);
            if (ways.indexOf(way) < 0) ways.push(way);
          });
        });
      });
      return ways;
    });
  }
  function isDigit(c) { return c >= '0' && c <= '9'; }
  function find(folded, ways, marks) {
    var found = false, t = folded.text;
    ways.forEach(function (way) {
      for (var at = t.indexOf(way); at >= 0; at = t.indexOf(way, at + 1)) {
        var end = at + way.length;
        if (isDigit(way.charAt(0)) && at > 0 && isDigit(t.charAt(at - 1))) continue;
        if (isDigit(way.charAt(way.length - 1)) && end < t.length && isDigit(t.charAt(end))) continue;
        marks.push([folded.origin[at], folded.origin[end]]);
        found = true;
      }
    });
    return found;
  }
  function match(d, order, words) {
    var title = fold(d.title), sections = d.sections.map(function (s) { return fold(s.text); });
    var titleMarks = [], sectionMarks = sections.map(function () { return []; }), score = 0;
    for (var w = 0; w < words.length; w++) {
      var inTitle = find(title, words[w], titleMarks), inText = false;
      for (var k = 0; k < sections.length; k++) inText = find(sections[k], words[w], sectionMarks[k]) || inText;
      if (!inTitle && !inText) return null;
      score += inTitle ? IN_TITLE : 1;
    }
    for (k = 0; k < sections.length; k++) {
      if (sectionMarks[k].length) {
        return { d: d, order: order, score: score, titleMarks: titleMarks, text: d.sections[k].text,
          textMarks: sectionMarks[k], anchor: d.sections[k].anchor || d.anchor };
      }
    }
    var text = d.sections.map(function (s) { return s.text; }).filter(function (t) { return t.trim(); })[0] || '';
    return { d: d, order: order, score: score, titleMarks: titleMarks, text: text, textMarks: [], anchor: d.anchor };
  }
  function marked(text, marks, start, end) {
    var inMark = [], out = '', open = false;
    marks.forEach(function (r) { for (var i = r[0]; i < r[1]; i++) inMark[i] = true; });
    for (var i = start; i < end; i++) {
      if (!!inMark[i] !== open) {
        out += open ? '</mark>' : '<mark>';
        open = !!inMark[i];
      }
      out += escape(text.charAt(i));
    }
    return out + (open ? '</mark>' : '');
  }
  function context(m) {
    var text = m.text, first = m.textMarks.length ? Math.min.apply(null, m.textMarks.map(function (r) { return r[0]; })) : 0;
    var start = text.length <= CONTEXT ? 0 : Math.max(0, Math.min(first - BEFORE, text.length - CONTEXT));
    var end = Math.min(text.length, start + CONTEXT);
    return (start > 0 ? '…' : '') + marked(text, m.textMarks, start, end) + (end < text.length ? '…' : '');
  }
  // The page's own folder holds every page of its year (fy2022/search.html beside fy2022/initiatives/…).
  function link(m) {
    return (m.d.path === '/' ? 'index' : m.d.path.slice(1)) + '.html' + (m.anchor ? '#' + m.anchor : '');
  }
  function answer(index, query) {
    var out = '<div class="search-answer">';
    if (query.length > MAX_LENGTH) {
      return out + '<p class="notice" role="status">検索する言葉は' + MAX_LENGTH + '文字までにしてください。</p></div>';
    }
    var words = terms(query, index.aliases), found = [];
    if (words.length) {
      index.documents.forEach(function (d, i) {
        var m = match(d, i, words);
        if (m) found.push(m);
      });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    var groups = [], byKind = {};
    found.forEach(function (m) {
      if (!byKind[m.d.kind]) {
        byKind[m.d.kind] = [];
        groups.push({ kind: index.kinds.filter(function (k) { return k.id === m.d.kind; })[0], matches: byKind[m.d.kind] });
      }
      byKind[m.d.kind].push(m);
    });
    if (!found.length) {
      return out + '<p class="notice" role="status">「' + escape(query)
        + '」に合う箇所はありません。言葉を短くするか、別の言い方でお試しください。</p></div>';
    }
    out += '<p class="result-count" role="status">「' + escape(query) + '」に合う箇所は ' + found.length
      + '件です。</p><ul class="search-kinds">';
    groups.forEach(function (g) {
      out += '<li><a href="#results-' + g.kind.id + '">' + g.kind.label + '（' + g.matches.length + '件）</a></li>';
    });
    out += '</ul>';
    groups.forEach(function (g) {
      out += '<section class="search-group" aria-labelledby="results-' + g.kind.id + '"><h2 id="results-' + g.kind.id
        + '">' + g.kind.label + '（' + g.matches.length + '件）</h2><ol class="search-results">';
      g.matches.slice(0, SHOWN).forEach(function (m) {
        out += '<li><a href="' + escape(link(m)) + '">' + marked(m.d.title, m.titleMarks, 0, m.d.title.length)
          + '</a><p class="search-context">' + context(m) + '</p></li>';
      });
      out += '</ol>';
      if (g.matches.length > SHOWN) {
        out += '<p class="more">ほかに' + (g.matches.length - SHOWN) + '件あります。言葉を加えると絞り込めます。</p>';
      }
      out += '</section>';
    });
    return out + '</div>';
  }

  var script = document.createElement('script');
  script.src = box.getAttribute('data-index');
  script.onload = function () { slot.outerHTML = answer(window.searchIndex, q); };
  document.head.appendChild(script);
})();
