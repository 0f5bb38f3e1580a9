"""Execute the notebooks in a fresh kernel and write them back with stable bytes.

Outputs are kept (readers browsing the repository see tables and charts), but
nothing that churns between runs is: no timing metadata, no kernel or Python
version details. Execution counts run 1, 2, 3 ... in order, as a clean run gives.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat

from .. import config

#: The project's own Jupyter kernel (``make install`` registers it in .venv): notebooks, ``make lab``
#: and the tests all run on the project's environment, never on whatever ``python3`` a machine has.
KERNEL = "myanmar-surrenders"
NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": f"Python ({KERNEL})", "language": "python", "name": KERNEL},
    "language_info": {"name": "python", "pygments_lexer": "ipython3"},
}

#: ipykernel 7 warns on every start that its local (loopback, HMAC-signed) TCP channel is unencrypted;
#: four such warnings per ``make report`` read as a fault to users, so the kernel logs errors only.
#: Errors in cells still fail the run: they come back through the messaging protocol, not this log.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]


def notebook_paths() -> list[Path]:
    """Every numbered notebook, in order."""
    return sorted(config.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def normalize(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip what churns between runs (in place) and return the notebook; an image's alt text is kept."""
    nb.metadata = nbformat.from_dict(NOTEBOOK_METADATA)
    for i, cell in enumerate(nb.cells, start=1):
        cell.id = f"cell-{i:02d}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if isinstance(out.get("metadata"), dict):
                    _keep_alt(out["metadata"])
    return nb


def _keep_alt(metadata: dict) -> None:
    """Clear an output's metadata (in place) except each image's alt text (``{"image/png": {"alt": ...}}``)."""
    alts = {mime: {"alt": m["alt"]} for mime, m in metadata.items() if isinstance(m, dict) and m.get("alt")}
    metadata.clear()
    metadata.update(alts)


def ensure_kernel() -> str:
    """Register the project's kernel in this environment if it is missing (``make install`` does it too).

    The kernel runs this very interpreter (``sys.executable``), so notebooks see the installed package.
    """
    import sys

    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        if Path(spec.argv[0]).resolve() == Path(sys.executable).resolve():
            return KERNEL
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(kernel_name=KERNEL, display_name=f"Python ({KERNEL})", prefix=sys.prefix)
    return KERNEL


def execute(path: str | Path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in a fresh kernel (the project's); return the normalized result."""
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    env = dict(os.environ, MPLBACKEND="module://matplotlib_inline.backend_inline", PYTHONHASHSEED="0")
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=ensure_kernel(),
        record_timing=False,
        extra_arguments=KERNEL_ARGUMENTS,
        resources={"metadata": {"path": str(path.parent)}},
    )
    old = dict(os.environ)
    os.environ.update(env)
    try:
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(old)
    return normalize(nb)


def write(nb: nbformat.NotebookNode, path: str | Path) -> None:
    nbformat.write(nb, str(path))


def text_outputs(nb: nbformat.NotebookNode) -> list[list[str]]:
    """Per code cell, the text of its outputs (streams, text/plain, text/html, text/markdown)."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                texts.append(f"{out.name}:{out.text}")
            elif out.output_type in ("execute_result", "display_data"):
                for mime in ("text/plain", "text/html", "text/markdown"):
                    if mime in out.data:
                        texts.append(f"{mime}:{out.data[mime]}")
            elif out.output_type == "error":
                texts.append(f"error:{out.ename}: {out.evalue}")
        cells.append(texts)
    return cells
