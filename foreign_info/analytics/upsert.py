"""Two SQL statements Django's ORM cannot say, written once for SQLite and PostgreSQL alike (both
speak `INSERT … ON CONFLICT` and `RETURNING`).

- `insert_new(model, rows, conflict, returning)`: insert, skip rows whose `conflict` columns exist
  already, and return `returning` of the rows this statement really inserted. Two transactions
  inserting the same row never both see it returned: PostgreSQL makes the second wait for the
  first to commit, then skips; SQLite has one writer at a time.
- `add_to(model, rows, conflict, counters)`: insert, or add the `counters` of each row to the row
  already there. Rows are sent sorted by their conflict key, so two flushes adding to the same
  rows lock them in the same order and cannot deadlock.
"""

from django.db import connection

from foreign_info.core.db import sqlite_real_parameter_limit

ROWS_PER_STATEMENT = 1000


def _columns(model, names):
    return [model._meta.get_field(name).column for name in names]


def _chunks(rows, width):
    with sqlite_real_parameter_limit():
        limit = connection.features.max_query_params  # None on PostgreSQL: columns go as arrays
    size = ROWS_PER_STATEMENT if limit is None else max(1, min(ROWS_PER_STATEMENT, limit // max(width, 1)))
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert_sql(model, names, rows):
    """The INSERT and its parameters. PostgreSQL gets one array per column through unnest(): the
    statement's text stays the same whatever the number of rows (psycopg spent most of a flush
    rewriting the placeholders of a 13,000-parameter VALUES list)."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(column) for column in _columns(model, names))
    if connection.vendor == "postgresql":
        types = [model._meta.get_field(name).db_type(connection) for name in names]
        arrays = ", ".join(f"%s::{db_type}[]" for db_type in types)
        return table, f"INSERT INTO {table} ({columns}) SELECT * FROM unnest({arrays})", [list(column) for column in zip(*rows, strict=True)]
    values = ", ".join(["(" + ", ".join(["%s"] * len(names)) + ")"] * len(rows))
    return table, f"INSERT INTO {table} ({columns}) VALUES {values}", [value for row in rows for value in row]


def insert_new(model, rows, names, conflict, returning):
    """`rows` are tuples in the order of `names`; returns the `returning` values inserted."""
    quote = connection.ops.quote_name
    inserted = []
    conflict_sql = ", ".join(quote(column) for column in _columns(model, conflict))
    returning_sql = quote(_columns(model, [returning])[0])
    with connection.cursor() as cursor:
        for chunk in _chunks(rows, len(names)):
            _table, sql, params = _insert_sql(model, names, chunk)
            cursor.execute(f"{sql} ON CONFLICT ({conflict_sql}) DO NOTHING RETURNING {returning_sql}", params)
            inserted.extend(value for (value,) in cursor.fetchall())
    return inserted


def add_to(model, rows, names, conflict, counters):
    """Insert `rows` (tuples in the order of `names`) or add their `counters` to the existing rows."""
    quote = connection.ops.quote_name
    positions = [names.index(name) for name in conflict]
    rows = sorted(rows, key=lambda row: tuple(str(row[i]) for i in positions))
    conflict_sql = ", ".join(quote(column) for column in _columns(model, conflict))
    with connection.cursor() as cursor:
        for chunk in _chunks(rows, len(names)):
            table, sql, params = _insert_sql(model, names, chunk)
            updates = ", ".join(f"{quote(c)} = {table}.{quote(c)} + excluded.{quote(c)}" for c in _columns(model, counters))
            cursor.execute(f"{sql} ON CONFLICT ({conflict_sql}) DO UPDATE SET {updates}", params)


def latest_per_key(model, key, moment, keys, since, **equal):
    """{key value: latest `moment`} over rows of `model` since `since` whose `key` is one of
    `keys` (and whose other columns equal `equal`): one statement, an array on PostgreSQL."""
    if not keys:
        return {}
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    key_column, moment_column = (quote(column) for column in _columns(model, [key, moment]))
    conditions = [f"{moment_column} >= %s"] + [f"{quote(model._meta.get_field(name).column)} = %s" for name in equal]
    params = [since, *equal.values()]
    found = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            chunks = [list(keys)]
            membership = f"{key_column} = ANY(%s)"
        else:
            chunks = [list(keys)[start : start + 10_000] for start in range(0, len(keys), 10_000)]
        for chunk in chunks:
            if connection.vendor != "postgresql":
                membership = f"{key_column} IN ({', '.join(['%s'] * len(chunk))})"
            chunk_params = [*params, chunk] if connection.vendor == "postgresql" else [*params, *chunk]
            cursor.execute(
                f"SELECT {key_column}, MAX({moment_column}) FROM {table} WHERE {' AND '.join([*conditions, membership])} GROUP BY {key_column}", chunk_params
            )
            for value, latest in cursor.fetchall():
                found[value] = latest
    return found
