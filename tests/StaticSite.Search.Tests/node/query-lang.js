// Runs the search page's query logic (themes/default/assets/js/search.js) for a language other
// than Dutch: search.js asks lunr.nl for the trimmer, folding and stop word filter of query
// words; this gives it a lunr whose "nl" holds the language's functions by label instead, as
// SearchLanguage.cs describes them. Arguments: a JSON file {language: {trimmer, folding,
// stopWordFilter}, queries: [{q, body}], names: [string]}, then a folder with index.json,
// body.json and docs.json. Prints {answers: [{q, urls}], queryWords: [[word...] per name]}.
'use strict'
var fs = require('fs')
var path = require('path')
var env = require('./lunr-env.js')
var site = require(path.join(env.themeDir, 'assets', 'js', 'search.js'))

var lunr = env.lunr
var spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
var dir = process.argv[3]
var read = function (name) { return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) }

function byLabel (label) {
  var fn = label && lunr.Pipeline.registeredFunctions[label]
  if (label && !fn) throw new Error('No lunr pipeline function registered as ' + label)
  return fn
}
var trimmer = byLabel(spec.language.trimmer)
var folding = byLabel(spec.language.folding)
var stopWordFilter = byLabel(spec.language.stopWordFilter)
var language = {
  trimmer: function (token) { return trimmer(token) || new lunr.Token('') },
  fold: function (s) { if (!folding) return s; var t = folding(new lunr.Token(s)); return t ? t.toString() : '' },
  stopWordFilter: function (token) { return stopWordFilter ? stopWordFilter(token) : token }
}
var view = Object.create(lunr)
view.nl = language

// The query words search.js makes of a text (its toWords), with the language's functions.
function queryWords (text) {
  return String(text || '').toLowerCase().split(/[\s\-]+/).map(function (w) {
    return language.trimmer(new lunr.Token(language.fold(w.replace(/[*~^:+]/g, '')))).toString()
  }).filter(function (w) { return w.length > 0 })
}

var engine = site.createEngine(view, read('index.json'), read('docs.json'))
var withBody = site.createEngine(view, read('index.json'), read('docs.json'))
withBody.addBodyIndex(read('body.json'))

process.stdout.write(JSON.stringify({
  answers: spec.queries.map(function (q) {
    var e = q.body ? withBody : engine
    return { q: q.q, urls: e.search(q.q, {}).map(function (r) { return r.url }) }
  }),
  queryWords: spec.names.map(queryWords)
}))
