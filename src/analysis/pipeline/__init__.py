"""raw -> processed: read, check cells, check links, clean, build, load."""
