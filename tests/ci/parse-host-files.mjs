// Reads a site's _headers and _redirects with Netlify's own parsers (npm @netlify/headers-parser and
// @netlify/redirect-parser, pinned in tests/package.json): node parse-host-files.mjs <_headers> <_redirects>
// Prints {"headers": {errors, rules}, "redirects": {errors, rules}} as JSON.
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';

const [headersFile, redirectsFile] = process.argv.slice(2);
const headers = await parseAllHeaders({ headersFiles: [headersFile], minimal: true });
const redirects = await parseAllRedirects({ redirectsFiles: [redirectsFile], minimal: true });
console.log(JSON.stringify({
  headers: { errors: headers.errors.map(e => e.message), rules: headers.headers.map(h => ({ path: h.for, values: h.values })) },
  redirects: { errors: redirects.errors.map(e => e.message), rules: redirects.redirects.map(r => ({ from: r.from, to: r.to, status: r.status, force: r.force })) },
}));
