#!/usr/bin/env node
// The bundled CLI; `npm run build` produces it.
require('../dist/cli.js');
