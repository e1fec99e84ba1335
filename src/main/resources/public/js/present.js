// Presentation mode: → / PageDown / Space (and a clicker, which sends PageDown) for the next slide, ← / PageUp for
// the previous one, F for full screen, Esc to leave for the page the slide comes from. With ?auto=N the slides move
// on by themselves, for a screen nobody attends.
(function () {
  'use strict';
  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) window.location.href = link.href;
  }

  var button = document.querySelector('button.fullscreen');
  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen().catch(function () { /* refused: the slide stays as it is */ });
  }
  if (button && document.fullscreenEnabled) {
    button.hidden = false;
    button.addEventListener('click', toggleFullscreen);
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight': case 'PageDown': case ' ': follow('a[rel="next"]'); break;
      case 'ArrowLeft': case 'PageUp': follow('a[rel="prev"]'); break;
      case 'f': case 'F': if (document.fullscreenEnabled) toggleFullscreen(); break;
      case 'Escape': if (!document.fullscreenElement) follow('a[rel="up"]'); break;
      default: return;
    }
    event.preventDefault();
  });

  var seconds = Number(document.body.dataset.autoSeconds);
  if (seconds > 0) {
    window.setTimeout(function () { window.location.href = document.body.dataset.autoNext; }, seconds * 1000);
  }
})();
