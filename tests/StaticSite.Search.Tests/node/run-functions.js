// Runs registered lunr pipeline functions over words. Input (file argument): [{labels, words}];
// prints, per entry and label, [result, ...] where a result is the token's text after the
// function, or null when the function dropped the token.
'use strict'
var fs = require('fs')
var lunr = require('./lunr-env.js').lunr

var jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
process.stdout.write(JSON.stringify(jobs.map(function (job) {
  return job.labels.map(function (label) {
    var fn = lunr.Pipeline.registeredFunctions[label]
    if (!fn) throw new Error('No lunr pipeline function registered as ' + label)
    return job.words.map(function (w) {
      var result = fn(new lunr.Token(w, {}), 0, [])
      return result === undefined || result === null ? null : result.toString()
    })
  })
})))
