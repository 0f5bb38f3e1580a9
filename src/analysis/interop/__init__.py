"""Exchange with the standard conflict-event formats: ACLED (export, import) and UCDP GED (export)."""
