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
  // The page's language gives the texts (data-none, and data-found: the plural forms of the count).
  var none = (status && status.getAttribute('data-none')) || 'Geen organisaties gevonden. Kies een andere gemeente of een ander onderwerp.';
  var found = { one: '{count} organisatie gevonden', other: '{count} organisaties gevonden' };
  try {
    if (status && status.getAttribute('data-found')) found = JSON.parse(status.getAttribute('data-found'));
  } catch (e) { /* keep the Dutch texts */ }
  var lang = (status && status.getAttribute('data-lang')) || 'nl';

  function plural(n) {
    try {
      return new Intl.PluralRules(lang).select(n);
    } catch (e) {
      return n === 1 ? 'one' : 'other';
    }
  }

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
      var form = found[plural(shown)] || found.other || '{count}';
      status.textContent = shown === 0 ? none : form.split('{count}').join(String(shown));
    }
  }

  if (mun) mun.addEventListener('change', apply);
  if (topic) topic.addEventListener('change', apply);
  box.hidden = false;
})();
