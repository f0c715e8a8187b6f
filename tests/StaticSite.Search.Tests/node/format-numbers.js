// Prints JSON.stringify of the numbers given as a JSON array of [sign, exponent-bits, mantissa-hex] doubles.
'use strict'
var fs = require('fs')
var bits = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
var view = new DataView(new ArrayBuffer(8))
process.stdout.write(JSON.stringify(bits.map(function (hex) {
  view.setBigUint64(0, BigInt('0x' + hex))
  return view.getFloat64(0)
})))
