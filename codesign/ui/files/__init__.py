"""Files: open, save, prompts, locks, watching the disk, recent files, recovery, import,
export and templates.
"""
