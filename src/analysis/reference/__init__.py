"""Reference data shipped with the package and its loaders (a leaf: imports only config and errors)."""
