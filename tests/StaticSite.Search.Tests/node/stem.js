// Prints lunr.nl.stemmer's stem of each line of the file argument, one per line.
'use strict'
var fs = require('fs')
var lunr = require('./lunr-env.js').lunr

var words = fs.readFileSync(process.argv[2], 'utf8').split('\n')
process.stdout.write(words.map(function (w) { return lunr.nl.stemmer(new lunr.Token(w)).toString() }).join('\n'))
