// lunr.tokenizer (JavaScript's toLowerCase, then splitting) over every code point X, alone and
// around a capital sigma, whose lower case depends on the code points next to it. Prints
// [[codePoint, tokensOfX|null, flags]...] for each X whose tokens differ from X itself or whose
// flags differ from 4; tokensOfX is the tokens joined by "|" as UTF-16 code units; flags:
// 1 "XΣ" ends in ς, 2 "aXΣ" ends in ς, 4 "aΣX" has ς.
'use strict'
var lunr = require('./lunr-env.js').lunr

function tokens (s) { return lunr.tokenizer(s).map(function (t) { return t.toString() }).join('|') }
var out = []
for (var cp = 0; cp <= 0x10ffff; cp++) {
  var x = String.fromCodePoint(cp)
  var own = tokens(x)
  var flags = (tokens(x + 'Σ').slice(-1) === 'ς' ? 1 : 0) |
    (tokens('a' + x + 'Σ').slice(-1) === 'ς' ? 2 : 0) |
    (tokens('aΣ' + x).indexOf('ς') >= 0 ? 4 : 0)
  if (own !== x || flags !== 4) {
    var units = null
    if (own !== x) { units = []; for (var i = 0; i < own.length; i++) units.push(own.charCodeAt(i)) }
    out.push([cp, units, flags])
  }
}
process.stdout.write(JSON.stringify(out))
