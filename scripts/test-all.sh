#!/usr/bin/env bash
# `npm test`: lint, typecheck, migration check, unit tests, build, then Playwright e2e in
# Debian's Chromium. Every step runs; the last line sums them: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 npm_config_nodedir=/usr
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

passed=0
failed=0
step() { # name, command…: one check counted as one test
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); echo "   ok: $name"; else failed=$((failed + 1)); echo "   FAILED: $name"; fi
}
json_counts() { # file, node expression giving "passed failed"
  node -e "const r=require('./$1'); const [p,f]=($2)(r); console.log(p+' '+f)" 2>/dev/null || echo "0 1"
}

step lint npx biome check .
step typecheck npx tsc --noEmit
step "migrations in step with the schema" npx drizzle-kit check

echo "── unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
read -r vp vf < <(json_counts reports/vitest.json "r=>[r.numPassedTests,r.numFailedTests+(r.numRuntimeErrorTestSuites||0)+(r.success||r.numFailedTests>0?0:1)]")
passed=$((passed + vp)); failed=$((failed + vf))
echo "   vitest: $vp passed, $vf failed"

build_ok=1
step build npx next build || true
[ -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ] || build_ok=0

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "── installing Debian's Chromium for the e2e tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "   Chromium is missing: install it with 'sudo apt-get install -y chromium' and run npm test again."
  failed=$((failed + 1))
elif [ "$build_ok" = "1" ]; then
  echo "── e2e (Playwright, Chromium)"
  npx playwright test
  read -r ep ef < <(json_counts reports/playwright.json "r=>[r.stats.expected+r.stats.flaky,r.stats.unexpected+(r.errors||[]).length]")
  passed=$((passed + ep)); failed=$((failed + ef))
  echo "   playwright: $ep passed, $ef failed"
else
  echo "   e2e not run: the build failed"
  failed=$((failed + 1))
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" = "0" ]
