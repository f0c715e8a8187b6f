/*!
 * StaticSite search (/zoeken/, /en/zoeken/, ...): the query logic over lunr.js with lunr-languages'
 * support for the page's language and the site's extras, over indexes built by the .NET site build.
 * No framework, no CDN.
 *
 * This file runs in three places:
 * - as the search page's Web Worker (search-page.js starts it): it fetches the indexes, loads
 *   them with lunr.Index.load, answers queries and sends the results' HTML back, so none of
 *   that work blocks the page's main thread;
 * - on the page itself, only where a worker cannot start (search-page.js falls back to it);
 * - in node, for the tests (module.exports: createEngine, renderResult, statusText, escapeHtml).
 *
 * The worker's messages. In: {type: 'init', config: {scripts: [url, ...] (lunr and the language
 * pipeline, in load order), index, docs, body (url, optional), language: {trimmer, folding,
 * stopWordFilter} (labels of registered lunr functions; default Dutch's), texts (the interface text:
 * {types, audiences, none}), results ({one: '...', other: '...'} plural forms), lang}}, then
 * {type: 'search', id, text, filters: {audience, type}}. Out: {type: 'results', id, items: [html of one li per result, best
 * first], count, status, complete}, where complete is false while the body index is still on its
 * way (the results then come again), or {type: 'error', id}.
 */
;(function (root) {
  'use strict'

  // Dutch: what a page that names nothing else gets (and what the node tests of Dutch search use).
  var DUTCH = { trimmer: 'trimmer-nl', folding: 'diacritics-nl', stopWordFilter: 'stopWordFilter-nl' }
  var DUTCH_TEXTS = {
    types: { page: 'Pagina', organisation: 'Organisatie', faq: 'Vraag', term: 'Begrip', route: 'Route', news: 'Nieuws' },
    audiences: { ouders: 'Ouders', jongeren: 'Jongeren' },
    none: 'Geen resultaten voor ‘{query}’. Probeer een ander woord of bekijk de begrippenlijst.'
  }
  var DUTCH_RESULTS = { one: '{count} resultaat voor ‘{query}’', other: '{count} resultaten voor ‘{query}’' }
  var MAX_RESULTS = 50

  // ---- query logic (also used from node by the tests) -------------------------------------

  // The language's query functions, by the labels the index's pipelines registered them under
  // (SearchLanguage.cs): the trimmer, the folding before it (or none) and the stop word filter (or none).
  function queryFunctions (lunr, language) {
    language = language || DUTCH
    function byLabel (label) {
      if (!label) return null
      var fn = lunr.Pipeline.registeredFunctions[label]
      if (!fn) throw new Error('No lunr pipeline function registered as ' + label)
      return fn
    }
    var trimmer = byLabel(language.trimmer)
    var folding = byLabel(language.folding)
    var stopWordFilter = byLabel(language.stopWordFilter)
    return {
      // A function may return nothing for a word it empties (the fallback's trimmer does).
      word: function (w) {
        var token = new lunr.Token(w)
        if (folding) token = folding(token) || new lunr.Token('')
        return (trimmer(token) || new lunr.Token('')).toString()
      },
      isStopWord: function (w) { return !!stopWordFilter && !stopWordFilter(new lunr.Token(w)) }
    }
  }

  function createEngine (lunr, indexJson, docsJson, language) {
    var indexes = [lunr.Index.load(indexJson)]
    var docs = docsJson.documents
    var synonyms = synonymLookup(docsJson.synonyms || [])
    var query = queryFunctions(lunr, language)

    function toWords (text) {
      return String(text || '').toLowerCase().split(/[\s\-]+/).map(function (w) {
        return query.word(w.replace(/[*~^:+]/g, ''))
      }).filter(function (w) { return w.length > 0 })
    }

    function isStopWord (w) {
      return query.isStopWord(w)
    }

    // Query words without stop words, unless the query has nothing else.
    function contentWords (text) {
      var words = toWords(text)
      var content = words.filter(function (w) { return !isStopWord(w) })
      return content.length ? content : words
    }

    function expansions (words, i) {
      var found = []
      // A glossary name of one word, or a longer name ending at this word ("persoonsgebonden budget").
      for (var n = 1; n <= 4 && n <= i + 1; n++) {
        var group = synonyms[words.slice(i + 1 - n, i + 1).join(' ')]
        if (group) found = found.concat(group.filter(function (name) { return name !== words.slice(i + 1 - n, i + 1).join(' ') }))
      }
      return found
    }

    function clauses (q, words, i) {
      var word = words[i]
      var last = i === words.length - 1
      q.term(word, { boost: 10 })
      if (word.length >= 3 || (last && word.length >= 2)) {
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 })
      }
      if (word.length >= 5) {
        q.term(word, { editDistance: 1, boost: 1 })
      }
      expansions(words, i).forEach(function (name) {
        toWords(name).forEach(function (w) {
          if (!isStopWord(w)) q.term(w, { boost: 6 })
        })
      })
    }

    // One lunr query per word: documents with more of the words rank first, then by summed score.
    function search (text, filters) {
      var words = contentWords(text)
      var byRef = {}
      words.forEach(function (word, i) {
        indexes.forEach(function (index) {
          index.query(function (q) { clauses(q, words, i) }).forEach(function (r) {
            var hit = byRef[r.ref] || (byRef[r.ref] = { ref: r.ref, score: 0, words: {}, terms: {} })
            hit.score += r.score
            hit.words[i] = true
            Object.keys(r.matchData.metadata).forEach(function (t) { hit.terms[t] = true })
          })
        })
      })
      filters = filters || {}
      return Object.keys(byRef).map(function (ref) {
        var hit = byRef[ref]
        var doc = docs[+ref]
        return {
          ref: ref, url: doc[0], title: doc[1], summary: doc[2], type: doc[3], audience: doc[4],
          score: hit.score, wordCount: Object.keys(hit.words).length, terms: hit.terms
        }
      }).filter(function (r) {
        return (!filters.type || r.type === filters.type) &&
          (!filters.audience || r.audience.indexOf(filters.audience) >= 0)
      }).sort(function (a, b) {
        return (b.wordCount - a.wordCount) || (b.score - a.score) || (a.ref - b.ref)
      })
    }

    // Marks the summary's words that matched: same stem as a matched term, or typed as a prefix.
    function highlight (summary, text, terms) {
      var words = contentWords(text)
      var pipeline = indexes[0].pipeline
      return String(summary).split(/(\s+)/).map(function (part) {
        var w = toWords(part)[0]
        var hit = w && (pipeline.runString(w).some(function (t) { return terms[t] }) ||
          words.some(function (q) { return q.length >= 3 && w.indexOf(q) === 0 }))
        return hit ? '<mark>' + escapeHtml(part) + '</mark>' : escapeHtml(part)
      }).join('')
    }

    return {
      search: search,
      toWords: toWords,
      highlight: highlight,
      addBodyIndex: function (json) { indexes.push(lunr.Index.load(json)) },
      hasBodyIndex: function () { return indexes.length > 1 }
    }
  }

  function synonymLookup (groups) {
    var map = Object.create(null)
    groups.forEach(function (group) {
      group.forEach(function (name) { map[name] = (map[name] || []).concat(group) })
    })
    return map
  }

  function escapeHtml (s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]
    })
  }

  function renderResult (engine, r, text, texts) {
    texts = texts || DUTCH_TEXTS
    var labels = [texts.types[r.type] || r.type].concat(r.audience.map(function (a) { return texts.audiences[a] || a }))
    return '<li class="search-result"><a href="' + escapeHtml(r.url) + '">' + escapeHtml(r.title) + '</a>' +
      (r.summary ? '<p class="search-result__snippet">' + engine.highlight(r.summary, text, r.terms) + '</p>' : '') +
      '<p class="search-result__labels">' + labels.map(function (l) {
        return '<span class="search-result__label">' + escapeHtml(l) + '</span>'
      }).join(' ') + '</p></li>'
  }

  // The count in the plural form the language uses for it (Intl.PluralRules: one, few, many, ...).
  function statusText (count, text, texts, results, lang) {
    texts = texts || DUTCH_TEXTS
    results = results || DUTCH_RESULTS
    var form = count === 0 ? texts.none : results[pluralCategory(lang || 'nl', count)] || results.other
    return form.split('{query}').join(text.trim()).split('{count}').join(String(count))
  }

  function pluralCategory (lang, count) {
    try {
      return new Intl.PluralRules(lang).select(count)
    } catch (e) {
      return count === 1 ? 'one' : 'other'
    }
  }

  // ---- the search service: what the worker does ---------------------------------------------

  // loadScripts(urls) loads lunr and the pipeline scripts into the global scope (a promise);
  // post(message) sends a message to the page.
  function createService (scope, loadScripts, post) {
    var engine = null
    var complete = false
    var started = false
    var failed = false
    var latest = null
    var texts = DUTCH_TEXTS
    var resultTexts = DUTCH_RESULTS
    var lang = 'nl'

    function fetchJson (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status)
        return r.json()
      })
    }

    function answer (query) {
      var results
      try {
        results = engine.search(query.text, query.filters)
      } catch (e) {
        post({ type: 'error', id: query.id })
        return
      }
      post({
        type: 'results',
        id: query.id,
        items: results.slice(0, MAX_RESULTS).map(function (r) { return renderResult(engine, r, query.text, texts) }),
        count: results.length,
        status: statusText(results.length, query.text, texts, resultTexts, lang),
        complete: complete
      })
    }

    function fail () {
      failed = true
      post({ type: 'error', id: latest ? latest.id : null })
    }

    function init (config) {
      if (started) return
      started = true
      texts = config.texts || DUTCH_TEXTS
      resultTexts = config.results || DUTCH_RESULTS
      lang = config.lang || 'nl'
      // The index downloads while the scripts load.
      var data = Promise.all([fetchJson(config.index), fetchJson(config.docs)])
      Promise.all([loadScripts(config.scripts), data]).then(function (r) {
        engine = createEngine(scope.lunr, r[1][0], r[1][1], config.language)
        complete = !config.body
        if (latest) answer(latest)
        // The body index is large: it is fetched once the first results are on their way.
        // Without it (it failed to load) the first results are the final ones.
        if (config.body) {
          fetchJson(config.body).then(function (json) {
            engine.addBodyIndex(json)
          }).catch(function () {}).then(function () {
            complete = true
            if (latest) answer(latest)
          })
        }
      }).catch(fail)
    }

    return {
      receive: function (message) {
        if (message.type === 'init') init(message.config)
        if (message.type !== 'search') return
        latest = message
        if (failed) post({ type: 'error', id: message.id })
        else if (engine) answer(message)
      }
    }
  }

  var api = {
    createEngine: createEngine,
    queryFunctions: queryFunctions,
    createService: createService,
    renderResult: renderResult,
    statusText: statusText,
    escapeHtml: escapeHtml
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = api
    return
  }
  root.StaticSiteSearch = api

  if (typeof WorkerGlobalScope !== 'undefined' && root instanceof WorkerGlobalScope) {
    var service = createService(root, function (urls) {
      return new Promise(function (resolve, reject) {
        // After the index fetches have started: importScripts holds the worker until it is done.
        setTimeout(function () {
          try {
            root.importScripts.apply(root, urls)
            resolve()
          } catch (e) {
            reject(e)
          }
        }, 0)
      })
    }, function (message) { root.postMessage(message) })
    root.onmessage = function (e) { service.receive(e.data) }
  }
}(typeof self !== 'undefined' ? self : this))
