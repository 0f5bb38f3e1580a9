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
import queue as queues
import sys
import threading
from collections.abc import Callable
from typing import Any

Report = Callable[[int, int, int], None]


def can_fork() -> bool:
    """True where jobs can run in forked processes: Linux, and no other thread running in this one."""
    return sys.platform == "linux" and threading.active_count() == 1


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _child(job: Callable, argument: Any, number: int, out: mp.Queue) -> None:
    try:
        result = job(argument, lambda *counts: out.put(("block", number, counts)))
        out.put(("done", number, result))
    except BaseException as exc:  # the caller reads the file again in one process, which says what failed
        out.put(("failed", number, f"{type(exc).__name__}: {exc}"))


def run_jobs(job: Callable[[Any, Report], Any], arguments: list, report: Report) -> list | None:
    """``job(argument, report)`` for each argument, the first here and the others in forked processes.

    ``report(read, myanmar, kept)`` is called with each block's counts, from every job, as they come.
    Returns the results in the order of ``arguments``, or None when a forked job failed or died.
    """
    if len(arguments) < 2 or not can_fork():
        return [job(a, report) for a in arguments]
    context = mp.get_context("fork")
    out = context.Queue()
    children = [
        context.Process(target=_child, args=(job, a, i, out), daemon=True) for i, a in enumerate(arguments[1:], 1)
    ]
    for child in children:
        child.start()
    results: dict[int, Any] = {}
    failed = []

    def take(wait: float | None) -> None:
        """Handle the children's messages: those waiting now (``wait`` None), else the next within ``wait`` s."""
        while True:
            try:
                kind, number, value = out.get(timeout=wait) if wait else out.get_nowait()
            except queues.Empty:
                if wait and any(c.exitcode not in (None, 0) for c in children):
                    failed.append("a job ended without a result")  # killed, or out of memory
                return
            if kind == "block":
                report(*value)
            elif kind == "done":
                results[number] = value
            else:
                failed.append(value)
            if wait:
                return

    def here(*counts: int) -> None:
        report(*counts)
        take(None)

    try:
        results[0] = job(arguments[0], here)
        while len(results) < len(arguments) and not failed:
            take(1.0)
        return None if failed else [results[i] for i in range(len(arguments))]
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()
            child.join()
