"""Database helpers shared by the apps that write many rows at once."""

import contextlib

from django.db import connection


@contextlib.contextmanager
def sqlite_real_parameter_limit():
    """Django 5.2 assumes SQLite's old limit of 999 parameters per statement, which splits a bulk
    insert of a few hundred rows into several statements (a 200-segment machine draft, a flush of
    1,000 page views); SQLite 3.32+ allows 32,766 and says so. Other databases are left alone."""
    if connection.vendor != "sqlite":
        yield
        return
    import sqlite3

    connection.ensure_connection()
    real = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    features = connection.features
    old = features.__dict__.get("max_query_params")
    features.max_query_params = real
    try:
        yield
    finally:
        if old is None:
            del features.max_query_params
        else:
            features.max_query_params = old
