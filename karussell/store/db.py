"""Opening a store: a SQLite file by default, or any PostgreSQL URL; migrated on open."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from ..errors import KarussellError

DEFAULT_FILE = "karussell.sqlite"


def default_url() -> str:
    """KARUSSELL_DB if set, else a SQLite file in the working directory."""
    return os.environ.get("KARUSSELL_DB") or f"sqlite:///{DEFAULT_FILE}"


def _normalise(url: str) -> str:
    if "://" not in url:  # a bare path is a SQLite file
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Store:
    """A knowledge base at a database URL, its schema brought up to date when opened."""

    def __init__(self, url: str | None = None, schema: str | None = None) -> None:
        self.url = _normalise(url or default_url())
        connect_args = {}
        if schema and self.url.startswith("postgresql"):
            connect_args["options"] = f"-csearch_path={schema}"
        try:
            self.engine: Engine = create_engine(self.url, connect_args=connect_args)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise KarussellError(f"cannot open database {url!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    def migrate(self) -> None:
        """Run Alembic's migrations up to the newest schema."""
        config = Config()
        config.set_main_option("script_location", str(Path(str(resources.files("karussell.store"))) / "migrations"))
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except SQLAlchemyError as exc:
            raise KarussellError(f"cannot open database {self.url}: {exc.__class__.__name__}: {exc.orig}") from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers go on while an ingest writes
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
