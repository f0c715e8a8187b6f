// Builds a lunr index with lunr.js itself and prints JSON.stringify(index).
// Input (file argument): { plugin: "nl" | "nlSite" | "en" | "ar" | "tr" | "pl" | "fallback",
//   fields: [{name, boost}], metadataWhitelist: [],
//   documents: [{ref, boost, fields: {name: string|null}}] }
'use strict'
var fs = require('fs')
var lunr = require('./lunr-env.js').lunr

var spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
var REF = '\u0000ref'

var index = lunr(function () {
  // "en" is lunr's own default pipeline: nothing to use.
  if (spec.plugin !== 'en') this.use(lunr[spec.plugin])
  this.ref(REF)
  this.metadataWhitelist = spec.metadataWhitelist || []
  spec.fields.forEach(function (f) { this.field(f.name, f.boost ? { boost: f.boost } : undefined) }, this)
  spec.documents.forEach(function (d) {
    var doc = {}
    Object.keys(d.fields).forEach(function (k) { if (d.fields[k] !== null) doc[k] = d.fields[k] })
    doc[REF] = d.ref
    this.add(doc, d.boost ? { boost: d.boost } : undefined)
  }, this)
})

process.stdout.write(JSON.stringify(index))
