// The words of a Japanese text as a reader would keep them on one line: the browser's own word segmentation
// (Intl.Segmenter), with a closing bracket or mark kept with the word before it, an opening one with the next, a
// number with what it counts, a lone kanji with the word it ends, and Latin text as written. Chart labels
// (charts.js) and table cells (cells.js) wrap between these words only.
window.ZaitakuWords = (function () {
  'use strict';

  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  var CLOSING = /^[）)」』】、。，．・％%]/;
  var OPENING = /[（(「『【]$/;
  var NUMBER_END = /[0-9０-９]$/;
  var NUMBER_START = /^[0-9０-９]/;
  // What reads as part of the number after it (第3回, 約2割) and what counts it (24時間, 4回, 12月).
  var BEFORE_NUMBER = /[第約]$/;
  var COUNTER = /^[^\s0-9０-９（(「『【）)」』】、。，．・～〜~-]/;
  // Latin letters, digits and marks written together stay together, as a browser keeps them (No.12, BCP, 4/1).
  var ASCII_END = /[!-~]$/;
  var ASCII_START = /^[!-~]/;
  // A kanji on its own after kanji ends the word before it (薬剤師 + 会, 地域医療 + 課, 練馬 + 区).
  var KANJI_END = /\p{Script=Han}$/u;
  var LONE_KANJI = /^\p{Script=Han}$/u;

  return {
    // Whether the browser can tell words apart; without it, text wraps as the browser wraps it.
    known: segmenter !== null,
    of: function (text) {
      var pieces = segmenter ? Array.from(segmenter.segment(text), function (s) { return s.segment; })
        : Array.from(text);
      var out = [];
      pieces.forEach(function (piece) {
        var last = out[out.length - 1];
        if (last !== undefined && (CLOSING.test(piece) || OPENING.test(last)
            || NUMBER_END.test(last) && COUNTER.test(piece) || BEFORE_NUMBER.test(last) && NUMBER_START.test(piece)
            || ASCII_END.test(last) && ASCII_START.test(piece) || KANJI_END.test(last) && LONE_KANJI.test(piece))) {
          out[out.length - 1] += piece;
        } else {
          out.push(piece);
        }
      });
      return out;
    }
  };
})();
