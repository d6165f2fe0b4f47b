#!/usr/bin/env bash
# Recreates first-release.sql.gz: the schema and data of the marketplace's first release (commit
# 3732d99, "Smoke test: the quick-start configuration starts on H2 with the demo catalogue"), as a
# plain-SQL pg_dump. FirstReleaseUpgradeTest restores it and migrates it with today's migrations,
# so that the upgrade path from a real installation of that release stays tested.
#
# How: the release is checked out from this repository's history into a temporary worktree and
# packaged; its application runs once under its own test profile against a scratch database, which
# applies that release's Flyway migrations and loads its demo catalogue. That release had no
# requirements or policies yet; it did have buyers and memberships, so a buyer organisation with one
# member is added with SQL, as the release's API would have stored it. Then pg_dump writes the
# database without owners or privileges, so it restores into any database.
#
# Usage, from anywhere inside the repository (needs git, Java 17, psql, createdb, dropdb, pg_dump,
# curl and a PostgreSQL the current user can create databases in):
#   src/test/resources/upgrade/make-first-release-dump.sh
# Settings, from the environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (libpq's own), SCRATCH_DB
# (default aimarket_first_release, dropped and recreated), APP_PORT (default 18093), MAVEN_ARGS
# (extra arguments for the release's ./mvnw, e.g. -o to build offline).
set -euo pipefail

FIRST_RELEASE=3732d9908e7eb0131a8a78140e6c39575b4b39cb
SCRATCH_DB=${SCRATCH_DB:-aimarket_first_release}
APP_PORT=${APP_PORT:-18093}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

repository=$(git rev-parse --show-toplevel)
output="$repository/src/test/resources/upgrade/first-release.sql.gz"
release_tree=$(mktemp -d)
app_pid=

cleanup() {
  if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  git -C "$repository" worktree remove --force "$release_tree" 2>/dev/null || rm -rf "$release_tree"
}
trap cleanup EXIT

git -C "$repository" worktree add --detach "$release_tree" "$FIRST_RELEASE"
(cd "$release_tree" && ./mvnw -B ${MAVEN_ARGS:-} package -DskipTests -Dspotless.check.skip=true)

dropdb --if-exists "$SCRATCH_DB"
createdb "$SCRATCH_DB"

# The release's test profile reads TEST_DB_*; it migrates (after cleaning the empty database),
# loads the demo catalogue and runs without an OIDC provider.
TEST_DB_HOST=$PGHOST TEST_DB_PORT=$PGPORT TEST_DB_NAME=$SCRATCH_DB TEST_DB_USER=$PGUSER \
  TEST_DB_PASSWORD=${PGPASSWORD:-} \
  java -Dquarkus.profile=test -Dquarkus.http.port="$APP_PORT" \
  -jar "$release_tree/target/quarkus-app/quarkus-run.jar" >"$release_tree/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$release_tree/app.log"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null || { cat "$release_tree/app.log"; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=

# A buyer as the release's organisation API stored one: the organisation and its first member.
psql -v ON_ERROR_STOP=1 -q -d "$SCRATCH_DB" <<'SQL'
insert into organisation (id, legal_name, registration_id, country, website, kind, version, created_at, updated_at)
values ('0b1e55ed-0000-4000-8000-00000000b001', 'Stadtwerke Beispielstadt GmbH', 'DE-HRB-100001', 'DE',
        'https://stadtwerke.example', 'BUYER', 0, timestamptz '2026-11-28 15:30:00+00', timestamptz '2026-11-28 15:30:00+00');
insert into membership (id, organisation_id, subject, role, created_at)
values ('0b1e55ed-0000-4000-8000-00000000e001', '0b1e55ed-0000-4000-8000-00000000b001', 'first-release-buyer',
        'BUYER', timestamptz '2026-11-28 15:30:00+00');
SQL

pg_dump --no-owner --no-privileges --format=plain "$SCRATCH_DB" | gzip -9 -n >"$output"
dropdb "$SCRATCH_DB"
echo "Wrote $output"
