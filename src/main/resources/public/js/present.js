// Presentation mode: → / PageDown / Space for the next slide, ← / PageUp for the previous one, Esc to leave.
(function () {
  'use strict';
  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) window.location.href = link.href;
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight': case 'PageDown': case ' ': follow('a[rel="next"]'); break;
      case 'ArrowLeft': case 'PageUp': follow('a[rel="prev"]'); break;
      case 'Escape': window.location.href = '/'; break;
      default: return;
    }
    event.preventDefault();
  });
})();
