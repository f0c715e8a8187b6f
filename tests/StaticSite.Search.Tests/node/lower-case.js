// JavaScript's toLowerCase (what lunr.tokenizer applies before splitting) over every assigned
// code point X (planes 0 to 3 and 14, the ends of the private-use planes; planes 4 to 13 hold
// nothing) but the surrogates, alone and around a capital sigma, whose lower case depends on the code
// points next to it. Each context is one text of all code points, separated by spaces (which
// end a sigma's context as the text's end would): "X", "XΣ", "aXΣ", "aΣX". Prints the four
// lower-cased texts.
'use strict'
function isTested (cp) {
  return (cp < 0xd800 || cp > 0xdfff) && (cp < 0x40000 || (cp >= 0xe0000 && cp <= 0xf00ff) || cp >= 0x10ff00)
}
var contexts = [function (x) { return x }, function (x) { return x + 'Σ' }, function (x) { return 'a' + x + 'Σ' }, function (x) { return 'aΣ' + x }]
process.stdout.write(JSON.stringify(contexts.map(function (context) {
  var parts = []
  for (var cp = 0; cp <= 0x10ffff; cp++) {
    if (isTested(cp)) parts.push(context(String.fromCodePoint(cp)))
  }
  return parts.join(' ').toLowerCase()
})))
