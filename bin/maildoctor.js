#!/usr/bin/env node
// Thin launcher: everything lives in dist/cli.js; the exit code is whatever main() decides.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
