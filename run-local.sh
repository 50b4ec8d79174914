#!/usr/bin/env bash
# Runs the whole platform on this machine: Kafka and PostgreSQL (embedded, as child processes; no Docker)
# plus every service, each as its own process. Ctrl-C stops everything in order.
#   ./run-local.sh            build what is needed, then start (data kept in .local-data/)
#   ./run-local.sh --wipe     start from empty data
#   ./run-local.sh --help     all options (real Kafka / PostgreSQL, ports, partitions)
# SKIP_BUILD=1 skips the Maven build.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "Building (mvn -B -q install -DskipTests) ..."
  mvn -B -q install -DskipTests
fi
exec java -cp deploy/local/target/classes io.activityplatform.local.LocalStack "$@"
