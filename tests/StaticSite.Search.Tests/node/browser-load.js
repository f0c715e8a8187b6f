// Loads the search page's scripts as a browser does (plain scripts, one global object, in the
// given order) and queries an index built by .NET with them. Input (file argument):
// { scripts: [theme-relative path...], index: <lunr index JSON>, queries: [string] };
// prints [[ref...], ...] per query (lunr's own query syntax, best first).
'use strict'
var fs = require('fs')
var path = require('path')
var vm = require('vm')
var themeDir = require('./lunr-env.js').themeDir

var spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
var page = vm.createContext({ console: console })
spec.scripts.forEach(function (script) {
  var file = path.join(themeDir, script)
  vm.runInContext(fs.readFileSync(file, 'utf8'), page, { filename: file })
})
page.spec = spec
process.stdout.write(vm.runInContext(
  'var index = lunr.Index.load(spec.index);' +
  'JSON.stringify(spec.queries.map(function (q) { return index.search(q).map(function (r) { return r.ref }) }))',
  page))
