#!/usr/bin/env node
// Derives the TypeScript types of the files from schemas/ (the single source of truth).
// `node scripts/gen-types.mjs` writes src/model/types.generated.ts; `--check` exits 1 if it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const files = {
  PartnershipFile: 'partnership.schema.json',
  StakeholdersFile: 'stakeholders.schema.json',
  AssessmentFile: 'assessment.schema.json',
  DecisionRulesFile: 'decision-rules.schema.json',
  CommunicationFile: 'communication.schema.json',
  IndicatorsFile: 'indicators.schema.json',
  ResourcesFile: 'resources.schema.json',
  RisksFile: 'risks.schema.json',
  ReviewFile: 'review.schema.json',
  MeetingFile: 'meeting.schema.json',
};
const defs = JSON.parse(readFileSync('schemas/defs.schema.json', 'utf8'));
const BASE = 'https://cdn.jsdelivr.net/npm/partnering/schemas/';

export async function generate() {
  let out = '/* Generated from schemas/ by scripts/gen-types.mjs (npm run gen:types). Do not edit by hand. */\n/* eslint-disable */\n';
  for (const [name, file] of Object.entries(files)) {
    const schema = JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
    schema.title = name;
    const ts = await compile(schema, name, {
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      strictIndexSignatures: true,
      format: false,
      $refOptions: {
        resolve: {
          partner: {
            order: 1,
            canRead: (f) => f.url.startsWith(BASE) || f.url.includes('defs.schema.json'),
            read: () => JSON.stringify(defs),
          },
        },
      },
      cwd: 'schemas/',
    });
    // One namespace per file keeps the generated helper names (Name, Name1, ...) from colliding across files.
    out += `\n// ---- ${file}\nexport namespace ${name}s {\n${ts.trim()}\n}\nexport type ${name} = ${name}s.${name};\n`;
  }
  return out;
}

const text = await generate();
if (process.argv.includes('--check')) {
  const current = readFileSync('src/model/types.generated.ts', 'utf8');
  if (current !== text) {
    console.error('src/model/types.generated.ts is out of date: run npm run gen:types');
    process.exit(1);
  }
} else {
  writeFileSync('src/model/types.generated.ts', text);
}
