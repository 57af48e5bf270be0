#!/usr/bin/env node
// npm run docs: regenerate docs/problems.md from the built table (dist/model/problems.js).
import { writeFileSync } from 'node:fs';
import { problemsMarkdown } from '../dist/model/problems.js';

writeFileSync(new URL('../docs/problems.md', import.meta.url), problemsMarkdown());
