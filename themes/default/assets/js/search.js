/*!
 * StaticSite search page (/zoeken/): lunr.js with lunr-languages' Dutch support and the site's
 * extras, over indexes built by the .NET site build. No framework, no CDN.
 *
 * Page contract: #search-app[data-index][data-body-index][data-docs][data-lunr][data-lunr-stemmer]
 * [data-lunr-nl][data-extras], form#search-form with input#search-input[name=q] and optional
 * select[name=audience] / select[name=type], p#search-status, ol#search-results.
 */
;(function (root) {
  'use strict'

  var TYPE_LABELS = { page: 'Pagina', organisation: 'Organisatie', faq: 'Vraag', term: 'Begrip', route: 'Route', news: 'Nieuws' }
  var AUDIENCE_LABELS = { ouders: 'Ouders', jongeren: 'Jongeren' }
  var MAX_RESULTS = 50

  // ---- query logic (also used from node by the tests) -------------------------------------

  function createEngine (lunr, indexJson, docsJson) {
    var indexes = [lunr.Index.load(indexJson)]
    var docs = docsJson.documents
    var synonyms = synonymLookup(docsJson.synonyms || [])

    function toWords (text) {
      return String(text || '').toLowerCase().split(/[\s\-]+/).map(function (w) {
        return lunr.nl.trimmer(new lunr.Token(lunr.nl.fold(w.replace(/[*~^:+]/g, '')))).toString()
      }).filter(function (w) { return w.length > 0 })
    }

    function isStopWord (w) {
      return !lunr.nl.stopWordFilter(new lunr.Token(w))
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

  function renderResult (engine, r, text) {
    var labels = [TYPE_LABELS[r.type] || r.type].concat(r.audience.map(function (a) { return AUDIENCE_LABELS[a] || a }))
    return '<li class="search-result"><a href="' + escapeHtml(r.url) + '">' + escapeHtml(r.title) + '</a>' +
      (r.summary ? '<p class="search-result__snippet">' + engine.highlight(r.summary, text, r.terms) + '</p>' : '') +
      '<p class="search-result__labels">' + labels.map(function (l) {
        return '<span class="search-result__label">' + escapeHtml(l) + '</span>'
      }).join(' ') + '</p></li>'
  }

  function statusText (count, text) {
    var quoted = '‘' + text.trim() + '’'
    if (count === 0) return 'Geen resultaten voor ' + quoted + '. Probeer een ander woord of bekijk de begrippenlijst.'
    return count + (count === 1 ? ' resultaat' : ' resultaten') + ' voor ' + quoted
  }

  var api = { createEngine: createEngine, renderResult: renderResult, statusText: statusText, escapeHtml: escapeHtml }

  if (typeof module === 'object' && module.exports) {
    module.exports = api
    return
  }
  root.StaticSiteSearch = api

  // ---- page wiring -------------------------------------------------------------------------

  var app = document.getElementById('search-app')
  var form = document.getElementById('search-form')
  var input = document.getElementById('search-input')
  var status = document.getElementById('search-status')
  var list = document.getElementById('search-results')
  if (!app || !input || !list) return

  var audienceSelect = form && form.querySelector('select[name="audience"]')
  var typeSelect = form && form.querySelector('select[name="type"]')
  var engine = null
  var loading = null
  var timer = 0

  function loadScript (url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script')
      s.src = url
      s.onload = resolve
      s.onerror = function () { reject(new Error(url)) }
      document.head.appendChild(s)
    })
  }

  function fetchJson (url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status)
      return r.json()
    })
  }

  function load () {
    if (loading) return loading
    var d = app.dataset
    var scripts = [d.lunr, d.lunrStemmer, d.lunrNl, d.extras].reduce(function (p, url) {
      return p.then(function () { return loadScript(url) })
    }, Promise.resolve())
    loading = Promise.all([scripts, fetchJson(d.index), fetchJson(d.docs)]).then(function (r) {
      engine = createEngine(root.lunr, r[1], r[2])
      if (d.bodyIndex) {
        // The body index is large: fetch it after the first results are on screen.
        setTimeout(function () {
          fetchJson(d.bodyIndex).then(function (json) {
            engine.addBodyIndex(json)
            if (input.value.trim()) run()
          }).catch(function () {})
        }, 0)
      }
      return engine
    })
    return loading
  }

  function filters () {
    return { audience: audienceSelect ? audienceSelect.value : '', type: typeSelect ? typeSelect.value : '' }
  }

  function updateUrl () {
    var params = new URLSearchParams()
    var f = filters()
    if (input.value.trim()) params.set('q', input.value.trim())
    if (f.audience) params.set('audience', f.audience)
    if (f.type) params.set('type', f.type)
    var qs = params.toString()
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''))
  }

  function run () {
    var text = input.value
    if (!text.trim()) {
      list.innerHTML = ''
      if (status) status.textContent = ''
      return
    }
    if (!engine && status) status.textContent = 'Zoeken…'
    load().then(function (e) {
      if (input.value !== text) return
      var results = e.search(text, filters())
      list.innerHTML = results.slice(0, MAX_RESULTS).map(function (r) { return renderResult(e, r, text) }).join('')
      if (status) status.textContent = statusText(results.length, text)
    }).catch(function () {
      if (status) status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw.'
    })
  }

  // The first keystroke after a pause searches at once (results within tens of milliseconds);
  // keystrokes in quick succession are gathered, so a phone does not run a search per letter.
  var lastRun = 0
  function schedule () {
    clearTimeout(timer)
    if (Date.now() - lastRun > 300) {
      lastRun = Date.now()
      updateUrl()
      run()
      return
    }
    timer = setTimeout(function () { lastRun = Date.now(); updateUrl(); run() }, 100)
  }

  var params = new URLSearchParams(location.search)
  input.value = params.get('q') || input.value
  if (audienceSelect && params.get('audience')) audienceSelect.value = params.get('audience')
  if (typeSelect && params.get('type')) typeSelect.value = params.get('type')

  input.addEventListener('input', schedule)
  input.addEventListener('focus', function () { load().catch(function () {}) })
  if (audienceSelect) audienceSelect.addEventListener('change', schedule)
  if (typeSelect) typeSelect.addEventListener('change', schedule)
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault()
      clearTimeout(timer)
      updateUrl()
      run()
    })
  }
  if (input.value.trim()) run()
}(typeof self !== 'undefined' ? self : this))
