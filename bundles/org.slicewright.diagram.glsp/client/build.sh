#!/usr/bin/env bash
# Builds the diagram web client into ../web: type-checks the TypeScript, installs the locked npm packages when node_modules is
# missing or older than package-lock.json, then bundles with esbuild (run by Maven in generate-resources).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "diagram client: node and npm are needed to build the web client (apt-get install nodejs npm)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# Type-check first (esbuild strips types without checking them).
./node_modules/.bin/tsc -p .
node build.mjs
