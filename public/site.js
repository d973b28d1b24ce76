// Open Treatment: small enhancements only. Every page works without this file.
(() => {
  // Quick exit: leave for a neutral site and replace this page in the history, so the Back button
  // does not bring anyone back here. Pressing Escape twice (within a second) does the same.
  var leaving = false;
  function quickExit(event) {
    var link = document.querySelector('[data-quick-exit]');
    if (!link) return;
    if (event) event.preventDefault();
    // Leave once: a third press of Escape must not start a second navigation.
    if (leaving) return;
    leaving = true;
    document.title = 'Weather';
    document.body.style.display = 'none';
    window.location.replace(link.getAttribute('href'));
  }
  document.querySelectorAll('[data-quick-exit]').forEach((link) => {
    link.addEventListener('click', quickExit);
  });
  var lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < 1000) quickExit(event);
    lastEscape = now;
  });

  // Move focus to an error summary, so screen reader users hear what needs fixing.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
})();
