"""One job per core: a large ACLED file read in parts at once, the first in this process, the rest in forks.

Used by :func:`.acled_import.import_acled` for files large enough to gain from it (ACLED's global export is
about 2.5 million rows). Each job reports its progress after every block it reads; the results come back in
job order, so the import gives the same rows, in the same order, as a reading in one process. Processes are
forked (Linux only), before this process has started any thread, so nothing is imported again; anywhere
else, or when a thread is running (a Jupyter kernel), the caller reads in one process.

>>> def job(n, report):
...     report(n, 0, 0)
...     return n * n
>>> [r for r in run_jobs(job, [1, 2, 3], lambda *counts: None)] if can_fork() else [1, 4, 9]
[1, 4, 9]
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

Report = Callable[[int, int, int], None]


def can_fork() -> bool:
    """True where jobs can run in forked processes: Linux, and no other thread running in this one."""
    return sys.platform == "linux" and threading.active_count() == 1


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class _Failed(Exception):
    """A job failed, or its process ended without sending its whole result."""


def _child(job: Callable, argument: Any, writer: Connection, others: list[Connection]) -> None:
    for other in others:  # only this process may hold its pipe's writing end: its death is then the pipe's end
        other.close()
    try:
        result = job(argument, lambda *counts: writer.send(("block", counts)))
        writer.send(("done", result))
    except BaseException as exc:  # the caller reads the file again in one process, which says what failed
        writer.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        writer.close()


def run_jobs(job: Callable[[Any, Report], Any], arguments: list, report: Report) -> list | None:
    """``job(argument, report)`` for each argument, the first here and the others in forked processes.

    ``report(read, myanmar, kept)`` is called with each block's counts, from every job, as they come.
    Returns the results in the order of ``arguments``, or None when a job failed (here or in a fork) or a
    forked process ended without sending its whole result (killed, out of memory): the caller then reads
    in one process. Each fork writes to a pipe of its own, so its end is seen however it ends.
    """
    if len(arguments) < 2 or not can_fork():
        return [job(a, report) for a in arguments]
    context = mp.get_context("fork")
    pipes = [context.Pipe(duplex=False) for _ in arguments[1:]]  # (reading end, writing end)
    writers = [w for _, w in pipes]
    children = [
        context.Process(target=_child, args=(job, a, w, [x for x in writers if x is not w]), daemon=True)
        for a, w in zip(arguments[1:], writers, strict=True)
    ]
    for child in children:
        child.start()
    for w in writers:
        w.close()
    readers = {r: i for i, (r, _) in enumerate(pipes, 1)}
    results: dict[int, Any] = {}

    def take(timeout: float | None) -> None:
        """The messages ready now (``timeout`` 0), or the next ones (None: wait for them)."""
        for reader in wait(list(readers), timeout):
            try:
                kind, value = reader.recv()
            except (EOFError, OSError):
                raise _Failed("a part ended without its result") from None
            if kind == "block":
                report(*value)
            elif kind == "done":
                results[readers.pop(reader)] = value
                reader.close()
            else:
                raise _Failed(value)

    def here(*counts: int) -> None:
        report(*counts)
        take(0)

    try:
        results[0] = job(arguments[0], here)
        while readers:
            take(None)
        return [results[i] for i in range(len(arguments))]
    except Exception:  # _Failed, or this process's part failed: one reading says what and where
        return None
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()
            child.join()
        for reader in readers:
            reader.close()
