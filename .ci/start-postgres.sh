#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1:${PGPORT:-54330} and prints two lines: the
# admin URL (for UPPFOLJNING_TEST_PG) and the data directory (to stop it:
#   su postgres -s /bin/bash -c "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl -D DIR -m fast stop").
# Installs PostgreSQL from Debian when it is missing. initdb refuses root: it runs as `postgres`.
set -euo pipefail
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-54330}
PGDATA=$(mktemp -d /tmp/pg.XXXXXX)
chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
su postgres -s /bin/bash -c "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N >/dev/null"
su postgres -s /bin/bash -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -t 60 -o '-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "$PGDATA"
