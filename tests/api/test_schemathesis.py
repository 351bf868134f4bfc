"""Property-based fuzzing of every operation in the live OpenAPI schema (schemathesis), with the
write token set: no 5xx and no response that breaks its declared schema or media type.
NEWSGRAPH_FUZZ_EXAMPLES sets the examples per operation (10 in CI)."""
from __future__ import annotations

import os
import sys

import pytest

if sys.version_info < (3, 11):  # a builtin from 3.11; pytest itself depends on the backport before that
    from exceptiongroup import BaseExceptionGroup

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance  # noqa: E402

from tests.api.live import AUTH, live_server, synthetic_store  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "10"))


@pytest.mark.slow
def test_no_server_errors_and_no_schema_violations(tmp_path):
    """Each operation of the live schema gets EXAMPLES generated requests (valid and invalid
    parameters and bodies); every failure is collected, then reported together."""
    store = tmp_path / "store"
    synthetic_store(store, people=50)
    failures: list[str] = []
    cases = 0
    with live_server(store, query_timeout=5, request_timeout=10) as server:
        schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
        for result in schema.get_all_operations():
            operation = result.ok()

            @given(case=operation.as_strategy())
            @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                      derandomize=True, database=None)
            def run(case):
                nonlocal cases
                cases += 1
                case.call_and_validate(headers=AUTH, timeout=60,
                                       checks=[not_a_server_error, response_schema_conformance, content_type_conformance])

            try:
                run()
            except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect, report all at the end
                failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
        assert server.process.poll() is None, "the server died"
    print(f"schemathesis: {cases} cases, {len(failures)} failing operations")
    assert not failures, "\n".join(failures)
