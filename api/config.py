"""Server settings, from NEWSGRAPH_* environment variables (or a .env file)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the HTTP service can be told. Safe by default: read-only, no federation, no CORS."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", env_file=".env", extra="ignore")

    store: Path = Field(Path("newsgraph-store"), description="Embedded Oxigraph store folder.")
    token: str | None = Field(None, description="Bearer token for writes; none means the server is read-only.")
    base: str = Field("https://w3id.org/newsgraph/id/", description="Base of the IRIs the extractor mints.")
    model: str | None = Field(None, description="spaCy pipeline for ingestion over HTTP.")
    indirect: bool = Field(False, description="Also extract reported speech without quotation marks.")
    query_timeout: float = Field(10.0, gt=0, description="Seconds a SPARQL query may run before it is stopped (503).")
    query_workers: int = Field(2, ge=1, le=32, description="Processes that run SPARQL queries.")
    max_result_bytes: int = Field(50_000_000, gt=0, description="Largest SPARQL result sent; beyond it the client gets 422.")
    max_body_bytes: int = Field(5_000_000, gt=0, description="Largest request body accepted (413 beyond).")
    allow_service: bool = Field(False, description="Allow federated SERVICE queries (lets callers make the server fetch URLs).")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty means CORS is off.")
    page_size_max: int = Field(1000, gt=0)

    @field_validator("base")
    @classmethod
    def _slash(cls, value: str) -> str:
        return value if value.endswith(("/", "#")) else value + "/"

    @property
    def read_only(self) -> bool:
        return not self.token


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
