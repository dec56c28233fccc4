// Added by `kudos serve` only: reloads the page when the site changes, swaps the stylesheets when
// only CSS changed, and shows the build's errors over the page until they are fixed.
(() => {
  'use strict';
  const build = document.currentScript?.dataset.build;
  const events = new EventSource('/__kudos/events');
  const overlayId = 'kudos-live-errors';

  // The site changed between sending this page and opening the event stream: catch up.
  events.addEventListener('hello', (event) => {
    if (build !== undefined && event.data !== build) location.reload();
    window.kudosLiveReload = 'connected';
  });
  events.addEventListener('reload', () => location.reload());

  events.addEventListener('css', () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set('kudos-live', Date.now().toString());
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener('load', () => link.remove());
      link.after(fresh);
    }
  });

  events.addEventListener('errors', (event) => showErrors(JSON.parse(event.data)));

  function showErrors(errors) {
    document.getElementById(overlayId)?.remove();
    const overlay = document.createElement('div');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'Kudos build errors');
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 20, 28, 0.94)', color: '#fff', font: '15px/1.5 ui-monospace, monospace'
    });
    const title = document.createElement('h2');
    title.textContent = errors.length === 1 ? 'Kudos: 1 error' : `Kudos: ${errors.length} errors`;
    Object.assign(title.style, { color: '#ff8a8a', font: 'bold 20px/1.3 system-ui, sans-serif', margin: '0 0 1rem' });
    overlay.append(title);
    for (const error of errors) {
      const line = document.createElement('pre');
      line.textContent = error;
      Object.assign(line.style, { whiteSpace: 'pre-wrap', margin: '0 0 0.75rem' });
      overlay.append(line);
    }
    const hint = document.createElement('p');
    hint.textContent = 'Fix the file and save: this page reloads by itself.';
    overlay.append(hint);
    document.body.append(overlay);
  }
})();
