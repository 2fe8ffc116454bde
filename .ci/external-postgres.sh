#!/usr/bin/env bash
# Proves the "external database" mode: the packaged jar, profile `production`, against a Debian PostgreSQL
# cluster (default 15/main) given only through SPRING_DATASOURCE_URL/USERNAME/PASSWORD.
#
#   .ci/external-postgres.sh            # needs target/innoport.jar (./mvnw -B package) and root or sudo
#
# It starts the cluster if it is down (and stops it again at the end), creates a fresh role and database,
# starts the app, waits for /actuator/health/readiness, checks the home page and the schemas Flyway created,
# stops the app. Any failed step fails the script. Settings (environment):
#   PG_VERSION=15 PG_CLUSTER=main  APP_PORT=8089  READY_TIMEOUT=180  JAR=target/innoport.jar
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-main}
APP_PORT=${APP_PORT:-8089}
READY_TIMEOUT=${READY_TIMEOUT:-180}
JAR=${JAR:-target/innoport.jar}
[[ $JAR == /* ]] || JAR="$ROOT/$JAR"
# one database and role per run, so that two checks on one machine do not drop each other's database
DB_NAME=innoport_check_$$
DB_USER=innoport_check_$$
DB_PASSWORD="check-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
# must pass the password policy: two kinds of characters, >= 10, not containing the username
ADMIN_USERNAME=admin
ADMIN_PASSWORD="Ext-Check-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
INSTANCE_NAME='Sở Khoa học và Công nghệ thành phố Hải Phòng'
WORK=$(mktemp -d)
APP_LOG="$WORK/app.log"
APP_PID=""
STARTED_CLUSTER=no
CREATED_DATABASE=no

say() { printf '[external-postgres] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
if [[ $(id -u) -eq 0 ]]; then AS_ROOT=(); AS_POSTGRES=(runuser -u postgres --); else AS_ROOT=(sudo); AS_POSTGRES=(sudo -u postgres); fi
psql_admin() { (cd / && "${AS_POSTGRES[@]}" psql -X -v ON_ERROR_STOP=1 -q -p "$PG_PORT" "$@"); }

cleanup() {
    local status=$?
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && -f "$APP_LOG" ]]; then
        say "last lines of the application log:"
        tail -n 80 "$APP_LOG" || true
    fi
    if [[ $CREATED_DATABASE == yes ]]; then
        psql_admin -d postgres -c "drop database if exists $DB_NAME" -c "drop role if exists $DB_USER" || status=1
    fi
    if [[ $STARTED_CLUSTER == yes ]]; then
        say "stopping cluster $PG_VERSION/$PG_CLUSTER"
        "${AS_ROOT[@]}" pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || status=1
    fi
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT

[[ -f "$JAR" ]] || fail "$JAR not found: build it with ./mvnw -B package"

# --- the cluster ---------------------------------------------------------------------------------
if ! command -v pg_lsclusters >/dev/null || ! pg_lsclusters --no-header "$PG_VERSION" "$PG_CLUSTER" >/dev/null 2>&1; then
    say "PostgreSQL $PG_VERSION/$PG_CLUSTER not found: installing postgresql-$PG_VERSION"
    "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$PG_VERSION"
fi
read -r _ _ PG_PORT PG_STATUS _ < <(pg_lsclusters --no-header "$PG_VERSION" "$PG_CLUSTER")
if [[ $PG_STATUS == online* ]]; then
    say "cluster $PG_VERSION/$PG_CLUSTER already running on port $PG_PORT (left running afterwards)"
else
    say "starting cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    "${AS_ROOT[@]}" pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    STARTED_CLUSTER=yes
fi
for _ in $(seq 1 60); do
    (cd / && "${AS_POSTGRES[@]}" pg_isready -q -p "$PG_PORT") && break
    sleep 0.5
done
(cd / && "${AS_POSTGRES[@]}" pg_isready -q -p "$PG_PORT") || fail "PostgreSQL on port $PG_PORT is not accepting connections"

say "creating role and database $DB_NAME"
CREATED_DATABASE=yes
psql_admin -d postgres <<SQL
set client_min_messages = warning;
drop database if exists $DB_NAME;
drop role if exists $DB_USER;
create role $DB_USER login password '$DB_PASSWORD';
create database $DB_NAME owner $DB_USER encoding 'UTF8' template template0;
SQL

# --- the application -----------------------------------------------------------------------------
if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/" 2>/dev/null; then
    fail "port $APP_PORT is already in use: set APP_PORT"
fi
say "starting $JAR (profile production, port $APP_PORT)"
SPRING_PROFILES_ACTIVE=production \
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME" \
SPRING_DATASOURCE_USERNAME="$DB_USER" \
SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
INNOPORT_ADMIN_USERNAME="$ADMIN_USERNAME" \
INNOPORT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
SERVER_PORT="$APP_PORT" \
INNOPORT_FILES_ROOT="$WORK/files" \
    "$JAVA" -jar "$JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

started=$(date +%s)
ready=""
while (( $(date +%s) - started < READY_TIMEOUT )); do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application exited before it was ready"
    if curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
        ready=yes
        break
    fi
    sleep 0.5
done
[[ $ready == yes ]] || fail "not ready within ${READY_TIMEOUT}s"
say "ready after $(( $(date +%s) - started ))s"

grep -q "Starting embedded PostgreSQL" "$APP_LOG" && fail "the embedded PostgreSQL started although SPRING_DATASOURCE_URL was set"

status=$(curl -sS -o "$WORK/home.html" -w '%{http_code}' "http://127.0.0.1:$APP_PORT/")
[[ $status == 200 ]] || fail "home page answered $status"
grep -qF "$INSTANCE_NAME" "$WORK/home.html" || fail "home page does not show the instance name"
grep -qF '<html lang="vi">' "$WORK/home.html" || fail "home page is not Vietnamese"
say "home page: 200, Vietnamese, shows the instance name"

# --- the first administrator, through the API (once API tokens exist) -------------------------------
status=$(curl -sS -o "$WORK/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$ADMIN_USERNAME\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "http://127.0.0.1:$APP_PORT/api/v1/auth/tokens")
if [[ $status == 404 ]]; then
    say "no token endpoint in this build: administrator check skipped"
else
    [[ $status == 200 || $status == 201 ]] || fail "token request as $ADMIN_USERNAME answered $status: $(head -c 300 "$WORK/token.json")"
    token=$(sed -E 's/.*"token"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/' "$WORK/token.json")
    status=$(curl -sS -o "$WORK/users.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$APP_PORT/api/v1/users?size=50")
    [[ $status == 200 ]] || fail "GET /api/v1/users with the administrator's token answered $status"
    grep -q "\"username\":\"$ADMIN_USERNAME\"" "$WORK/users.json" || fail "the first administrator is not listed"
    grep -q '"username":"officer"' "$WORK/users.json" && fail "demo users exist in the production profile"
    say "first administrator from INNOPORT_ADMIN_PASSWORD signs in; API token works; no demo users"
fi

# --- what Flyway did in that database ------------------------------------------------------------
history=$(psql_admin -d "$DB_NAME" -At -c \
    "select count(*) filter (where success) || ' ' || count(*) filter (where not success) from public.flyway_schema_history")
read -r applied failed <<<"$history"
(( applied > 0 )) || fail "flyway_schema_history has no successful migration"
(( failed == 0 )) || fail "flyway_schema_history has $failed failed migration(s)"
schemas=$(psql_admin -d "$DB_NAME" -At -c \
    "select string_agg(nspname, ' ' order by nspname) from pg_namespace n join pg_roles r on r.oid = n.nspowner
     where r.rolname = '$DB_USER' and nspname <> 'public'")
say "Flyway applied $applied migration(s); schemas owned by $DB_USER: ${schemas:-none}"
for module_dir in src/main/resources/db/migration/*/; do
    module=$(basename "$module_dir")
    [[ " $schemas " == *" $module "* ]] || fail "schema '$module' (from db/migration/$module) is missing"
done

say "stopping the application"
kill -TERM "$APP_PID"
for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "the application did not stop within 30 s of SIGTERM"; fi
wait "$APP_PID" || true
APP_PID=""

say "OK: production profile ran on external PostgreSQL $PG_VERSION"
