// Loads lunr, lunr-languages' support for every language the site has a pipeline for (Dutch,
// Arabic, Turkish, Polish) and the site's own scripts, exactly as the theme ships them.
'use strict'
var path = require('path')

var themeDir = path.resolve(__dirname, '..', '..', '..', 'themes', 'default')
var modules = path.join(themeDir, 'node_modules')

var lunr = require(path.join(modules, 'lunr'))
require(path.join(modules, 'lunr-languages', 'lunr.stemmer.support.js'))(lunr)
;['nl', 'ar', 'tr', 'pl'].forEach(function (code) {
  require(path.join(modules, 'lunr-languages', 'lunr.' + code + '.js'))(lunr)
})
require(path.join(themeDir, 'assets', 'js', 'lunr-nl-extras.js'))(lunr)
require(path.join(themeDir, 'assets', 'js', 'lunr-fallback.js'))(lunr)

module.exports = { lunr: lunr, themeDir: themeDir, modules: modules }
