/*!
 * StaticSite: the site's own lunr pipeline step for Dutch, beside lunr-languages' lunr.nl.
 * Registers "diacritics-nl" (the search index names it in its pipeline, so lunr.Index.load
 * needs it) and the lunr.nlSite plugin that sets the pipelines the .NET builder uses.
 * Load after lunr.js, lunr.stemmer.support.js and lunr.nl.js.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    factory()(root.lunr)
  }
}(this, function () {
  // Same table as DiacriticsFolding.cs: each accented letter folds to the letter at its place.
  var ACCENTED = 'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž'
  var FOLDED = 'aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz'
  var FOLDABLE = /[àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžĳ]/g

  function fold (s) {
    return s.replace(FOLDABLE, function (c) {
      return c === 'ĳ' ? 'ij' : FOLDED.charAt(ACCENTED.indexOf(c))
    })
  }

  return function (lunr) {
    if (!lunr || !lunr.nl) {
      throw new Error('Load lunr.js, lunr.stemmer.support.js and lunr.nl.js before lunr-nl-extras.js.')
    }
    if (lunr.nl.diacritics) return

    lunr.nl.fold = fold
    lunr.nl.diacritics = function (token) {
      return token.update(fold)
    }
    lunr.Pipeline.registerFunction(lunr.nl.diacritics, 'diacritics-nl')

    // What the site's .NET index builder uses (DutchPipelines.SiteIndex / SiteSearch).
    lunr.nlSite = function () {
      this.pipeline.reset()
      this.pipeline.add(lunr.nl.trimmer, lunr.nl.stopWordFilter, lunr.nl.diacritics, lunr.nl.stemmer)
      this.searchPipeline.reset()
      this.searchPipeline.add(lunr.nl.trimmer, lunr.nl.diacritics, lunr.nl.stemmer)
    }
  }
}))
