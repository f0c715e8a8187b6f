// Runs the search page's query logic (themes/default/assets/js/search.js) in node against
// indexes the .NET build wrote. Arguments: a JSON file of [{q, audience, type, body}] queries,
// then a folder with index.json, body.json and docs.json. Prints [{q, urls, html, status}].
'use strict'
var fs = require('fs')
var path = require('path')
var env = require('./lunr-env.js')
var site = require(path.join(env.themeDir, 'assets', 'js', 'search.js'))

var dir = process.argv[3]
var read = function (name) { return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) }
var queries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))

var engine = site.createEngine(env.lunr, read('index.json'), read('docs.json'))
var withBody = site.createEngine(env.lunr, read('index.json'), read('docs.json'))
withBody.addBodyIndex(read('body.json'))

process.stdout.write(JSON.stringify(queries.map(function (q) {
  var e = q.body ? withBody : engine
  var results = e.search(q.q, { audience: q.audience || '', type: q.type || '' })
  return {
    q: q.q,
    urls: results.map(function (r) { return r.url }),
    html: results.slice(0, 3).map(function (r) { return site.renderResult(e, r, q.q) }),
    status: site.statusText(results.length, q.q)
  }
})))
