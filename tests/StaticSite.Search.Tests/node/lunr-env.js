// Loads lunr, lunr-languages' Dutch support and the site's extras exactly as the theme ships them.
'use strict'
var path = require('path')

var themeDir = path.resolve(__dirname, '..', '..', '..', 'themes', 'default')
var modules = path.join(themeDir, 'node_modules')

var lunr = require(path.join(modules, 'lunr'))
require(path.join(modules, 'lunr-languages', 'lunr.stemmer.support.js'))(lunr)
require(path.join(modules, 'lunr-languages', 'lunr.nl.js'))(lunr)
require(path.join(themeDir, 'assets', 'js', 'lunr-nl-extras.js'))(lunr)

module.exports = { lunr: lunr, themeDir: themeDir }
