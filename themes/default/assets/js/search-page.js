/*!
 * StaticSite search page (/zoeken/): the page's side. It reads the query, sends it to the search
 * worker (search.js in a Web Worker, which loads lunr, the indexes and runs the queries) and puts
 * the results it sends back on the page. The page's main thread only renders.
 *
 * Page contract: #search-app[data-worker][data-scripts][data-index][data-docs][data-body-index],
 * where data-worker is the URL of search.js, data-scripts the URLs of lunr and the language
 * pipeline scripts in load order (separated by spaces), the others the URLs of the search files;
 * the page's language: data-lang, the labels of its query functions data-trimmer, data-folding,
 * data-stop-word-filter (empty: none), its interface text data-texts (JSON: types, audiences, none,
 * searching, failed) and data-results (JSON: the plural forms of the result count); without them Dutch;
 * form#search-form with input#search-input[name=q] and optional select[name=audience] /
 * select[name=type]; p#search-status, ol#search-results, and optional #search-help (shown when
 * nothing matches). #search-app[data-state] is "loading", then "partial" while the results come
 * from the first index only, and "complete" once they are ranked with the body index too.
 */
;(function () {
  'use strict'

  var app = document.getElementById('search-app')
  var form = document.getElementById('search-form')
  var input = document.getElementById('search-input')
  var status = document.getElementById('search-status')
  var list = document.getElementById('search-results')
  var help = document.getElementById('search-help')
  if (!app || !input || !list || !app.dataset.worker) return

  var audienceSelect = form && form.querySelector('select[name="audience"]')
  var typeSelect = form && form.querySelector('select[name="type"]')
  var d = app.dataset
  var texts = readJson(d.texts) || {}
  var config = {
    scripts: (d.scripts || '').split(/\s+/).filter(Boolean),
    index: d.index,
    docs: d.docs,
    body: d.bodyIndex || '',
    language: d.trimmer ? { trimmer: d.trimmer, folding: d.folding || '', stopWordFilter: d.stopWordFilter || '' } : null,
    texts: texts.types ? texts : null,
    results: readJson(d.results),
    lang: d.lang || 'nl'
  }
  var service = null
  var lastQuery = null
  var queryId = 0
  var answered = false
  var shownHtml = ''
  var timer = 0
  var frame = 0

  function readJson (text) {
    if (!text) return null
    try {
      return JSON.parse(text)
    } catch (e) {
      return null
    }
  }

  // ---- the search service: a worker, or this page where no worker can start -----------------

  function connect () {
    if (!service) {
      service = startWorker() || startInPage()
      service.post({ type: 'init', config: config })
    }
    return service
  }

  function startWorker () {
    if (typeof Worker !== 'function') return null
    var worker
    try {
      worker = new Worker(d.worker)
    } catch (e) {
      return null
    }
    var heard = false
    worker.onmessage = function (e) {
      heard = true
      receive(e.data)
    }
    // A worker that never answered could not start (blocked or missing): search on the page.
    worker.onerror = function (e) {
      if (heard) return
      if (e && e.preventDefault) e.preventDefault()
      worker.terminate()
      service = startInPage()
      service.post({ type: 'init', config: config })
      if (lastQuery) service.post(lastQuery)
    }
    return { post: function (message) { worker.postMessage(message) } }
  }

  function loadScript (url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script')
      s.src = url
      s.onload = resolve
      s.onerror = function () { reject(new Error(url)) }
      document.head.appendChild(s)
    })
  }

  function loadScripts (urls) {
    return urls.reduce(function (p, url) {
      return p.then(function () { return loadScript(url) })
    }, Promise.resolve())
  }

  // The same service as in the worker, on this page: slower on a phone, but it still searches.
  function startInPage () {
    var pending = []
    var inPage = null
    loadScript(d.worker).then(function () {
      inPage = window.StaticSiteSearch.createService(window, loadScripts, receive)
      pending.forEach(function (m) { inPage.receive(m) })
    }).catch(function () {
      receive({ type: 'error', id: queryId })
    })
    return {
      post: function (message) {
        if (inPage) inPage.receive(message)
        else pending.push(message)
      }
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  // Results go on the page a screenful per frame: laying out fifty at once is a long task on a
  // slow phone, ten are not. Appending below the first screen moves nothing that is on it.
  var RESULTS_PER_FRAME = 10

  function show (items, done) {
    cancelAnimationFrame(frame)
    var html = items.join('')
    // The second ranking often changes nothing: leave the list as it is then.
    if (html === shownHtml) return done()
    shownHtml = ''
    list.innerHTML = items.slice(0, RESULTS_PER_FRAME).join('')
    var next = RESULTS_PER_FRAME
    ;(function more () {
      if (next >= items.length) {
        shownHtml = html
        return done()
      }
      frame = requestAnimationFrame(function () {
        list.insertAdjacentHTML('beforeend', items.slice(next, next + RESULTS_PER_FRAME).join(''))
        next += RESULTS_PER_FRAME
        more()
      })
    }())
  }

  function receive (message) {
    if (message.id !== queryId) return
    if (message.type === 'error') {
      if (status) status.textContent = texts.failed || 'Zoeken lukt nu niet. Probeer het later opnieuw.'
      return
    }
    answered = true
    if (status) status.textContent = message.status
    if (help) help.hidden = message.count > 0
    show(message.items, function () {
      app.setAttribute('data-state', message.complete ? 'complete' : 'partial')
    })
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
    queryId++
    if (!text.trim()) {
      lastQuery = null
      cancelAnimationFrame(frame)
      list.innerHTML = ''
      shownHtml = ''
      if (status) status.textContent = ''
      if (help) help.hidden = true
      return
    }
    if (!answered) {
      if (status) status.textContent = texts.searching || 'Zoeken…'
      app.setAttribute('data-state', 'loading')
    }
    lastQuery = { type: 'search', id: queryId, text: text, filters: filters() }
    connect().post(lastQuery)
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
  input.addEventListener('focus', connect)
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
}())
