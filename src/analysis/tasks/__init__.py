"""What users run end to end: the build, the notebooks, the codebook. The last stage: may import every other."""
