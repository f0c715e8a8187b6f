// What lunr-fallback.js does to every single code point, for comparison with FallbackFolding.cs
// and FallbackTrimmer.cs, and how its tables relate to node's own Unicode data. Prints
// { folded: [[codePoint, result]...] (only where folding changes the text),
//   nonWord: [[from, to]...] (code points the trimmer removes), lmn: [[from, to]...] (node's L, M, N),
//   nfd: [[codePoint, base]...] (lower-case letters of Latin, Greek, Cyrillic with marks: NFD without them) }
'use strict'
var lunr = require('./lunr-env.js').lunr

function text (cp) { return String.fromCodePoint(cp) }
var folded = []
var nonWord = []
var lmn = []
var lmnRe = /[\p{L}\p{M}\p{N}]/u
var marks = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g

function addTo (ranges, cp) {
  var last = ranges[ranges.length - 1]
  if (last && last[1] === cp - 1) last[1] = cp
  else ranges.push([cp, cp])
}

for (var cp = 0; cp <= 0x10ffff; cp++) {
  var s = text(cp) // a lone surrogate for U+D800..U+DFFF
  var f = lunr.fallback.fold(s)
  if (f !== s) folded.push([cp, f])
  if (lunr.fallback.trim(s) === '') addTo(nonWord, cp)
  if (cp < 0xd800 || cp > 0xdfff) { if (lmnRe.test(s)) addTo(lmn, cp) }
}

var nfd = []
for (cp = 0; cp <= 0x1fff; cp++) {
  if (cp > 0x052f && cp < 0x1e00) continue
  var c = String.fromCharCode(cp)
  if (!/\p{L}/u.test(c) || c.toLowerCase() !== c) continue
  var d = c.normalize('NFD')
  if (!d.match(marks)) continue
  nfd.push([cp, d.replace(marks, '').normalize('NFC')])
}

process.stdout.write(JSON.stringify({ folded: folded, nonWord: nonWord, lmn: lmn, nfd: nfd }))
