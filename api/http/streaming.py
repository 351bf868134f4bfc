"""Stream a store dump to the client without holding it in memory: the dump runs in a thread that
writes into a pipe, and the response reads the pipe in chunks."""
from __future__ import annotations

import os
import threading
from typing import Callable, IO, Iterator

CHUNK = 64 * 1024


def stream_dump(write: Callable[[IO[bytes]], None]) -> Iterator[bytes]:
    read_fd, write_fd = os.pipe()
    reader = os.fdopen(read_fd, "rb")
    writer = os.fdopen(write_fd, "wb")
    errors: list[BaseException] = []

    def produce() -> None:
        try:
            write(writer)
        except BaseException as exc:  # noqa: BLE001 - surfaced to the consumer below
            errors.append(exc)
        finally:
            try:
                writer.close()
            except OSError:
                pass

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    try:
        while True:
            chunk = reader.read(CHUNK)
            if not chunk:
                break
            yield chunk
    finally:
        reader.close()  # a client that went away makes the writer fail and the thread end
        thread.join(timeout=5)
    if errors and not isinstance(errors[0], (BrokenPipeError, OSError)):
        raise errors[0]
