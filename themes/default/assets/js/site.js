/* Social map filter (list-organisation pages only). Without JS the full list
   stays visible; with JS two selects hide the cards that do not match and the
   number of results is announced in an aria-live region. */
(function () {
  'use strict';
  var box = document.getElementById('org-filter');
  var list = document.getElementById('org-list');
  if (!box || !list) return;
  var cards = list.querySelectorAll('.card');
  var mun = document.getElementById('filter-municipality');
  var topic = document.getElementById('filter-topic');
  var status = document.getElementById('org-count');

  // An organisation without municipalities serves the whole region.
  function matches(card, attr, value, emptyMatches) {
    if (!value) return true;
    var list = card.getAttribute(attr);
    if (!list) return emptyMatches;
    return list.split('|').indexOf(value) !== -1;
  }

  function apply() {
    var shown = 0;
    for (var i = 0; i < cards.length; i++) {
      var ok = matches(cards[i], 'data-municipalities', mun ? mun.value : '', true) &&
        matches(cards[i], 'data-topics', topic ? topic.value : '', false);
      cards[i].hidden = !ok;
      if (ok) shown++;
    }
    if (status) {
      status.textContent = shown === 0 ? 'Geen organisaties gevonden. Kies een andere gemeente of een ander onderwerp.'
        : shown === 1 ? '1 organisatie gevonden' : shown + ' organisaties gevonden';
    }
  }

  if (mun) mun.addEventListener('change', apply);
  if (topic) topic.addEventListener('change', apply);
  box.hidden = false;
})();
