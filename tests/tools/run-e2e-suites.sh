#!/usr/bin/env bash
# Runs the Chromium and the Firefox end-to-end suites side by side (most of their time is spent waiting for pages,
# so they share the two cores well), keeping CI under 20 minutes. The Firefox suite's output is printed after the
# Chromium suite's, each complete; the exit status is non-zero if either suite failed.
set -u
mkdir -p test-results
firefox_log=test-results/e2e-firefox.log
npm run --silent test:e2e:firefox >"$firefox_log" 2>&1 &
firefox_pid=$!
npm run --silent test:e2e
chromium_status=$?
wait "$firefox_pid"
firefox_status=$?
echo
echo "— Firefox ESR suite ($firefox_log) —"
cat "$firefox_log"
[ "$chromium_status" -eq 0 ] && [ "$firefox_status" -eq 0 ]
