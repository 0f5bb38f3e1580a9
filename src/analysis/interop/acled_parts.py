"""Close reading beside the file's reading: this process reads and sifts, forked workers read the notes.

Used by :func:`.acled_import.import_acled`. The running process reads the file block by block (pyarrow) and
sifts it (vectorised); each batch of events left for close reading goes to a worker that is idle (a worker says
when it is ready; while every worker is busy, this process reads on, up to one batch ahead per worker), and the
results come back in the order the batches were read, so the import gives the same rows, in the same order,
as a reading in one process. Workers are forked (Linux only) before the file is opened and while this
process runs no other Python thread (pyarrow's allocator may run native ones, which the workers never use:
they read notes in Python), so the modules loaded here are not loaded again. What every worker needs and this
process does not (the rule, :mod:`.acled_select`: most of a second of patterns to compile; this process loads only
the sift's word list and :mod:`.acled_text`, whose words it takes) is prepared once, by the first
worker, which then forks the others: they share it, and this process reads on meanwhile. Anywhere else, or when
a Python thread is running (a Jupyter kernel), the work is done here, batch after batch.

A worker that fails, or ends without sending its whole result (killed, out of memory), ends the run with
:class:`WorkerFailed`; the caller then reads in one process, which says what failed.

>>> list(in_order(lambda n: n * n, iter([1, 2, 3]), workers=2))
[1, 4, 9]
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any


def can_fork() -> bool:
    """True where work can run in forked processes: Linux, and no other thread running in this one."""
    return sys.platform == "linux" and threading.active_count() == 1


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class WorkerFailed(Exception):
    """A worker failed, or its process ended without sending its whole result."""


def _serve(work: Callable, end: Connection, inherited: list[Connection]) -> None:
    """A worker: ``work`` for each task received, its result sent back, until told to stop (None)."""
    for other in inherited:  # only the parent may hold the other ends: a worker then sees the parent's end
        other.close()
    try:
        end.send(("ready", None))  # the parent sends no task before: it reads on while the rule is prepared
    except OSError:
        return
    while True:
        try:
            task = end.recv()
        except (EOFError, OSError, KeyboardInterrupt):  # the parent is gone, or Ctrl-C: it says so itself
            return
        if task is None:
            return
        try:
            result = ("done", work(task))
        except BaseException as exc:  # the caller reads again in one process, which says what failed
            result = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            end.send(result)
        except OSError:  # the parent has stopped listening (it failed, or another worker did)
            return
        if result[0] == "failed":
            return


def _first(work: Callable, prepare: Callable | None, ends: list[tuple[Connection, Connection]]) -> None:
    """The first worker: ``prepare()`` (what every worker needs, done once), then the other workers forked from
    it (so they share what it prepared), then its own work. Each worker keeps only its own end of its pipe; a
    failure to prepare or to fork ends this worker, which the caller sees as a worker that ended (WorkerFailed)."""
    try:
        if prepare is not None:
            prepare()
        for i in range(1, len(ends)):
            if os.fork() == 0:  # a sibling: its own end only; it never returns into this process's code
                try:
                    _serve(work, ends[i][1], [c for pair in ends for c in pair if c is not ends[i][1]])
                finally:
                    os._exit(0)
    except BaseException:  # the one reading that follows says what failed, once
        return
    for _, there in ends[1:]:
        there.close()
    _serve(work, ends[0][1], [here for here, _ in ends])


def _start(work: Callable, count: int, prepare: Callable | None = None) -> list[tuple[Connection, Any]]:
    """``count`` workers: (this process's end of its pipe, the process forked from this one). The first is forked
    from this process, prepares (``prepare()``) and forks the others, which share what it prepared."""
    context = mp.get_context("fork")
    ends = [context.Pipe() for _ in range(count)]
    process = context.Process(target=_first, args=(work, prepare, ends), daemon=True)
    process.start()
    for _, there in ends:
        there.close()  # only a worker holds its end: its death is then the pipe's end
    return [(here, process) for here, _ in ends]


def _stop(workers: list[tuple[Connection, Any]]) -> None:
    """Each worker told to stop and its pipe closed (one still sending then stops too), then waited for."""
    for end, _ in workers:
        try:
            end.send(None)
        except OSError:
            pass
        end.close()
    for _, process in workers:
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
            process.join()


def in_order(
    work: Callable[[Any], Any], tasks: Iterable, workers: int, prepare: Callable[[], Any] | None = None
) -> Iterator:
    """``work(task)`` for each task, yielded in the tasks' order; the tasks are made here as they are needed.

    With ``workers`` of 2 or more (and :func:`can_fork`), that many processes are forked before the first task
    is made, and a task is given to a worker only when it is idle, ready or done with its last (so neither side
    waits on the other's full pipe); while every worker is busy, up to ``workers`` tasks are made ahead, so this
    process reads on. Results are yielded as soon as those before them are in. Raises :class:`WorkerFailed` when a
    worker fails or ends without its whole result.
    """
    if workers < 2 or not can_fork():
        yield from (work(task) for task in tasks)
        return
    pool = _start(work, workers, prepare)
    idle: deque[Connection] = deque()  # a worker is idle once it says it is ready, then each time it sends a result
    busy: dict[Connection, int] = {end: -1 for end, _ in pool}
    done: dict[int, Any] = {}
    given = yielded = 0

    def take(timeout: float | None) -> None:
        """The results ready now (``timeout`` 0), or the next one (None: wait for it)."""
        for end in wait(list(busy), timeout):
            try:
                kind, value = end.recv()
            except (EOFError, OSError):
                raise WorkerFailed(
                    "a worker ended before it was ready" if busy[end] < 0 else "a worker ended without its result"
                ) from None
            if kind == "failed":
                raise WorkerFailed(value)
            at = busy.pop(end)
            if kind == "done":
                done[at] = value
            idle.append(end)

    def give() -> Iterator:
        """Tasks made ahead sent to the idle workers, and the results now in order yielded."""
        nonlocal given, yielded
        while idle and ahead:
            end = idle.popleft()  # the one idle longest: work goes round the workers
            try:
                end.send(ahead.popleft())
            except OSError:  # the worker is gone (killed while idle)
                raise WorkerFailed("a worker ended before it was given its task") from None
            busy[end] = given
            given += 1
        while yielded in done:
            yield done.pop(yielded)
            yielded += 1

    ahead: deque = deque()  # tasks made while every worker was busy: this process reads on meanwhile
    try:
        for task in tasks:
            ahead.append(task)
            take(0)
            yield from give()
            while len(ahead) > workers:  # as many made ahead as there are workers, then wait for one
                take(None)
                yield from give()
        while ahead or yielded < given:  # (a worker still preparing, with no task, is not waited for)
            take(None)
            yield from give()
    finally:
        _stop(pool)
