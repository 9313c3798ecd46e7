import { execFileSync } from 'node:child_process';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ModelMetadataSchema } from '@phyto/shared/model-metadata';
import { MODELS_DIR, PYTHON, missingVenv } from './model-paths.ts';

/** A schema's fields as {name: {required, fields?}}, nested objects included (records and arrays are leaves). */
type Fields = Record<string, { required: boolean; fields?: Fields }>;

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function fieldsOf(schema: JsonSchema): Fields {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      {
        required: (schema.required ?? []).includes(name),
        ...(property.type === 'object' &&
          property.properties !== undefined && { fields: fieldsOf(property) }),
      },
    ]),
  );
}

/**
 * release.py writes metadata.json through the TypedDicts of models/mobileplantvit/metadata.py (mypy checks
 * it); the app reads it through the zod schema. Both must name the same fields, required or optional alike,
 * or a field one side adds is silently dropped or refused by the other.
 */
describe('metadata.json has one shape on both sides', () => {
  const skip = missingVenv();
  it.skipIf(skip !== null)('the Python TypedDicts and the zod schema name the same fields', () => {
    const python = JSON.parse(
      execFileSync(
        PYTHON,
        [
          '-c',
          'import json; from mobileplantvit.metadata import ModelMetadata, fields; print(json.dumps(fields(ModelMetadata)))',
        ],
        { cwd: MODELS_DIR, encoding: 'utf8' },
      ),
    ) as Fields;
    const zod = fieldsOf(z.toJSONSchema(ModelMetadataSchema) as JsonSchema);
    expect(python).toEqual(zod);
    expect(zod.unsure?.fields?.minCropShare).toEqual({ required: false });
  });
});
