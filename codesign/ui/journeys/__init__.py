"""Journey maps: their actions and inline title editing."""
