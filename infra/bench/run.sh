#!/usr/bin/env bash
# Builds what the benchmarks need and runs them: infra/bench/run.sh [fleet|tenancy|signup|all] [extra JVM options...]
#   fleet    FleetMigrationBench: one new tenant changeset over 300 schemas, Fineract-style loop vs FleetUpgrade
#   tenancy  TenancyOverheadBench: GET /api/schools spread over 300 tenants vs all on one, pool sampled
#   signup   SignupBench: sign-up to a usable portal with 300 municipalities present; logins at 1 and 300 realms
#            (runs a Keycloak on port 8183; takes long, so not part of `all`)
#   oneroster  OneRosterApiBench: GET /classes/{id}/students of OneRoster under concurrent load, p50/p99 and throughput
#   import   RosterImportBench: a Vantaa-size OneRoster CSV zip imported (and re-imported) with the heap capped at 512 MB
#   reports  YearReportBench: year reports as PDF for 1,000 students (40 classes of 25), goal 60 s
#   search   SearchBench: 10 tenants x 100,000 people on Lucene, then on Elasticsearch (runs one on port 9250,
#            -Dkasvu.test.elasticsearch.port=... to move it): query latency, indexing rate, reindex under load
#   attendance  AttendanceBench: a school's teachers (30 classes of 30) marking whole lessons at once, p50/p99, throughput
#   warning  EarlyWarningBench: a Vantaa-size year (30,000 pupils, 28.5 million lesson marks): recompute everyone, one marked
#            lesson reflected in the indicators, the municipality dashboard
#   messages MessagesBench: conversations, announcements (class, school, municipality), inbox, notification mails
#            to GreenMail, on one tenant of 20,000 people (-Dbench.people=...)
#   guardian-home  GuardianHomeBench: the services a guardian's home page asks, three children, p50/p99 on 1 and 8 threads
#   all      fleet and tenancy (the default)
# Extra JVM options tune a run, e.g. -Dbench.tenants=100 -Dbench.pool-size=8 -Dbench.fleet.parallelism=4
# (see docs/benchmarks.md). Needs PostgreSQL on 127.0.0.1:5432 (or KASVU_TEST_DB_URL), like the platform's tests.
# Exit status: 0 when the benchmarks ran and every check passed, whether or not a goal was met; non-zero on errors.
set -euo pipefail

which="${1:-all}"
[ $# -gt 0 ] && shift
case "$which" in
  fleet|tenancy|signup|oneroster|import|search|attendance|reports|messages|guardian-home|warning|all) ;;
  *) echo "usage: $0 [fleet|tenancy|signup|oneroster|import|search|attendance|reports|messages|guardian-home|warning|all]" \
       "[JVM options...]" >&2
     exit 64 ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# a JDK 21+: JAVA_HOME if it is one, else Temurin 25 where Kasvu's machines have it
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  echo "run.sh: no JDK 21+ found; set JAVA_HOME" >&2
  exit 1
fi

# the platform (with its test-jar) and the bench; the bench's package phase writes target/bench.classpath
(cd "$root" && mvn -B -q -pl infra/bench -am package -DskipTests)

# run from a private copy of the jars built in this tree: a rebuild of platform/ while a benchmark runs would
# otherwise pull its jar from under the running JVM
snapshot="$here/target/bench-lib"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r "$here/target/classes" "$snapshot/bench-classes"
classpath="$snapshot/bench-classes"
IFS=":" read -r -a entries < "$here/target/bench.classpath" || true  # no newline at its end
for entry in "${entries[@]}"; do
  case "$entry" in
    "$root"/*) cp "$entry" "$snapshot/" && classpath="$classpath:$snapshot/$(basename "$entry")" ;;
    *) classpath="$classpath:$entry" ;;
  esac
done

mkdir -p "$here/target/tmp"
# Liquibase prints an UPDATE SUMMARY per schema to stdout (the key QuietLiquibase sets does not silence it);
# sending it to the log keeps the figures readable and costs both sides of the fleet comparison the same.
jvm=(-Xms1g -Xmx2g -Djava.io.tmpdir="$here/target/tmp" -Djdk.httpclient.allowRestrictedHeaders=host
     -Dliquibase.command.showSummaryOutput=log)
# SignupBench: its managed Keycloak's data (kept between runs: the unpacked server; its database is wiped at start)
# and the distribution zip Maven fetched (without it, ManagedKeycloak looks in ~/.m2 itself)
jvm+=(-Dbench.data-dir="$here/target/kasvu-bench-data")
if [ -s "$here/target/keycloak-distribution.path" ]; then
  jvm+=(-Dkasvu.keycloak.distribution="$(cat "$here/target/keycloak-distribution.path")")
fi
# SearchBench: the Elasticsearch distribution Maven fetched, unpacked under the bench's target/
if [ -s "$here/target/elasticsearch-distribution.path" ]; then
  jvm+=(-Dkasvu.test.elasticsearch.distribution="$(cat "$here/target/elasticsearch-distribution.path")"
        -Dkasvu.test.elasticsearch.home="$here/target/elasticsearch")
fi
jvm+=("$@")

status=0
run() {
  echo "== $1 ($JAVA_HOME)"
  "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$classpath" "fi.kasvu.bench.$1" || status=$?
}
case "$which" in
  fleet) run FleetMigrationBench ;;
  tenancy) run TenancyOverheadBench ;;
  signup) run SignupBench ;;
  oneroster) run OneRosterApiBench ;;
  import) jvm+=(-Xms256m -Xmx512m); run RosterImportBench ;;
  search) run SearchBench ;;
  attendance) run AttendanceBench ;;
  reports) run YearReportBench ;;
  warning) run EarlyWarningBench ;;
  messages) run MessagesBench ;;
  guardian-home) run GuardianHomeBench ;;
  all) run FleetMigrationBench; run TenancyOverheadBench ;;
esac
exit "$status"
