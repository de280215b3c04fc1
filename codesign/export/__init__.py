"""Board out to PDF, JSON Canvas, CSV and Markdown (and some of them in): model only, no Qt."""
