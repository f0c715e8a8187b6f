// Runs the search page's query logic (themes/default/assets/js/search.js) for any language, as the
// search page of that language runs it: search.js takes the trimmer, folding and stop word filter of
// query words by the labels SearchLanguage.cs gives (lunr.Pipeline.registeredFunctions[label]).
// Arguments: a JSON file {language: {trimmer, folding, stopWordFilter}, queries: [{q, body}], names:
// [string]}, then a folder with index.json, body.json and docs.json. Prints {answers: [{q, urls}],
// queryWords: [[word...] per name]}.
'use strict'
var fs = require('fs')
var path = require('path')
var env = require('./lunr-env.js')
var site = require(path.join(env.themeDir, 'assets', 'js', 'search.js'))

var spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
var dir = process.argv[3]
var read = function (name) { return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) }

var engine = site.createEngine(env.lunr, read('index.json'), read('docs.json'), spec.language)
var withBody = site.createEngine(env.lunr, read('index.json'), read('docs.json'), spec.language)
withBody.addBodyIndex(read('body.json'))

process.stdout.write(JSON.stringify({
  answers: spec.queries.map(function (q) {
    var e = q.body ? withBody : engine
    return { q: q.q, urls: e.search(q.q, {}).map(function (r) { return r.url }) }
  }),
  queryWords: spec.names.map(engine.toWords)
}))
