#!/usr/bin/env bash
# The app as the e2e suite sees it: a fresh seeded database in a temp folder, `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3100}
dir=.tmp/e2e-$port
rm -rf "$dir" && mkdir -p "$dir"
export DATABASE_PATH="$PWD/$dir/quoteline.sqlite" NEXTAUTH_URL="http://localhost:$port" NEXT_TELEMETRY_DISABLED=1
export NEXTAUTH_SECRET="e2e-secret-$(date +%s%N)"
npx tsx scripts/seed-demo.ts > "$dir/seed.log"
# Server output goes to a log the privacy test reads (no document text may appear in it).
exec npx next start -p "$port" > "$dir/server.log" 2>&1
