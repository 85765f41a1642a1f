#!/usr/bin/env bash
# One command from a fresh clone: install, migrate, seed the demo project, build and start on :3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir=/usr NEXT_TELEMETRY_DISABLED=1
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:3000}"
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ ! -f data/quoteline.sqlite ]; then
  npm run --silent db:migrate
  npm run --silent db:seed
else
  npm run --silent db:migrate
  echo "Using the existing data/quoteline.sqlite (delete it to re-seed the demo)."
fi
npm run --silent build
echo
echo "Quoteline is starting on http://localhost:3000 (demo logins above; password quoteline-demo)"
exec npx next start -p 3000
